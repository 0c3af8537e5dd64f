package org.jrustc.diag;

import java.util.List;

/**
 * One compiler message, as a value: rendered later in rustc's human format.
 *
 * @param code     rustc's error code ("E0308"), or null where rustc has none (syntax errors)
 * @param message  the headline after "error[E0308]: "
 * @param span     the primary span (carets)
 * @param label    the text after the primary carets, or "" for none
 * @param labels   secondary spans (dashes)
 * @param notes    "= note: ..." / "= help: ..." lines, each given with its prefix word ("note: ...")
 */
public record Diagnostic(Severity severity, String code, String message, Span span, String label,
                         List<Label> labels, List<String> notes) {

    public enum Severity { ERROR, WARNING }

    public static Diagnostic error(String code, String message, Span span, String label) {
        return new Diagnostic(Severity.ERROR, code, message, span, label, List.of(), List.of());
    }

    public static Diagnostic error(String code, String message, Span span) {
        return error(code, message, span, "");
    }

    public Diagnostic withLabel(Label extra) {
        var all = new java.util.ArrayList<>(labels);
        all.add(extra);
        return new Diagnostic(severity, code, message, span, label, List.copyOf(all), notes);
    }

    public Diagnostic withNote(String note) {
        var all = new java.util.ArrayList<>(notes);
        all.add(note);
        return new Diagnostic(severity, code, message, span, label, labels, List.copyOf(all));
    }
}
