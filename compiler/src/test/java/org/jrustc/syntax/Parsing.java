package org.jrustc.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.jrustc.diag.Diagnostic;
import org.jrustc.diag.DiagnosticRenderer;
import org.jrustc.diag.Diagnostics;
import org.jrustc.diag.SourceFile;
import org.jrustc.syntax.ast.Crate;
import org.jrustc.syntax.ast.Expr;
import org.jrustc.syntax.ast.Item;
import org.jrustc.syntax.ast.Stmt;

/** Test helpers: parse a program that must be valid, or one that must fail, and look at the result. */
final class Parsing {
    private Parsing() {}

    static Crate parse(String text) {
        SourceFile source = new SourceFile("test.rs", text);
        Diagnostics diags = new Diagnostics();
        Crate crate = Parser.parse(source, diags);
        assertEquals(List.of(), diags.all(), () -> new DiagnosticRenderer(source).renderAll(diags.all()));
        assertNotNull(crate);
        return crate;
    }

    /** The printed items of a valid program. */
    static String items(String text) {
        return AstPrinter.print(parse(text));
    }

    /** The expression {@code text}, as the initializer of a let in main. */
    static Expr expression(String text) {
        Item.Fn main = (Item.Fn) parse("fn main() { let _e = " + text + "; }").items().get(0);
        return ((Stmt.Let) main.body().stmts().get(0)).init();
    }

    static String expr(String text) {
        return AstPrinter.expr(expression(text));
    }

    /** The body of main, with {@code text} as its contents, printed. */
    static String body(String text) {
        Item.Fn main = (Item.Fn) parse("fn main() {" + text + "}").items().get(0);
        return AstPrinter.block(main.body());
    }

    /** The diagnostics of a program that must be rejected. */
    static List<Diagnostic> errors(String text) {
        Diagnostics diags = new Diagnostics();
        Crate crate = Parser.parse(new SourceFile("test.rs", text), diags);
        assertNull(crate, "the program should have been rejected");
        assertFalse(diags.all().isEmpty(), "a rejected program needs a diagnostic");
        return diags.all();
    }

    /** "message @ line:column" of the first error, the way rustc's {@code -->} line locates it. */
    static String firstError(String text) {
        Diagnostic d = errors(text).get(0);
        SourceFile source = new SourceFile("test.rs", text);
        return d.message() + " @ " + source.lineOf(d.span().start()) + ":" + source.columnOf(d.span().start());
    }

    /** The source text a span covers. */
    static String text(String source, org.jrustc.diag.Span span) {
        return source.substring(span.start(), span.end());
    }
}
