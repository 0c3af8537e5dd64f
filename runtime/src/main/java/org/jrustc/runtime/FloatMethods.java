package org.jrustc.runtime;

/**
 * The standard library's methods on {@code f32} and {@code f64}, on the floats' bits (see
 * {@link Floats}); {@code single} says which. Only methods whose results are exact, or computed
 * the way Rust computes them, are here: rounding, {@code sqrt} (IEEE), {@code powi} (by squaring,
 * as compiler-rt's {@code __powidf2}), {@code mul_add} (fused). A bool result is 0 or 1.
 */
public final class FloatMethods {
    private FloatMethods() {}

    public static long sqrt(long a, boolean single) { return of(Math.sqrt(value(a, single)), single); }

    public static long abs(long a, boolean single) { return of(Math.abs(value(a, single)), single); }

    public static long floor(long a, boolean single) { return of(Math.floor(value(a, single)), single); }

    public static long ceil(long a, boolean single) { return of(Math.ceil(value(a, single)), single); }

    public static long trunc(long a, boolean single) {
        double d = value(a, single);
        return of(d < 0 ? Math.ceil(d) : Math.floor(d), single);
    }

    /** Rust rounds half away from zero (Java's Math.round rounds half up). */
    public static long round(long a, boolean single) {
        double d = value(a, single);
        if (Double.isNaN(d) || Double.isInfinite(d)) return of(d, single);
        double t = d < 0 ? Math.ceil(d) : Math.floor(d);
        if (Math.abs(d - t) >= 0.5) t += Math.signum(d);
        return of(t == 0 ? Math.copySign(0.0, d) : t, single);
    }

    public static long fract(long a, boolean single) {
        double d = value(a, single);
        return of(d - (d < 0 ? Math.ceil(d) : Math.floor(d)), single);
    }

    /** Rust's min and max ignore a NaN operand; of two zeros either may be returned. */
    public static long min(long a, long b, boolean single) {
        double x = value(a, single);
        double y = value(b, single);
        if (Double.isNaN(x)) return b;
        if (Double.isNaN(y)) return a;
        return x <= y ? a : b;
    }

    public static long max(long a, long b, boolean single) {
        double x = value(a, single);
        double y = value(b, single);
        if (Double.isNaN(x)) return b;
        if (Double.isNaN(y)) return a;
        return x >= y ? a : b;
    }

    public static long powi(long a, long n, boolean single) {
        int exponent = (int) n;
        long count = Math.abs((long) exponent);
        if (single) {
            float r = powiF32(Floats.f32(a), count);
            return Floats.bits(exponent < 0 ? 1 / r : r);
        }
        double r = powiF64(Floats.f64(a), count);
        return Floats.bits(exponent < 0 ? 1 / r : r);
    }

    /** Squaring in f32 at every step (computing in f64 and rounding once could differ). */
    private static float powiF32(float base, long count) {
        float r = 1;
        for (; count != 0; count >>= 1, base *= base) {
            if ((count & 1) != 0) r *= base;
        }
        return r;
    }

    private static double powiF64(double base, long count) {
        double r = 1;
        for (; count != 0; count >>= 1, base *= base) {
            if ((count & 1) != 0) r *= base;
        }
        return r;
    }

    public static long mul_add(long a, long b, long c, boolean single) {
        if (single) return Floats.bits(Math.fma(Floats.f32(a), Floats.f32(b), Floats.f32(c)));
        return Floats.bits(Math.fma(Floats.f64(a), Floats.f64(b), Floats.f64(c)));
    }

    public static long signum(long a, boolean single) {
        double d = value(a, single);
        return of(Double.isNaN(d) ? d : Math.copySign(1.0, d), single);
    }

    public static long is_nan(long a, boolean single) { return bool(Double.isNaN(value(a, single))); }

    public static long is_infinite(long a, boolean single) { return bool(Double.isInfinite(value(a, single))); }

    public static long is_finite(long a, boolean single) {
        double d = value(a, single);
        return bool(!Double.isNaN(d) && !Double.isInfinite(d));
    }

    public static long is_sign_negative(long a, boolean single) {
        return bool(single ? Float.floatToRawIntBits(Floats.f32(a)) < 0 : a < 0);
    }

    public static long is_sign_positive(long a, boolean single) { return 1 - is_sign_negative(a, single); }

    public static long to_degrees(long a, boolean single) {
        if (single) return Floats.bits(Floats.f32(a) * 57.2957795130823208767981548141051703f);
        return Floats.bits(Floats.f64(a) * (180.0 / Math.PI));
    }

    public static long to_radians(long a, boolean single) {
        if (single) return Floats.bits(Floats.f32(a) * (float) (Math.PI / 180.0));
        return Floats.bits(Floats.f64(a) * (Math.PI / 180.0));
    }

    private static double value(long bits, boolean single) { return single ? Floats.f32(bits) : Floats.f64(bits); }

    private static long of(double d, boolean single) { return single ? Floats.bits((float) d) : Floats.bits(d); }

    private static long bool(boolean b) { return b ? 1 : 0; }
}
