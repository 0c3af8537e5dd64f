package org.jrustc.tests;

import java.util.ArrayList;
import java.util.List;

/**
 * A line diff of expected and actual output for failure messages: {@code -} lines are expected
 * but missing, {@code +} lines are printed but not expected, two lines of context around each change.
 * Invisible differences (a missing final newline, trailing spaces) are spelled out.
 */
final class TextDiff {
    private static final int CONTEXT = 2;
    /** Above this many lines on either side the quadratic diff is skipped: only the first difference is shown. */
    private static final int MAX_LINES = 3000;

    private TextDiff() {}

    static String diff(String expected, String actual) {
        List<String> a = lines(expected);
        List<String> b = lines(actual);
        if (a.size() > MAX_LINES || b.size() > MAX_LINES) return firstDifference(a, b);
        List<String> edits = edits(a, b);
        boolean[] shown = new boolean[edits.size()];
        for (int i = 0; i < edits.size(); i++) {
            if (edits.get(i).charAt(0) == ' ') continue;
            for (int k = Math.max(0, i - CONTEXT); k <= Math.min(edits.size() - 1, i + CONTEXT); k++) shown[k] = true;
        }
        StringBuilder out = new StringBuilder("--- expected\n+++ actual\n");
        for (int i = 0; i < edits.size(); i++) {
            if (shown[i]) {
                out.append(edits.get(i)).append('\n');
            } else if (i == 0 || shown[i - 1]) {
                out.append("...\n");
            }
        }
        if (!expected.endsWith("\n") && !expected.isEmpty()) out.append("(expected output has no final newline)\n");
        if (!actual.endsWith("\n") && !actual.isEmpty()) out.append("(actual output has no final newline)\n");
        return out.toString();
    }

    /** Longest-common-subsequence edit script: each line prefixed with ' ', '-' or '+'. */
    private static List<String> edits(List<String> a, List<String> b) {
        int[][] lcs = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                lcs[i][j] = a.get(i).equals(b.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        List<String> edits = new ArrayList<>();
        int i = 0, j = 0;
        while (i < a.size() || j < b.size()) {
            if (i < a.size() && j < b.size() && a.get(i).equals(b.get(j))) {
                edits.add("  " + show(a.get(i++)));
                j++;
            } else if (j < b.size() && (i == a.size() || lcs[i][j + 1] >= lcs[i + 1][j])) {
                edits.add("+ " + show(b.get(j++)));
            } else {
                edits.add("- " + show(a.get(i++)));
            }
        }
        return edits;
    }

    private static String firstDifference(List<String> a, List<String> b) {
        int i = 0;
        while (i < a.size() && i < b.size() && a.get(i).equals(b.get(i))) i++;
        return "first difference at line " + (i + 1) + ":\n- " + (i < a.size() ? show(a.get(i)) : "(end of output)")
                + "\n+ " + (i < b.size() ? show(b.get(i)) : "(end of output)") + "\n";
    }

    private static List<String> lines(String text) {
        if (text.isEmpty()) return List.of();
        String body = text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
        return List.of(body.split("\n", -1));
    }

    /** Makes trailing spaces, tabs and carriage returns visible. */
    private static String show(String line) {
        String visible = line.replace("\r", "\\r").replace("\t", "\\t");
        int end = visible.length();
        while (end > 0 && visible.charAt(end - 1) == ' ') end--;
        return end == visible.length() ? visible : visible.substring(0, end) + "·".repeat(visible.length() - end);
    }
}
