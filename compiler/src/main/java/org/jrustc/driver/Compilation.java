package org.jrustc.driver;

import java.util.List;
import org.jrustc.codegen.GeneratedProgram;
import org.jrustc.diag.Diagnostic;
import org.jrustc.diag.SourceFile;
import org.jrustc.mir.MirProgram;

/**
 * The result of compiling one file: its diagnostics, and when there were no errors, the MIR as built
 * (every drop scheduled), the MIR after drop elaboration, and the generated classes (null otherwise).
 */
public record Compilation(SourceFile source, List<Diagnostic> diagnostics, MirProgram builtMir, MirProgram mir,
                          GeneratedProgram program) {
    public boolean succeeded() { return program != null; }
}
