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
    /** {@code std::mem::take(&mut dest)}: the old value, the default left in its place */
    MEM_TAKE,
    /** {@code Default::default()}, or {@code Type::default()} for a type deriving Default: the type's default value */
    DEFAULT,
    /** {@code std::cmp::max(a, b)}: b when they are equal */
    CMP_MAX,
    /** {@code std::cmp::min(a, b)}: a when they are equal */
    CMP_MIN;

    /** How many arguments it takes. */
    public int arity() {
        return switch (this) {
            case DEFAULT -> 0;
            case BOX_NEW, DROP, BLACK_BOX, MEM_TAKE -> 1;
            default -> 2;
        };
    }
}
