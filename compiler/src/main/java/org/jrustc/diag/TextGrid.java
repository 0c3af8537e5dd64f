package org.jrustc.diag;

import java.util.ArrayList;
import java.util.List;

/**
 * A growable page of characters addressed by (row, column), as rustc's emitter draws its ASCII art:
 * writing past the end of a row pads it with spaces, and a later write overwrites an earlier one.
 */
final class TextGrid {
    private final List<StringBuilder> rows = new ArrayList<>();

    int rowCount() { return rows.size(); }

    void put(int row, int column, char c) {
        StringBuilder line = row(row);
        while (line.length() <= column) line.append(' ');
        line.setCharAt(column, c);
    }

    void put(int row, int column, String text) {
        for (int i = 0; i < text.length(); i++) put(row, column + i, text.charAt(i));
    }

    /** Writes {@code c} in columns [from, to) of a row. */
    void fill(int row, int from, int to, char c) {
        for (int col = from; col < to; col++) put(row, col, c);
    }

    /** Makes sure the row exists (an empty row prints as an empty line). */
    StringBuilder row(int row) {
        while (rows.size() <= row) rows.add(new StringBuilder());
        return rows.get(row);
    }

    void appendTo(StringBuilder out) {
        for (StringBuilder row : rows) out.append(row).append('\n');
    }
}
