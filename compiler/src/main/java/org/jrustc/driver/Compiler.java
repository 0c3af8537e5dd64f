package org.jrustc.driver;

import java.util.List;
import org.jrustc.diag.Diagnostic;
import org.jrustc.diag.SourceFile;
import org.jrustc.diag.Span;

/** The pipeline: syntax → resolve → typeck → MIR → drop elaboration → codegen. (Being written.) */
public final class Compiler {
    private Compiler() {}

    public static Compilation compile(SourceFile source) {
        return new Compilation(source, List.of(Diagnostic.error(null, "the compiler is being written", Span.NONE)),
                null, null);
    }
}
