package org.jrustc.syntax;

import java.math.BigInteger;
import java.util.Set;

/**
 * Reads the text of literal tokens: integers (radix prefixes, {@code _} separators, type
 * suffixes), characters and strings (escapes resolved). Problems are reported with their position
 * inside the token text, in rustc's words; the result is still usable so that building goes on.
 */
final class Literals {
    private Literals() {}

    /** Receives a problem found at chars [from, from + length) of the token text. */
    interface Problems {
        void report(String message, int from, int length, String label);
    }

    static final Set<String> INTEGER_SUFFIXES =
            Set.of("u8", "u16", "u32", "u64", "u128", "usize", "i8", "i16", "i32", "i64", "i128", "isize");
    static final Set<String> FLOAT_SUFFIXES = Set.of("f32", "f64");

    /** An integer literal's value and suffix ("u8" … or null); {@code isFloat} for {@code 5f32}. */
    record IntegerText(BigInteger value, String suffix, boolean isFloat) {}

    // INTEGER_LITERAL : (DEC_DIGITS | '0x' HEX | '0o' OCT | '0b' BIN) SUFFIX?
    static IntegerText integer(String text, Problems problems) {
        int radix = 10;
        int digitsStart = 0;
        if (text.length() > 1 && text.charAt(0) == '0' && "xob".indexOf(text.charAt(1)) >= 0) {
            radix = switch (text.charAt(1)) { case 'x' -> 16; case 'o' -> 8; default -> 2; };
            digitsStart = 2;
        }
        int digitsEnd = digitsStart;
        while (digitsEnd < text.length() && isDigitChar(text.charAt(digitsEnd), radix)) digitsEnd++;
        String suffix = digitsEnd < text.length() ? text.substring(digitsEnd) : null;

        StringBuilder digits = new StringBuilder();
        boolean anyDigit = false;
        for (int i = digitsStart; i < digitsEnd; i++) {
            char c = text.charAt(i);
            if (c == '_') continue;
            anyDigit = true;
            if (Character.digit(c, radix) < 0) {
                problems.report("invalid digit for a base " + radix + " literal", i, 1, "");
            } else {
                digits.append(c);
            }
        }
        if (!anyDigit) problems.report("no valid digits found for number", 0, text.length(), "");
        if (digits.length() == 0) digits.append('0');
        boolean isFloat = false;
        if (suffix != null && !INTEGER_SUFFIXES.contains(suffix)) {
            if (radix == 10 && FLOAT_SUFFIXES.contains(suffix)) {
                isFloat = true;
            } else {
                problems.report("invalid suffix `" + suffix + "` for number literal", 0, text.length(),
                        "invalid suffix `" + suffix + "`");
                suffix = null;
            }
        }
        return new IntegerText(new BigInteger(digits.toString(), radix), suffix, isFloat);
    }

