package org.jrustc.diag;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;

/**
 * Draws the annotated source lines of one diagnostic (the part between {@code -->} and the notes),
 * character for character as rustc's emitter does without colour.
 *
 * <p>How rustc lays out the marks of one line, which this class follows: marks are taken from the
 * rightmost to the leftmost. Each gets a "position", the number of rows below the underline row
 * where its label goes (0 = on the underline row itself, after the carets). A mark moves one row
 * further down when its label would run into a mark further left. Labels not on the underline row
 * hang from a {@code |} drawn under the start of their mark. For example
 *
 * <pre>
 * 4 |     let a = &amp;mut v; let b = &amp;mut v; a.push(1);
 *   |             ------          ^^^^^^  - first borrow later used here      (position 0)
 *   |             |               |
 *   |             |               second mutable borrow occurs here       (position 1)
 *   |             first mutable borrow occurs here                        (position 2)
 * </pre>
 *
 * A span over several lines is drawn as a line in the left margin from its start ({@code _^} or
 * {@code /}) down to its end ({@code |___^}); overlapping ones get one margin column each.
 */
final class SnippetRenderer {

    /** One span to draw: the primary one gets {@code ^}, the others {@code -}. */
    record Annotation(Span span, String label, boolean primary) {}

    private enum Kind { SINGLE_LINE, MULTILINE_START, MULTILINE_END, MULTILINE_MIDDLE }

    /** A mark on one source line; columns are display columns, 0-based, end exclusive. */
    private record Mark(Kind kind, int depth, int startCol, int endCol, String label, boolean primary) {
        boolean hasLabel() { return label != null && !label.isEmpty(); }

        /** Multiline starts and ends draw horizontal lines, so nothing else may share their rows. */
        boolean takesSpace() { return kind == Kind.MULTILINE_START || kind == Kind.MULTILINE_END; }

        int length() { return Math.abs(endCol - startCol); }

        char underline() { return primary ? '^' : '-'; }
    }

    /** A span over several lines, before it is cut into marks. */
    private static final class MultilineSpan {
        final int lineStart, lineEnd, startCol, endCol;
        final String label;
        final boolean primary;
        int depth = 1;
        boolean overlapsExactly;

        MultilineSpan(int lineStart, int lineEnd, int startCol, int endCol, String label, boolean primary) {
            this.lineStart = lineStart;
            this.lineEnd = lineEnd;
            this.startCol = startCol;
            this.endCol = endCol;
            this.label = label;
            this.primary = primary;
        }

        boolean sameSpan(MultilineSpan o) {
            return lineStart == o.lineStart && lineEnd == o.lineEnd && startCol == o.startCol && endCol == o.endCol;
        }
    }

    private final SourceFile source;
    private final TreeMap<Integer, List<Mark>> marksByLine = new TreeMap<>();
    private int multilineDepth;

    SnippetRenderer(SourceFile source, List<Annotation> annotations) {
        this.source = source;
        collect(annotations);
    }

    /** The largest line number the snippet shows, which decides the gutter width. */
    static int maxLineNumber(SourceFile source, List<Annotation> annotations) {
        int max = 0;
        for (Annotation a : annotations) max = Math.max(max, source.lineOf(clamp(source, a.span().end())));
        return max;
    }

