package org.jrustc.diag;

import java.util.ArrayList;
import java.util.List;

/** The diagnostics collected by the passes of one compilation, in the order they were reported. */
public final class Diagnostics {
    private final List<Diagnostic> all = new ArrayList<>();

    public void report(Diagnostic d) { all.add(d); }

    public void error(String code, String message, Span span, String label) {
        report(Diagnostic.error(code, message, span, label));
    }

    public boolean hasErrors() {
        return all.stream().anyMatch(d -> d.severity() == Diagnostic.Severity.ERROR);
    }

    public List<Diagnostic> all() { return List.copyOf(all); }
}
