package org.jrustc.runtime;

/**
 * f32 and f64 arithmetic, comparisons and casts on the machine's cells: an f64 cell holds the
 * double's bits, an f32 cell the float's bits (zero-extended). IEEE arithmetic is the JVM's, which
 * is Rust's; casts follow Rust: float to int saturates (NaN gives 0), int to float rounds to nearest.
 */
public final class Floats {
    private Floats() {}

    public static double f64(long bits) { return Double.longBitsToDouble(bits); }

    public static float f32(long bits) { return Float.intBitsToFloat((int) bits); }

    public static long bits(double d) { return Double.doubleToRawLongBits(d); }

    public static long bits(float f) { return Float.floatToRawIntBits(f) & 0xFFFF_FFFFL; }

    public static long add(long a, long b, boolean single) {
        return single ? bits(f32(a) + f32(b)) : bits(f64(a) + f64(b));
    }

    public static long sub(long a, long b, boolean single) {
        return single ? bits(f32(a) - f32(b)) : bits(f64(a) - f64(b));
    }

    public static long mul(long a, long b, boolean single) {
        return single ? bits(f32(a) * f32(b)) : bits(f64(a) * f64(b));
    }

    public static long div(long a, long b, boolean single) {
        return single ? bits(f32(a) / f32(b)) : bits(f64(a) / f64(b));
    }

    /** Rust's % on floats is C's fmod, as Java's is. */
    public static long rem(long a, long b, boolean single) {
        return single ? bits(f32(a) % f32(b)) : bits(f64(a) % f64(b));
    }

    public static long neg(long a, boolean single) {
        return single ? bits(-f32(a)) : bits(-f64(a));
    }

    /** {@code a OP b} for OP = ==, !=, <, <=, >, >= (0 … 5); every comparison with NaN is false but !=. */
    public static long compare(long a, long b, boolean single, int op) {
        double x = single ? f32(a) : f64(a);
        double y = single ? f32(b) : f64(b);
        boolean r = switch (op) {
            case 0 -> x == y;
            case 1 -> x != y;
            case 2 -> x < y;
            case 3 -> x <= y;
            case 4 -> x > y;
            default -> x >= y;
        };
        return r ? 1 : 0;
    }

    /** {@code f as iN/uN}: truncated toward zero and saturated to the type's range; NaN is 0. */
    public static long toInt(long a, boolean single, int bits, boolean signed) {
        double d = single ? f32(a) : f64(a);
        if (Double.isNaN(d)) return 0;
        if (signed) {
            long min = bits == 64 ? Long.MIN_VALUE : -(1L << (bits - 1));
            long max = bits == 64 ? Long.MAX_VALUE : (1L << (bits - 1)) - 1;
            if (d <= min) return min;
            if (d >= max) return max;
            return (long) d;
        }
        if (d <= 0) return 0;
        if (bits == 64) {
            if (d >= 18446744073709551615.0) return -1L;
            return d < 9223372036854775808.0 ? (long) d
                    : new java.math.BigDecimal(d).toBigInteger().longValue();
        }
        long max = (1L << bits) - 1;
        return d >= max ? max : (long) d;
    }

    /** {@code n as f32/f64}: the nearest float to the integer (an unsigned 64-bit one read as such). */
    public static long fromInt(long n, boolean unsigned64, boolean single) {
        if (unsigned64 && n < 0) {
            java.math.BigDecimal exact = new java.math.BigDecimal(new java.math.BigInteger(Long.toUnsignedString(n)));
            return single ? bits(exact.floatValue()) : bits(exact.doubleValue());
        }
        return single ? bits((float) n) : bits((double) n);
    }

    /** {@code f32 as f64} (exact) or {@code f64 as f32} (rounded to nearest). */
    public static long toFloat(long a, boolean fromSingle, boolean toSingle) {
        double d = fromSingle ? f32(a) : f64(a);
        return toSingle ? bits((float) d) : bits(d);
    }
}
