package org.jrustc.diag;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Turns diagnostics into the text rustc prints on stderr when it is not writing to a terminal:
 * the human format ({@code error[E0308]: ...}, {@code -->}, the annotated source, {@code = note:})
 * or the short one ({@code file.rs:2:18: error[E0308]: ...}), and rustc's closing lines.
 *
 * <pre>
 * error[E0308]: mismatched types
 *  --> e0308.rs:2:18
 *   |
 * 2 |     let x: i32 = "hello";
 *   |            ---   ^^^^^^^ expected `i32`, found `&amp;str`
 *   |            |
 *   |            expected due to this
 *
 * error: aborting due to 1 previous error
 *
 * For more information about this error, try `rustc --explain E0308`.
 * </pre>
 *
 * A diagnostic whose span is null or {@link Span#NONE} has no location: it prints without
 * {@code -->} and source, like rustc's messages about the crate as a whole.
 */
public final class DiagnosticRenderer {

    /** rustc's {@code --error-format} values that jrustc supports. */
    public enum Format { HUMAN, SHORT }

    private final SourceFile source;
    private final Format format;

    public DiagnosticRenderer(SourceFile source, Format format) {
        this.source = source;
        this.format = format;
    }

    public DiagnosticRenderer(SourceFile source) {
        this(source, Format.HUMAN);
    }

    /** Every diagnostic in order, then the closing lines ("aborting due to ..."). */
    public String renderAll(List<Diagnostic> diagnostics) {
        StringBuilder out = new StringBuilder();
        for (Diagnostic d : diagnostics) out.append(render(d));
        out.append(summary(diagnostics));
        return out.toString();
    }

    /** One diagnostic: in the human format it ends with a blank line, in the short one with a newline. */
    public String render(Diagnostic d) {
        return format == Format.SHORT ? renderShort(d) : renderHuman(d);
    }

    /**
     * What rustc prints after the diagnostics: {@code error: aborting due to N previous errors}
     * (with {@code ; M warnings emitted} when there were warnings) and the {@code --explain} hint,
     * or {@code warning: M warnings emitted} alone; nothing when there was no diagnostic.
     */
    public String summary(List<Diagnostic> diagnostics) {
        int errors = 0;
        int warnings = 0;
        TreeSet<String> codes = new TreeSet<>();
        for (Diagnostic d : diagnostics) {
            if (d.severity() == Diagnostic.Severity.ERROR) {
                errors++;
                if (d.code() != null) codes.add(d.code());
            } else {
                warnings++;
            }
        }
        String end = format == Format.SHORT ? "\n" : "\n\n";
        String warningCount = warnings + (warnings == 1 ? " warning" : " warnings") + " emitted";
        if (errors == 0) {
            return warnings == 0 ? "" : "warning: " + warningCount + end;
        }
        StringBuilder out = new StringBuilder("error: aborting due to ");
        out.append(errors == 1 ? "1 previous error" : errors + " previous errors");
        if (warnings > 0) out.append("; ").append(warningCount);
        out.append(end);
        if (format == Format.HUMAN && codes.size() == 1) {
            out.append("For more information about this error, try `rustc --explain ").append(codes.first())
                    .append("`.\n");
        } else if (format == Format.HUMAN && codes.size() > 1) {
            out.append("Some errors have detailed explanations: ").append(String.join(", ", codes)).append(".\n");
            out.append("For more information about an error, try `rustc --explain ").append(codes.first())
                    .append("`.\n");
        }
        return out.toString();
    }

    private String renderShort(Diagnostic d) {
        StringBuilder out = new StringBuilder();
        if (hasLocation(d)) out.append(location(d.span())).append(": ");
        out.append(headline(d));
        if (d.label() != null && !d.label().isEmpty()) out.append(": ").append(d.label());
        return out.append('\n').toString();
    }

    private String renderHuman(Diagnostic d) {
        StringBuilder out = new StringBuilder(headline(d)).append('\n');
        List<SnippetRenderer.Annotation> annotations = annotations(d);
        int gutterWidth = annotations.isEmpty() ? 1
                : Integer.toString(SnippetRenderer.maxLineNumber(source, annotations)).length();
        String gutter = " ".repeat(gutterWidth);
        if (!annotations.isEmpty()) {
            out.append(gutter).append("--> ").append(location(d.span())).append('\n');
            TextGrid grid = new TextGrid();
            grid.put(0, gutterWidth + 1, '|');
            new SnippetRenderer(source, annotations).render(grid, gutterWidth);
            grid.appendTo(out);
        }
        if (!d.notes().isEmpty()) {
            out.append(gutter).append(" |\n");
            for (String note : d.notes()) out.append(noteLines(note, gutterWidth));
        }
        return out.append('\n').toString();
    }

    /** {@code = note: text}; further lines of the text line up under its first word, as rustc does. */
    private static String noteLines(String note, int gutterWidth) {
        String kind = "note";
        String text = note;
        for (String k : List.of("note", "help", "warning", "error")) {
            if (note.startsWith(k + ": ")) {
                kind = k;
                text = note.substring(k.length() + 2);
                break;
            }
        }
        String indent = " ".repeat(gutterWidth + kind.length() + 5);
        String[] lines = text.split("\n", -1);
        StringBuilder out = new StringBuilder(" ".repeat(gutterWidth + 1)).append("= ").append(kind).append(": ")
                .append(lines[0]).append('\n');
        for (int i = 1; i < lines.length; i++) out.append(indent).append(lines[i]).append('\n');
        return out.toString();
    }

    private static String headline(Diagnostic d) {
        String level = d.severity() == Diagnostic.Severity.ERROR ? "error" : "warning";
        String code = d.code() == null ? "" : "[" + d.code() + "]";
        return level + code + ": " + d.message();
    }

    /** {@code path:LINE:COLUMN} of a span's start, the column counted in characters from 1. */
    private String location(Span span) {
        int offset = Math.max(0, Math.min(span.start(), source.text().length()));
        int line = source.lineOf(offset);
        int column = DisplayText.characterColumn(source.line(line), source.columnOf(offset) - 1);
        return source.path() + ":" + line + ":" + column;
    }

    private static boolean hasLocation(Diagnostic d) {
        return d.span() != null && d.span() != Span.NONE;
    }

    private static List<SnippetRenderer.Annotation> annotations(Diagnostic d) {
        List<SnippetRenderer.Annotation> all = new ArrayList<>();
        if (!hasLocation(d)) return all;
        all.add(new SnippetRenderer.Annotation(d.span(), d.label(), true));
        for (Label l : d.labels()) {
            if (l.span() == null || l.span() == Span.NONE) continue;
            all.add(new SnippetRenderer.Annotation(l.span(), l.message(), false));
        }
        return all;
    }
}
