package org.jrustc.types;

import java.math.BigInteger;

/** Rust's integer types. isize and usize are 64 bits, as on the x86-64 machines rustc targets here. */
public enum IntKind {
    I8(8, true), I16(16, true), I32(32, true), I64(64, true), ISIZE(64, true),
    U8(8, false), U16(16, false), U32(32, false), U64(64, false), USIZE(64, false);

    public final int bits;
    public final boolean signed;

    IntKind(int bits, boolean signed) {
        this.bits = bits;
        this.signed = signed;
    }

    public String rustName() { return name().toLowerCase(); }

    public static IntKind fromName(String name) {
        for (IntKind k : values()) if (k.rustName().equals(name)) return k;
        return null;
    }

    /** The unsigned type of the same width: u32 for i32 (what {@code abs_diff} returns). */
    public static IntKind unsignedOfWidth(IntKind kind) {
        return switch (kind) {
            case I8, U8 -> U8;
            case I16, U16 -> U16;
            case I32, U32 -> U32;
            case I64, U64 -> U64;
            case ISIZE, USIZE -> USIZE;
        };
    }

    public BigInteger min() {
        return signed ? BigInteger.ONE.shiftLeft(bits - 1).negate() : BigInteger.ZERO;
    }

    public BigInteger max() {
        return signed ? BigInteger.ONE.shiftLeft(bits - 1).subtract(BigInteger.ONE)
                      : BigInteger.ONE.shiftLeft(bits).subtract(BigInteger.ONE);
    }
}
