package org.jrustc.runtime;

/**
 * Checked integer arithmetic with the semantics and panic messages of a rustc debug build.
 *
 * <p>Every value is a normalised {@code long}: an N-bit signed value sign-extended, an unsigned one
 * zero-extended. {@code bits} is 8, 16, 32 or 64 and is a constant at every call site, so once the
 * JIT inlines a helper only one branch of it remains. Methods ending in {@code S} are for signed
 * kinds, {@code U} for unsigned ones.
 */
public final class Arith {
    private Arith() {}

    static final String ADD = "attempt to add with overflow";
    static final String SUB = "attempt to subtract with overflow";
    static final String MUL = "attempt to multiply with overflow";
    static final String DIV_ZERO = "attempt to divide by zero";
    static final String REM_ZERO = "attempt to calculate the remainder with a divisor of zero";
    static final String DIV_OVERFLOW = "attempt to divide with overflow";
    static final String REM_OVERFLOW = "attempt to calculate the remainder with overflow";
    static final String NEG = "attempt to negate with overflow";
    static final String SHL = "attempt to shift left with overflow";
    static final String SHR = "attempt to shift right with overflow";

    public static long addS(long a, long b, int bits, Machine m, String location) {
        long r = a + b;
        boolean overflow = bits == 64 ? ((a ^ r) & (b ^ r)) < 0 : r != signed(r, bits);
        if (overflow) throw m.panic(location, ADD);
        return r;
    }

    public static long addU(long a, long b, int bits, Machine m, String location) {
        long r = a + b;
        boolean overflow = bits == 64 ? Long.compareUnsigned(r, a) < 0 : (r >>> bits) != 0;
        if (overflow) throw m.panic(location, ADD);
        return r;
    }

    public static long subS(long a, long b, int bits, Machine m, String location) {
        long r = a - b;
        boolean overflow = bits == 64 ? ((a ^ b) & (a ^ r)) < 0 : r != signed(r, bits);
        if (overflow) throw m.panic(location, SUB);
        return r;
    }

    public static long subU(long a, long b, int bits, Machine m, String location) {
        if (Long.compareUnsigned(a, b) < 0) throw m.panic(location, SUB);
        return a - b;
    }

    public static long mulS(long a, long b, int bits, Machine m, String location) {
        long r = a * b;
        boolean overflow = bits == 64 ? Math.multiplyHigh(a, b) != (r >> 63) : r != signed(r, bits);
        if (overflow) throw m.panic(location, MUL);
        return r;
    }

    public static long mulU(long a, long b, int bits, Machine m, String location) {
        long r = a * b;
        // For bits <= 32 the true product is below 2^64, so r holds it exactly as an unsigned value.
        boolean overflow = bits == 64 ? unsignedMultiplyHigh(a, b) != 0 : (r >>> bits) != 0;
        if (overflow) throw m.panic(location, MUL);
        return r;
    }

    public static long divS(long a, long b, int bits, Machine m, String location) {
        if (b == 0) throw m.panic(location, DIV_ZERO);
        if (b == -1 && a == min(bits)) throw m.panic(location, DIV_OVERFLOW);
        return a / b;
    }

    public static long divU(long a, long b, int bits, Machine m, String location) {
        if (b == 0) throw m.panic(location, DIV_ZERO);
        return Long.divideUnsigned(a, b);
    }

    public static long remS(long a, long b, int bits, Machine m, String location) {
        if (b == 0) throw m.panic(location, REM_ZERO);
        if (b == -1 && a == min(bits)) throw m.panic(location, REM_OVERFLOW);
        return a % b;
    }

    public static long remU(long a, long b, int bits, Machine m, String location) {
        if (b == 0) throw m.panic(location, REM_ZERO);
        return Long.remainderUnsigned(a, b);
    }

    public static long negS(long a, int bits, Machine m, String location) {
        if (a == min(bits)) throw m.panic(location, NEG);
        return -a;
    }

    /** {@code a << b}; {@code b} is the normalised shift amount of any integer kind. */
    public static long shl(long a, long b, int bits, boolean signed, Machine m, String location) {
        if (Long.compareUnsigned(b, bits) >= 0) throw m.panic(location, SHL);
        return wrap(a << b, bits, signed);
    }

    /** {@code a >> b}: arithmetic for signed kinds, logical for unsigned ones. */
    public static long shr(long a, long b, int bits, boolean signed, Machine m, String location) {
        if (Long.compareUnsigned(b, bits) >= 0) throw m.panic(location, SHR);
        return signed ? a >> b : a >>> b;
    }

    /** Truncates to {@code bits} and renormalises (what {@code as} does between integer kinds). */
    public static long wrap(long v, int bits, boolean signed) {
        if (bits == 64) return v;
        return signed ? signed(v, bits) : v & ((1L << bits) - 1);
    }

    private static long signed(long v, int bits) {
        return (v << (64 - bits)) >> (64 - bits);
    }

    private static long min(int bits) {
        return -1L << (bits - 1);
    }

    private static long unsignedMultiplyHigh(long a, long b) {
        return Math.multiplyHigh(a, b) + ((a >> 63) & b) + ((b >> 63) & a);
    }
}
