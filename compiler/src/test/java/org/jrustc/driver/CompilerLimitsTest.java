package org.jrustc.driver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jrustc.diag.Diagnostic;
import org.jrustc.diag.SourceFile;
import org.junit.jupiter.api.Test;

/** Limits of jrustc itself are reported as diagnostics, never as internal errors. */
class CompilerLimitsTest {

    @Test
    void aFunctionTooLargeForOneJvmMethodIsReportedAtTheFunction() {
        StringBuilder program = new StringBuilder("fn helper() {}\nfn main() {\n    let a = std::hint::black_box(3);\n");
        for (int i = 0; i < 1500; i++) program.append("    println!(\"{} {}\", a + ").append(i).append(", a * 2);\n");
        program.append("}\n");
        Compilation c = Compiler.compile(new SourceFile("big.rs", program.toString()));
        assertFalse(c.succeeded());
        assertEquals(1, c.diagnostics().size());
        Diagnostic d = c.diagnostics().get(0);
        assertEquals("function `main` is too large for jrustc", d.message());
        assertEquals(2, c.source().lineOf(d.span().start()), "points at `fn main`");
        assertTrue(d.notes().get(0).contains("64 KiB"));
    }
}
