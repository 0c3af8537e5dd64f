package org.jrustc.runtime;

import java.nio.charset.StandardCharsets;

/**
 * Rust's {@code Display} ({@code {}}) and {@code Debug} ({@code {:?}}) for the scalar types and
 * {@code &str}, appending to the text a print or panic statement is building. Signed integers need
 * no helper: {@code StringBuilder.append(long)} already prints them as Rust does.
 */
public final class Fmt {
    private Fmt() {}

    /** A u64 or usize (other unsigned kinds are zero-extended and print as plain longs). */
    public static void unsigned64(StringBuilder sb, long value) { sb.append(Long.toUnsignedString(value)); }

    public static void bool(StringBuilder sb, long value) { sb.append(value != 0 ? "true" : "false"); }

    public static void character(StringBuilder sb, long codePoint) { sb.appendCodePoint((int) codePoint); }

    public static void characterDebug(StringBuilder sb, long codePoint) { sb.append(debugChar((int) codePoint)); }

    /** The {@code &str} whose two cells (address, byte length) are at {@code fatPointer}. */
    public static void str(StringBuilder sb, Machine m, long fatPointer, boolean debug) {
        String text = new String(m.readBytes(m.load(fatPointer), m.load(fatPointer + 1)), StandardCharsets.UTF_8);
        sb.append(debug ? debugStr(text) : text);
    }

    /** {@code format!("{:?}", c)}: {@code 'a'}, {@code '\n'}, {@code '\''}, {@code '"'}. */
    public static String debugChar(int codePoint) {
        StringBuilder sb = new StringBuilder("'");
        escapeDebug(sb, codePoint, true, false);
        return sb.append('\'').toString();
    }

    /**
     * {@code {:#?}} text printed at indentation zero, indented by {@code indent} after each line
     * break: what Rust's pretty printer does to a value nested inside another.
     */
    public static String indentLines(String text, String indent) {
        return indent.isEmpty() ? text : text.replace("\n", "\n" + indent);
    }

    /** {@code format!("{:?}", s)}: {@code "a\"b\n"}, with {@code '} left as it is. */
    public static String debugStr(String text) {
        StringBuilder sb = new StringBuilder("\"");
        text.codePoints().forEach(c -> escapeDebug(sb, c, false, true));
        return sb.append('"').toString();
    }

    /** Rust's {@code char::escape_debug_ext} with grapheme-extending characters escaped. */
    private static void escapeDebug(StringBuilder sb, int c, boolean singleQuote, boolean doubleQuote) {
        switch (c) {
            case 0 -> sb.append("\\0");
            case '\t' -> sb.append("\\t");
            case '\r' -> sb.append("\\r");
            case '\n' -> sb.append("\\n");
            case '\\' -> sb.append("\\\\");
            default -> {
                if ((c == '"' && doubleQuote) || (c == '\'' && singleQuote)) {
                    sb.append('\\').appendCodePoint(c);
                } else if (isGraphemeExtend(c) || !isPrintable(c)) {
                    sb.append("\\u{").append(Integer.toHexString(c)).append('}');
                } else {
                    sb.appendCodePoint(c);
                }
            }
        }
    }

    /** Rust's {@code is_printable}: not a control, format, surrogate, private, unassigned or separator character (but space is). */
    private static boolean isPrintable(int c) {
        if (c == ' ') return true;
        return switch (Character.getType(c)) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE,
                 Character.UNASSIGNED, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                 Character.SPACE_SEPARATOR -> false;
            default -> true;
        };
    }

    /** Unicode's Grapheme_Extend: nonspacing and enclosing marks plus Other_Grapheme_Extend. */
    private static boolean isGraphemeExtend(int c) {
        int type = Character.getType(c);
        if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK) return true;
        return switch (c) {
            case 0x09BE, 0x09D7, 0x0B3E, 0x0B57, 0x0BBE, 0x0BD7, 0x0CC2, 0x0CD5, 0x0CD6, 0x0D3E, 0x0D57,
                 0x0DCF, 0x0DDF, 0x1B35, 0x200C, 0x302E, 0x302F, 0xFF9E, 0xFF9F, 0x1133E, 0x11357, 0x114B0,
                 0x114BD, 0x115AF, 0x11930, 0x1D165 -> true;
            default -> (c >= 0x1D16E && c <= 0x1D172) || (c >= 0xE0020 && c <= 0xE007F);
        };
    }
}
