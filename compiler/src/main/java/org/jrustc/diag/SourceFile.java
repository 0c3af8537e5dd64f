package org.jrustc.diag;

import java.util.ArrayList;
import java.util.List;

/** A Rust source file: its display path (as given on the command line) and its text, with line lookup. */
public final class SourceFile {
    private final String path;
    private final String text;
    private final int[] lineStarts;

    public SourceFile(String path, String text) {
        this.path = path;
        this.text = text;
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') starts.add(i + 1);
        }
        lineStarts = starts.stream().mapToInt(Integer::intValue).toArray();
    }

    public String path() { return path; }
    public String text() { return text; }

    /**
     * 1-based line of a character offset. The end of a file that ends with a newline belongs to the
     * last line, as rustc counts it.
     */
    public int lineOf(int offset) {
        if (offset >= text.length() && text.endsWith("\n") && lineStarts.length > 1) return lineStarts.length - 1;
        int lo = 0, hi = lineStarts.length - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (lineStarts[mid] <= offset) lo = mid; else hi = mid - 1;
        }
        return lo + 1;
    }

    /** 1-based column of a character offset, counted in characters as rustc does. */
    public int columnOf(int offset) {
        return offset - lineStarts[lineOf(offset) - 1] + 1;
    }

    /**
     * The 1-based column a panic message prints ({@code std::panic::Location}): rustc counts display
     * columns there, a tab as four and a wide East Asian character as two.
     */
    public int displayColumnOf(int offset) {
        int line = lineOf(offset);
        return DisplayText.column(line(line), offset - lineStarts[line - 1]) + 1;
    }

    /**
     * {@code file.rs:LINE:COL}, as a panic message prints a location; for an offset outside this
     * file (code of jrustc's prelude, whose panics report their caller), {@code <prelude>}.
     */
    public String location(int offset) {
        if (offset < 0 || offset > text.length()) return "<prelude>";
        return path() + ":" + lineOf(offset) + ":" + displayColumnOf(offset);
    }

    /** The text of a 1-based line, without its line terminator. */
    public String line(int line) {
        int start = lineStarts[line - 1];
        int end = line < lineStarts.length ? lineStarts[line] - 1 : text.length();
        if (end > start && text.charAt(end - 1) == '\r') end--;
        return text.substring(start, Math.max(start, end));
    }

    public int lineCount() { return lineStarts.length; }
}
