package org.jrustc.diag;

/**
 * How a source line looks on a terminal, as rustc shows it: a tab becomes four spaces and wide
 * East Asian characters take two columns, so carets stay under the characters they point at.
 */
final class DisplayText {
    private DisplayText() {}

    /** The line with its tabs replaced by four spaces. */
    static String expand(String line) {
        return line.replace("\t", "    ");
    }

    /** The display column (0-based) of the character at {@code index} (a Java char index) in {@code line}. */
    static int column(String line, int index) {
        int column = 0;
        int i = 0;
        int stop = Math.min(index, line.length());
        while (i < stop) {
            int cp = line.codePointAt(i);
            column += width(cp);
            i += Character.charCount(cp);
        }
        // Offsets past the end of the line (a span reaching its newline) count one column each.
        return column + Math.max(0, index - line.length());
    }

    /** rustc's 1-based column of a char index: counted in Unicode characters, whatever their width. */
    static int characterColumn(String line, int index) {
        int stop = Math.min(index, line.length());
        return line.codePointCount(0, stop) + Math.max(0, index - line.length()) + 1;
    }

    private static int width(int cp) {
        if (cp == '\t') return 4;
        return isWide(cp) ? 2 : 1;
    }

    private static boolean isWide(int cp) {
        return (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF && cp != 0x303F)
                || (cp >= 0xAC00 && cp <= 0xD7A3) || (cp >= 0xF900 && cp <= 0xFAFF)
                || (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60)
                || (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x1F300 && cp <= 0x1F64F)
                || (cp >= 0x1F900 && cp <= 0x1F9FF) || (cp >= 0x20000 && cp <= 0x3FFFD);
    }
}
