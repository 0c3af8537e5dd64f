package org.jrustc.resolve;

/** Functions the compiler provides itself until the stdlib can express them. */
public enum Builtin {
    /** {@code Box::new(v)} */
    BOX_NEW,
    /** {@code drop(v)} / {@code std::mem::drop(v)} */
    DROP,
    /** {@code std::hint::black_box(v)}: the identity, opaque to rustc's constant evaluation. */
    BLACK_BOX,
    /** {@code std::mem::swap(&mut a, &mut b)} */
    MEM_SWAP,
    /** {@code std::mem::replace(&mut dest, value)}: the old value */
    MEM_REPLACE,
    /** {@code std::cmp::max(a, b)}: b when they are equal */
    CMP_MAX,
    /** {@code std::cmp::min(a, b)}: a when they are equal */
    CMP_MIN;

    /** How many arguments it takes. */
    public int arity() { return this == BOX_NEW || this == DROP || this == BLACK_BOX ? 1 : 2; }
}
