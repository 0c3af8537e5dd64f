package org.jrustc.mir;

import org.jrustc.types.Ty;

/** Compile-time values. Integers are held as their 64-bit two's-complement bits; bool as 0/1. */
public sealed interface Constant {
    Ty type();

    /** An integer, bool (0/1) or char (code point), as the bits of a cell. */
    record Scalar(long bits, Ty type) implements Constant {}

    /** A string literal; its type is {@code &'static str} (two cells: address and length in bytes). */
    record Str(String value) implements Constant {
        public Ty type() { return Ty.STATIC_STR; }
    }

    /** The unit value (zero cells). */
    record Unit() implements Constant {
        public Ty type() { return Ty.UNIT; }
    }
}
