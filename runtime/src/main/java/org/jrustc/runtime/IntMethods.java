package org.jrustc.runtime;

/**
 * The standard library's methods on integers ({@code x.pow(3)}, {@code x.wrapping_add(y)} …) with
 * the results and panic messages of a rustc debug build. Values are normalised {@code long}s as in
 * {@link Arith}; every method takes its operands, then the type's width and signedness, the machine
 * and where a panic is reported, and returns a {@code long} (a bool as 0 or 1).
 */
public final class IntMethods {
    private IntMethods() {}

    public static long abs(long a, int bits, boolean signed, Machine m, String location) {
        if (a >= 0) return a;
        if (a == min(bits)) throw m.panic(location, Arith.NEG);
        return -a;
    }

    /** Exponentiation by squaring, as core does it: it panics exactly where core's checked steps would. */
    public static long pow(long base, long exp, int bits, boolean signed, Machine m, String location) {
        if (exp == 0) return 1;
        long acc = 1;
        while (true) {
            if ((exp & 1) == 1) {
                acc = multiply(acc, base, bits, signed, m, location);
                if (exp == 1) return acc;
            }
            exp >>>= 1;
            base = multiply(base, base, bits, signed, m, location);
        }
    }

    private static long multiply(long a, long b, int bits, boolean signed, Machine m, String location) {
        return signed ? Arith.mulS(a, b, bits, m, location) : Arith.mulU(a, b, bits, m, location);
    }

    public static long min(long a, long b, int bits, boolean signed, Machine m, String location) {
        return compare(a, b, signed) <= 0 ? a : b;
    }

    public static long max(long a, long b, int bits, boolean signed, Machine m, String location) {
        return compare(a, b, signed) >= 0 ? a : b;
    }

    public static long clamp(long a, long lo, long hi, int bits, boolean signed, Machine m, String location) {
        if (compare(lo, hi, signed) > 0) {
            throw m.panic(location, "min > max. min = " + text(lo, signed) + ", max = " + text(hi, signed));
        }
        if (compare(a, lo, signed) < 0) return lo;
        return compare(a, hi, signed) > 0 ? hi : a;
    }

    public static long signum(long a, int bits, boolean signed, Machine m, String location) {
        return Long.signum(a);
    }

    public static long is_positive(long a, int bits, boolean signed, Machine m, String location) {
        return a > 0 ? 1 : 0;
    }

    public static long is_negative(long a, int bits, boolean signed, Machine m, String location) {
        return a < 0 ? 1 : 0;
    }

    public static long count_ones(long a, int bits, boolean signed, Machine m, String location) {
        return Long.bitCount(a & mask(bits));
    }

    public static long count_zeros(long a, int bits, boolean signed, Machine m, String location) {
        return bits - Long.bitCount(a & mask(bits));
    }

    public static long leading_zeros(long a, int bits, boolean signed, Machine m, String location) {
        return Long.numberOfLeadingZeros(a & mask(bits)) - (64 - bits);
    }

    public static long trailing_zeros(long a, int bits, boolean signed, Machine m, String location) {
        long v = a & mask(bits);
        return v == 0 ? bits : Long.numberOfTrailingZeros(v);
    }

    public static long is_power_of_two(long a, int bits, boolean signed, Machine m, String location) {
        return a != 0 && (a & (a - 1)) == 0 ? 1 : 0;
    }

    public static long wrapping_add(long a, long b, int bits, boolean signed, Machine m, String location) {
        return Arith.wrap(a + b, bits, signed);
    }

    public static long wrapping_sub(long a, long b, int bits, boolean signed, Machine m, String location) {
        return Arith.wrap(a - b, bits, signed);
    }

    public static long wrapping_mul(long a, long b, int bits, boolean signed, Machine m, String location) {
        return Arith.wrap(a * b, bits, signed);
    }

    public static long wrapping_neg(long a, int bits, boolean signed, Machine m, String location) {
        return Arith.wrap(-a, bits, signed);
    }

    public static long saturating_add(long a, long b, int bits, boolean signed, Machine m, String location) {
        return saturate(exact(a, bits, signed).add(exact(b, bits, signed)), bits, signed);
    }

    public static long saturating_sub(long a, long b, int bits, boolean signed, Machine m, String location) {
        return saturate(exact(a, bits, signed).subtract(exact(b, bits, signed)), bits, signed);
    }

    public static long saturating_mul(long a, long b, int bits, boolean signed, Machine m, String location) {
        return saturate(exact(a, bits, signed).multiply(exact(b, bits, signed)), bits, signed);
    }

    public static long rem_euclid(long a, long b, int bits, boolean signed, Machine m, String location) {
        if (b == 0) throw m.panic(location, Arith.REM_ZERO);
        if (!signed) return Long.remainderUnsigned(a, b);
        if (b == -1 && a == min(bits)) throw m.panic(location, Arith.REM_OVERFLOW);
        long r = a % b;
        return r < 0 ? (b < 0 ? r - b : r + b) : r;
    }

    public static long div_euclid(long a, long b, int bits, boolean signed, Machine m, String location) {
        if (b == 0) throw m.panic(location, Arith.DIV_ZERO);
        if (!signed) return Long.divideUnsigned(a, b);
        if (b == -1 && a == min(bits)) throw m.panic(location, Arith.DIV_OVERFLOW);
        long q = a / b;
        if (a % b < 0) return b > 0 ? q - 1 : q + 1;
        return q;
    }

    public static long abs_diff(long a, long b, int bits, boolean signed, Machine m, String location) {
        java.math.BigInteger d = exact(a, bits, signed).subtract(exact(b, bits, signed)).abs();
        return d.longValue();
    }

    // ---- helpers ----

    private static int compare(long a, long b, boolean signed) {
        return signed ? Long.compare(a, b) : Long.compareUnsigned(a, b);
    }

    private static String text(long a, boolean signed) {
        return signed ? Long.toString(a) : Long.toUnsignedString(a);
    }

    private static long min(int bits) {
        return bits == 64 ? Long.MIN_VALUE : -(1L << (bits - 1));
    }

    private static long mask(int bits) {
        return bits == 64 ? -1L : (1L << bits) - 1;
    }

    private static java.math.BigInteger exact(long a, int bits, boolean signed) {
        return signed ? java.math.BigInteger.valueOf(a) : new java.math.BigInteger(Long.toUnsignedString(a));
    }

    private static long saturate(java.math.BigInteger v, int bits, boolean signed) {
        java.math.BigInteger lo = signed ? java.math.BigInteger.ONE.shiftLeft(bits - 1).negate() : java.math.BigInteger.ZERO;
        java.math.BigInteger hi = signed ? java.math.BigInteger.ONE.shiftLeft(bits - 1).subtract(java.math.BigInteger.ONE)
                : java.math.BigInteger.ONE.shiftLeft(bits).subtract(java.math.BigInteger.ONE);
        if (v.compareTo(lo) < 0) return lo.longValue();
        if (v.compareTo(hi) > 0) return hi.longValue();
        return v.longValue();
    }
}
