package org.jrustc.resolve;

/** Functions the compiler provides itself until the stdlib can express them. */
public enum Builtin {
    /** {@code Box::new(v)} */
    BOX_NEW,
    /** {@code drop(v)} / {@code std::mem::drop(v)} */
    DROP,
    /** {@code std::hint::black_box(v)}: the identity, opaque to rustc's constant evaluation. */
    BLACK_BOX
}
