package org.jrustc.runtime;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Floats printed as Rust prints them: the shortest decimal that reads back as the same float (of
 * those, the closest; of two equally close, the larger in magnitude, as Rust's), then Display writes it out in full ({@code 1}, {@code 0.1},
 * {@code 1000000000000000000000}) and Debug keeps a fractional part and switches to exponent form
 * outside [1e-4, 1e16) ({@code 1.0}, {@code 1e16}, {@code 1.5e-7}).
 */
public final class FloatFormat {
    private FloatFormat() {}

    public static String format(long bits, boolean single, boolean debug) {
        double d = single ? Floats.f32(bits) : Floats.f64(bits);
        if (Double.isNaN(d)) return "NaN";
        if (Double.isInfinite(d)) return d > 0 ? "inf" : "-inf";
        String sign = (single ? Float.floatToRawIntBits((float) d) < 0 : Double.doubleToRawLongBits(d) < 0) ? "-" : "";
        if (d == 0) return sign + (debug ? "0.0" : "0");
        BigDecimal shortest = shortest(Math.abs(d), single);
        String digits = shortest.unscaledValue().toString();
        // value = digits × 10^(-scale); the decimal point goes after `point` digits.
        int point = digits.length() - shortest.scale();
        if (debug) {
            int exponent = point - 1;
            if (exponent < -4 || exponent >= 16) return sign + scientific(digits, exponent);
        }
        return sign + plain(digits, point, debug);
    }

    /** The shortest decimal that reads back as {@code d}; of several such, the one closest to it. */
    private static BigDecimal shortest(double d, boolean single) {
        BigDecimal exact = single ? new BigDecimal((float) d) : new BigDecimal(d);
        int maxDigits = single ? 9 : 17;
        for (int p = 1; p <= maxDigits; p++) {
            BigDecimal best = null;
            for (RoundingMode mode : new RoundingMode[] {RoundingMode.HALF_UP, RoundingMode.FLOOR, RoundingMode.CEILING}) {
                BigDecimal candidate = exact.round(new MathContext(p, mode));
                if (!readsBack(candidate, d, single)) continue;
                if (best == null || candidate.subtract(exact).abs().compareTo(best.subtract(exact).abs()) < 0) {
                    best = candidate;
                }
            }
            if (best != null) return best.stripTrailingZeros();
        }
        return exact.stripTrailingZeros();
    }

    private static boolean readsBack(BigDecimal candidate, double d, boolean single) {
        return single ? candidate.floatValue() == (float) d : candidate.doubleValue() == d;
    }

    private static String plain(String digits, int point, boolean debug) {
        StringBuilder sb = new StringBuilder();
        if (point <= 0) {
            sb.append("0.").append("0".repeat(-point)).append(digits);
        } else if (point >= digits.length()) {
            sb.append(digits).append("0".repeat(point - digits.length()));
            if (debug) sb.append(".0");
        } else {
            sb.append(digits, 0, point).append('.').append(digits, point, digits.length());
        }
        return sb.toString();
    }

    private static String scientific(String digits, int exponent) {
        String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
        return mantissa + "e" + exponent;
    }
}
