package org.jrustc.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.stream.Stream;
import org.jrustc.diag.Diagnostic;
import org.jrustc.diag.DiagnosticRenderer;
import org.jrustc.diag.SourceFile;
import org.jrustc.driver.Compilation;
import org.jrustc.driver.Compiler;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every {@code tests/unsupported/NAME.rs} (valid Rust, first line {@code // unsupported: WHAT}) is
 * refused with an error saying the feature is "not supported by jrustc", never miscompiled.
 */
class UnsupportedTest {

    @TestFactory
    Stream<DynamicTest> unsupported() {
        return Corpus.tests(Corpus.programs("tests/unsupported", 1), program -> () -> check(program));
    }

    private static void check(Path program) {
        SourceFile source = Programs.source(program);
        assertTrue(source.line(1).startsWith("// unsupported: "),
                () -> "the first line must say `// unsupported: WHAT`, not: " + source.line(1));
        Compilation compilation = Compiler.compile(source);
        String rendered = new DiagnosticRenderer(source).renderAll(compilation.diagnostics());
        assertFalse(compilation.succeeded(), "jrustc compiled a program using " + source.line(1).substring(16));
        boolean refused = compilation.diagnostics().stream()
                .anyMatch(d -> d.severity() == Diagnostic.Severity.ERROR && d.message().contains("not supported by jrustc"));
        assertTrue(refused, () -> "no error says \"not supported by jrustc\"; jrustc printed:\n" + rendered);
    }
}
