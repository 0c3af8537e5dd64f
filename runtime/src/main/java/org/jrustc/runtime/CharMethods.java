package org.jrustc.runtime;

/**
 * The standard library's methods on {@code char}, on code points held in {@code long}s (a bool
 * result as 0 or 1). Unicode properties come from the JVM's tables (Java 17: Unicode 13), which
 * agree with Rust's for all but the newest code points.
 */
public final class CharMethods {
    private CharMethods() {}

    public static long is_alphabetic(long c) { return bool(Character.isAlphabetic((int) c)); }

    /** Rust's `numeric`: the general categories Nd, Nl and No. */
    public static long is_numeric(long c) {
        int type = Character.getType((int) c);
        return bool(type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER);
    }

    public static long is_alphanumeric(long c) { return bool(is_alphabetic(c) == 1 || is_numeric(c) == 1); }

    /** Unicode's White_Space property (Java's isWhitespace leaves out the no-break spaces). */
    public static long is_whitespace(long c) {
        return bool(c >= 0x9 && c <= 0xD || c == 0x20 || c == 0x85 || c == 0xA0 || c == 0x1680
                || c >= 0x2000 && c <= 0x200A || c == 0x2028 || c == 0x2029 || c == 0x202F || c == 0x205F || c == 0x3000);
    }

    public static long is_uppercase(long c) { return bool(Character.isUpperCase((int) c)); }

    public static long is_lowercase(long c) { return bool(Character.isLowerCase((int) c)); }

    public static long is_control(long c) { return bool(Character.getType((int) c) == Character.CONTROL); }

    public static long is_ascii(long c) { return bool(c < 0x80); }

    public static long is_ascii_alphabetic(long c) { return bool(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'); }

    public static long is_ascii_digit(long c) { return bool(c >= '0' && c <= '9'); }

    public static long is_ascii_alphanumeric(long c) { return bool(is_ascii_alphabetic(c) == 1 || is_ascii_digit(c) == 1); }

    public static long is_ascii_uppercase(long c) { return bool(c >= 'A' && c <= 'Z'); }

    public static long is_ascii_lowercase(long c) { return bool(c >= 'a' && c <= 'z'); }

    public static long is_ascii_punctuation(long c) {
        return bool(c >= 0x21 && c <= 0x2F || c >= 0x3A && c <= 0x40 || c >= 0x5B && c <= 0x60 || c >= 0x7B && c <= 0x7E);
    }

    /** Rust's ASCII whitespace: space, tab, line feed, form feed, carriage return (not vertical tab). */
    public static long is_ascii_whitespace(long c) { return bool(c == ' ' || c == '\t' || c == '\n' || c == 0xC || c == '\r'); }

    public static long is_ascii_hexdigit(long c) {
        return bool(is_ascii_digit(c) == 1 || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F');
    }

    public static long is_ascii_graphic(long c) { return bool(c >= 0x21 && c <= 0x7E); }

    public static long is_ascii_control(long c) { return bool(c < 0x20 || c == 0x7F); }

    public static long to_ascii_uppercase(long c) { return is_ascii_lowercase(c) == 1 ? c - 32 : c; }

    public static long to_ascii_lowercase(long c) { return is_ascii_uppercase(c) == 1 ? c + 32 : c; }

    public static long len_utf8(long c) { return c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4; }

    private static long bool(boolean b) { return b ? 1 : 0; }
}