    /** Appends the source rows; {@code gutterWidth} is the width of the widest line number. */
    void render(TextGrid grid, int gutterWidth) {
        int widthOffset = gutterWidth + 3;
        int codeOffset = multilineDepth == 0 ? widthOffset : widthOffset + multilineDepth + 1;
        List<Integer> lines = new ArrayList<>(marksByLine.keySet());
        List<Integer> openDepths = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            int line = lines.get(i);
            int firstRow = grid.rowCount();
            List<Integer> depths = renderLine(grid, line, marksByLine.get(line), widthOffset, codeOffset);
            List<Integer> opened = new ArrayList<>();
            for (int depth : depths) {
                if (!openDepths.remove(Integer.valueOf(depth))) opened.add(depth);
            }
            for (int depth : openDepths) {
                for (int row = firstRow; row < grid.rowCount(); row++) drawMarginLine(grid, row, widthOffset, depth);
            }
            if (i + 1 < lines.size()) {
                int gap = lines.get(i + 1) - line;
                if (gap > 2) {
                    int row = grid.rowCount();
                    grid.put(row, 0, "...");
                    drawSpansAcross(grid, row, widthOffset, openDepths, marksByLine.get(line));
                } else if (gap == 2) {
                    int row = grid.rowCount();
                    drawCodeLine(grid, line + 1, row, widthOffset, codeOffset);
                    drawSpansAcross(grid, row, widthOffset, openDepths, marksByLine.get(line));
                }
            }
            openDepths.addAll(opened);
        }
    }

    /** Keeps the margin lines of open multiline spans going through a row between shown lines. */
    private static void drawSpansAcross(TextGrid grid, int row, int widthOffset, List<Integer> openDepths,
                                        List<Mark> marksOfPreviousLine) {
        for (int depth : openDepths) drawMarginLine(grid, row, widthOffset, depth);
        for (Mark m : marksOfPreviousLine) {
            if (m.kind() == Kind.MULTILINE_START) drawMarginLine(grid, row, widthOffset, m.depth());
        }
    }

    private static void drawMarginLine(TextGrid grid, int row, int widthOffset, int depth) {
        grid.put(row, widthOffset + depth - 1, '|');
    }

    private void drawCodeLine(TextGrid grid, int line, int row, int widthOffset, int codeOffset) {
        String number = Integer.toString(line);
        grid.put(row, widthOffset - 3 - number.length(), number);
        grid.put(row, widthOffset - 2, '|');
        String code = DisplayText.expand(source.line(line));
        if (!code.isEmpty()) grid.put(row, codeOffset, code);
    }

    /**
     * Draws one source line and the rows of marks under it; returns the depths of the multiline
     * spans that start or end on it (the caller keeps their margin lines going in between).
     */
    private List<Integer> renderLine(TextGrid grid, int line, List<Mark> lineMarks, int widthOffset, int codeOffset) {
        int lineOffset = grid.rowCount();
        drawCodeLine(grid, line, lineOffset, widthOffset, codeOffset);

        List<Integer> shortStart = shortMultilineStart(grid, line, lineMarks, lineOffset, widthOffset);
        if (shortStart != null) return shortStart;

        List<Mark> marks = new ArrayList<>(lineMarks);
        marks.sort(Comparator.comparingInt(Mark::startCol).reversed());
        int[] positions = new int[marks.size()];
        int lineLen = assignPositions(marks, positions);

        if (marks.stream().allMatch(m -> m.kind() == Kind.MULTILINE_MIDDLE)) return List.of();

        if (marks.stream().allMatch(m -> m.kind() == Kind.MULTILINE_START)) {
            // Only span starts: put the innermost one lowest so their horizontal lines don't cross.
            int maxPos = 0;
            for (int p : positions) maxPos = Math.max(maxPos, p);
            for (int i = 0; i < positions.length; i++) positions[i] = maxPos - positions[i];
            lineLen = Math.max(0, lineLen - 1);
        }

        for (int pos = 0; pos <= lineLen; pos++) grid.put(lineOffset + pos + 1, widthOffset - 2, '|');

        for (int i = 0; i < marks.size(); i++) {
            Mark m = marks.get(i);
            if (m.takesSpace()) {
                grid.fill(lineOffset + positions[i] + 1, widthOffset + m.depth(), codeOffset + m.startCol(), '_');
            }
        }

        for (int i = 0; i < marks.size(); i++) {
            Mark m = marks.get(i);
            int pos = positions[i] + 1;
            int col = codeOffset + m.startCol();
            if (pos > 1 && (m.hasLabel() || m.takesSpace())) {
                for (int row = lineOffset + 1; row <= lineOffset + pos; row++) grid.put(row, col, '|');
            }
            if (m.kind() == Kind.MULTILINE_START) {
                grid.put(lineOffset + pos, widthOffset + m.depth() - 1, ' ');
                for (int row = lineOffset + pos + 1; row < lineOffset + lineLen + 2; row++) {
                    drawMarginLine(grid, row, widthOffset, m.depth());
                }
            } else if (m.kind() == Kind.MULTILINE_END) {
                for (int row = lineOffset; row <= lineOffset + pos; row++) drawMarginLine(grid, row, widthOffset, m.depth());
            }
        }

        for (int i = 0; i < marks.size(); i++) {
            Mark m = marks.get(i);
            if (!m.hasLabel()) continue;
            if (positions[i] == 0) {
                int col = m.endCol() == 0 ? m.endCol() + 2 : m.endCol() + 1;
                grid.put(lineOffset + 1, codeOffset + col, m.label());
            } else {
                grid.put(lineOffset + positions[i] + 2, codeOffset + m.startCol(), m.label());
            }
        }

        // Longest first, and the primary last among equals, so that shorter and primary marks show on top.
        List<Mark> byLength = new ArrayList<>(marks);
        byLength.sort(Comparator.comparingInt(Mark::length).reversed().thenComparing(Mark::primary));
        for (Mark m : byLength) {
            grid.fill(lineOffset + 1, codeOffset + m.startCol(), codeOffset + m.endCol(), m.underline());
        }

        List<Integer> depths = new ArrayList<>();
        for (Mark m : marks) if (m.takesSpace()) depths.add(m.depth());
        return depths;
    }

    /**
     * rustc's short form for a line whose only marks are multiline starts at its first non-blank
     * character: a {@code /} in the margin instead of a {@code _^} row. Returns null when it doesn't apply.
     */
    private List<Integer> shortMultilineStart(TextGrid grid, int line, List<Mark> marks, int lineOffset, int widthOffset) {
        String text = DisplayText.expand(source.line(line));
        List<Integer> depths = new ArrayList<>();
        for (Mark m : marks) {
            if (m.kind() == Kind.MULTILINE_START) {
                if (!text.substring(0, Math.min(m.startCol(), text.length())).isBlank()) return null;
                depths.add(m.depth());
            } else if (m.kind() != Kind.MULTILINE_MIDDLE) {
                return null;
            }
        }
        for (int depth : depths) grid.put(lineOffset, widthOffset + depth - 1, '/');
        return depths;
    }

    /**
     * Gives each mark (sorted right to left) its label row; returns the number of rows the marks
     * need below the underline row (0 when every label fits on it).
     */
    private static int assignPositions(List<Mark> marks, int[] positions) {
        int lineLen = 0;
        int p = 0;
        for (int i = 0; i < marks.size(); i++) {
            Mark mark = marks.get(i);
            for (int j = i + 1; j < marks.size(); j++) {
                Mark next = marks.get(j);
                if (overlaps(next, mark, 0) && mark.hasLabel() && p == 0) {
                    boolean sameUnlabelled = next.startCol() == mark.startCol() && next.endCol() == mark.endCol()
                            && !next.hasLabel();
                    if (sameUnlabelled) continue;
                    p++;
                    break;
                }
            }
            positions[i] = p;
            for (int j = i + 1; j < marks.size(); j++) {
                Mark next = marks.get(j);
                int padding = next.hasLabel() ? next.label().length() + 2 : 0;
                boolean collide = (overlaps(next, mark, padding) && mark.hasLabel() && next.hasLabel())
                        || (mark.takesSpace() && next.hasLabel())
                        || (mark.hasLabel() && next.takesSpace())
                        || (mark.takesSpace() && next.takesSpace())
                        || (overlaps(next, mark, padding) && next.endCol() <= mark.endCol() && next.hasLabel() && p == 0);
                if (collide) {
                    p++;
                    break;
                }
            }
            lineLen = Math.max(lineLen, p);
        }
        return lineLen == 0 ? 0 : lineLen + 1;
    }

    private static boolean overlaps(Mark a, Mark b, int padding) {
        return (b.startCol() <= a.startCol() && a.startCol() < b.endCol() + padding)
                || (a.startCol() <= b.startCol() && b.startCol() < a.endCol() + padding);
    }

    // ---- cutting spans into marks per line ----

    private void collect(List<Annotation> annotations) {
        List<MultilineSpan> multiline = new ArrayList<>();
        for (Annotation a : annotations) {
            int lo = clamp(source, a.span().start());
            int hi = clamp(source, Math.max(a.span().end(), a.span().start()));
            int loLine = source.lineOf(lo);
            int hiLine = source.lineOf(hi);
            int loCol = displayColumn(lo);
            int hiCol = displayColumn(hi);
            if (loLine == hiLine) {
                if (hiCol == loCol) hiCol++;
                add(loLine, new Mark(Kind.SINGLE_LINE, 0, loCol, hiCol, a.label(), a.primary()));
            } else {
                multiline.add(new MultilineSpan(loLine, hiLine, loCol, hiCol, a.label(), a.primary()));
            }
        }
        assignDepths(multiline);
        for (MultilineSpan ml : multiline) addMultiline(ml);
    }

    /** Overlapping multiline spans get different margin columns; the outermost gets the leftmost. */
    private void assignDepths(List<MultilineSpan> spans) {
        spans.sort(Comparator.comparingInt((MultilineSpan m) -> m.lineStart)
                .thenComparing(Comparator.comparingInt((MultilineSpan m) -> m.lineEnd).reversed()));
        for (int i = 0; i < spans.size(); i++) {
            MultilineSpan span = spans.get(i);
            for (int j = 0; j < i; j++) {
                MultilineSpan other = spans.get(j);
                if (other.sameSpan(span)) {
                    other.overlapsExactly = true;
                } else if (linesOverlap(span, other)) {
                    other.depth++;
                } else {
                    break;
                }
            }
        }
        int maxDepth = 0;
        for (MultilineSpan s : spans) maxDepth = Math.max(maxDepth, s.depth);
        for (MultilineSpan s : spans) s.depth = maxDepth - s.depth + 1;
        multilineDepth = maxDepth;
    }

    private static boolean linesOverlap(MultilineSpan a, MultilineSpan b) {
        return (b.lineStart <= a.lineStart && a.lineStart < b.lineEnd + 1)
                || (a.lineStart <= b.lineStart && b.lineStart < a.lineEnd + 1);
    }

    /**
     * Adds the marks of a multiline span: its start and end lines, and up to four lines after its
     * start (rustc shows those and skips the rest with "..."), leaving out trailing blank, comment
     * and lone-delimiter lines.
     */
    private void addMultiline(MultilineSpan ml) {
        Mark end = new Mark(Kind.MULTILINE_END, ml.depth, Math.max(0, ml.endCol - 1), ml.endCol, ml.label, ml.primary);
        if (ml.overlapsExactly) {
            add(ml.lineEnd, new Mark(Kind.SINGLE_LINE, 0, end.startCol(), end.endCol(), end.label(), end.primary()));
            return;
        }
        add(ml.lineStart, new Mark(Kind.MULTILINE_START, ml.depth, ml.startCol, ml.startCol + 1, null, ml.primary));
        Mark middle = new Mark(Kind.MULTILINE_MIDDLE, ml.depth, 0, 0, null, ml.primary);
        int lastOfFirstFour = Math.min(ml.lineStart + 4, ml.lineEnd);
        int until = ml.lineStart;
        for (int line = lastOfFirstFour - 1; line >= ml.lineStart; line--) {
            if (isWorthShowing(source.line(line))) {
                until = line + 1;
                break;
            }
        }
        for (int line = ml.lineStart + 1; line < until; line++) add(line, middle);
        int lineBeforeEnd = ml.lineEnd - 1;
        boolean beforeEndIsEmpty = !isWorthShowing(source.line(lineBeforeEnd));
        if (lastOfFirstFour < lineBeforeEnd && !beforeEndIsEmpty) add(lineBeforeEnd, middle);
        add(ml.lineEnd, end);
    }

    private static boolean isWorthShowing(String line) {
        String s = line.strip();
        boolean comment = s.startsWith("//") && !(s.startsWith("///") || s.startsWith("//!"));
        boolean bare = s.isEmpty() || s.equals("{") || s.equals("}") || s.equals("(") || s.equals(")")
                || s.equals("[") || s.equals("]");
        return !comment && !bare;
    }

    private void add(int line, Mark mark) {
        marksByLine.computeIfAbsent(line, k -> new ArrayList<>()).add(mark);
    }

    private int displayColumn(int offset) {
        String line = source.line(source.lineOf(offset));
        return DisplayText.column(line, source.columnOf(offset) - 1);
    }

    private static int clamp(SourceFile source, int offset) {
        return Math.max(0, Math.min(offset, source.text().length()));
    }
}
