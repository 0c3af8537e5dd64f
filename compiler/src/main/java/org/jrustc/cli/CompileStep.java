package org.jrustc.cli;

import java.util.List;
import org.jrustc.codegen.CodegenOptions;
import org.jrustc.diag.Diagnostic;
import org.jrustc.diag.DiagnosticRenderer;
import org.jrustc.diag.SourceFile;
import org.jrustc.driver.Compilation;
import org.jrustc.driver.Compiler;
import org.jrustc.driver.SourceReader;

/**
 * The first step of every command: read the file, compile it and print its diagnostics on stderr
 * in the chosen format. Returns the compilation when it produced a program, null when errors were
 * reported (the command then exits with 1).
 */
final class CompileStep {
    private CompileStep() {}

    static Compilation compile(String path, DiagnosticRenderer.Format format, Console console) {
        return compile(path, format, CodegenOptions.DEFAULT, console);
    }

    static Compilation compile(String path, DiagnosticRenderer.Format format, CodegenOptions options, Console console) {
        SourceFile source;
        try {
            source = SourceReader.read(path);
        } catch (SourceReader.Unreadable e) {
            report(e.source(), List.of(e.diagnostic()), format, console);
            return null;
        }
        Compilation compilation;
        try {
            compilation = Compiler.compile(source, options);
        } catch (RuntimeException | StackOverflowError e) {
            throw new CompilerBug("compiling `" + path + "`", e);
        }
        report(source, compilation.diagnostics(), format, console);
        if (compilation.succeeded()) return compilation;
        if (compilation.diagnostics().stream().noneMatch(d -> d.severity() == Diagnostic.Severity.ERROR)) {
            throw new CompilerBug("compiling `" + path + "`",
                    new IllegalStateException("compilation produced neither a program nor an error"));
        }
        return null;
    }

    private static void report(SourceFile source, List<Diagnostic> diagnostics, DiagnosticRenderer.Format format,
                               Console console) {
        if (diagnostics.isEmpty()) return;
        console.err().print(new DiagnosticRenderer(source, format).renderAll(diagnostics));
        console.err().flush();
    }
}