    private static boolean isDigitChar(char c, int radix) {
        if (c == '_' || (c >= '0' && c <= '9')) return true;
        return radix == 16 && ((c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'));
    }

    /** A string's value, and for each char of it the offset in the token text it came from. */
    record Text(String value, int[] sourceOffsets) {
        /** Offset in the token text of value char {@code i}; {@code value.length()} maps to the closing quote. */
        int sourceOffset(int i) {
            return sourceOffsets[i];
        }
    }

    // CHAR_LITERAL : '\'' (~['\\\r\n\t] | ESCAPE) '\''
    static int character(String text, Problems problems) {
        Text t = unescape(text, 1, text.length() - 1, problems);
        return t.value().isEmpty() ? 0 : t.value().codePointAt(0);
    }

    // STRING_LITERAL : '"' (~["\\] | '\\' .)* '"'
    static Text string(String text, Problems problems) {
        return unescape(text, 1, text.length() - 1, problems);
    }

    // RAW_STRING_LITERAL : 'r' '#'* '"' .*? '"' '#'*  — no escapes
    static Text rawString(String text) {
        int hashes = 0;
        while (text.charAt(1 + hashes) == '#') hashes++;
        int start = 2 + hashes;
        int end = text.length() - 1 - hashes;
        StringBuilder value = new StringBuilder();
        int[] offsets = new int[end - start + 1];
        int n = 0;
        for (int i = start; i < end; i++) {
            if (text.charAt(i) == '\r' && i + 1 < end && text.charAt(i + 1) == '\n') continue;
            offsets[n++] = i;
            value.append(text.charAt(i));
        }
        offsets[n] = end;
        return new Text(value.toString(), java.util.Arrays.copyOf(offsets, n + 1));
    }

    /** Resolves the escapes of text[from, to); CRLF becomes LF, as rustc reads sources. */
    private static Text unescape(String text, int from, int to, Problems problems) {
        StringBuilder value = new StringBuilder();
        int[] offsets = new int[to - from + 1];
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (c == '\r' && i + 1 < to && text.charAt(i + 1) == '\n') {
                i++;
                continue;
            }
            if (c != '\\') {
                offsets[value.length()] = i;
                value.append(c);
                i++;
                continue;
            }
            int escapeStart = i;
            char e = i + 1 < to ? text.charAt(i + 1) : '\\';
            i += 2;
            int codePoint;
            switch (e) {
                case 'n' -> codePoint = '\n';
                case 'r' -> codePoint = '\r';
                case 't' -> codePoint = '\t';
                case '\\' -> codePoint = '\\';
                case '0' -> codePoint = 0;
                case '\'' -> codePoint = '\'';
                case '"' -> codePoint = '"';
                case 'x' -> {
                    int end = Math.min(i + 2, to);
                    codePoint = hexEscape(text, escapeStart, i, end, problems);
                    i = end;
                }
                case 'u' -> {
                    int[] result = unicodeEscape(text, escapeStart, i, to, problems);
                    codePoint = result[0];
                    i = result[1];
                }
                case '\n', '\r' -> {
                    // Line continuation: the newline and the whitespace after it vanish.
                    while (i < to && Character.isWhitespace(text.charAt(i))) i++;
                    continue;
                }
                default -> {
                    int length = Character.charCount(text.codePointAt(escapeStart + 1));
                    problems.report("unknown character escape: `" + text.substring(escapeStart + 1,
                            escapeStart + 1 + length) + "`", escapeStart + 1, length, "unknown character escape");
                    codePoint = text.codePointAt(escapeStart + 1);
                    i = escapeStart + 1 + length;
                }
            }
            for (char unit : Character.toChars(codePoint)) {
                offsets[value.length()] = escapeStart;
                value.append(unit);
            }
        }
        offsets[value.length()] = to;
        return new Text(value.toString(), java.util.Arrays.copyOf(offsets, value.length() + 1));
    }

    // '\x' HEX HEX, at most 7F
    private static int hexEscape(String text, int escapeStart, int from, int to, Problems problems) {
        if (to - from < 2) {
            problems.report("numeric character escape is too short", escapeStart, to - escapeStart, "");
            return 0;
        }
        for (int k = from; k < to; k++) {
            if (Character.digit(text.charAt(k), 16) < 0) {
                problems.report("invalid character in numeric character escape: `" + text.charAt(k) + "`", k, 1,
                        "invalid character in numeric character escape");
                return 0;
            }
        }
        int value = Integer.parseInt(text.substring(from, to), 16);
        if (value > 0x7F) {
            problems.report("out of range hex escape", escapeStart, to - escapeStart,
                    "must be a character in the range [\\x00-\\x7f]");
            return 0;
        }
        return value;
    }

    // backslash 'u{' HEX+ '}' with 1 to 6 digits (underscores allowed), a Unicode scalar value
    private static int[] unicodeEscape(String text, int escapeStart, int from, int to, Problems problems) {
        if (from >= to || text.charAt(from) != '{') {
            problems.report("incorrect unicode escape sequence", escapeStart, from - escapeStart,
                    "incorrect unicode escape sequence");
            return new int[] {0, from};
        }
        int close = text.indexOf('}', from);
        if (close < 0 || close >= to) {
            problems.report("unterminated unicode escape", escapeStart, to - escapeStart,
                    "missing a closing `}`");
            return new int[] {0, to};
        }
        String digits = text.substring(from + 1, close).replace("_", "");
        int end = close + 1;
        for (int k = from + 1; k < close; k++) {
            char c = text.charAt(k);
            if (c != '_' && Character.digit(c, 16) < 0) {
                problems.report("invalid character in unicode escape: `" + c + "`", k, 1,
                        "invalid character in unicode escape");
                return new int[] {0, end};
            }
        }
        if (digits.isEmpty()) {
            problems.report("empty unicode escape", escapeStart, end - escapeStart, "this escape must have at least 1 hex digit");
            return new int[] {0, end};
        }
        if (digits.length() > 6) {
            problems.report("overlong unicode escape", escapeStart, end - escapeStart, "must have at most 6 hex digits");
            return new int[] {0, end};
        }
        int value = Integer.parseInt(digits, 16);
        if (value >= 0xD800 && value <= 0xDFFF) {
            problems.report("invalid unicode character escape", escapeStart, end - escapeStart,
                    "invalid escape");
            return new int[] {0, end};
        }
        if (value > 0x10FFFF) {
            problems.report("invalid unicode character escape", escapeStart, end - escapeStart,
                    "invalid escape");
            return new int[] {0, end};
        }
        return new int[] {value, end};
    }
}
