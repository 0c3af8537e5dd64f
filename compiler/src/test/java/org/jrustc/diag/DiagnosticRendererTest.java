package org.jrustc.diag;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Renders, for each program of {@code resources/org/jrustc/diag/rustc/}, the diagnostics rustc
 * reports for it (built by hand here, as the passes would report them) and compares the text with
 * what rustc really printed, in both formats.
 */
class DiagnosticRendererTest {

    private static void assertRendersLikeRustc(RustcCase c, Diagnostic... diagnostics) {
        List<Diagnostic> all = List.of(diagnostics);
        assertEquals(c.expectedHuman(), new DiagnosticRenderer(c.source).renderAll(all), c.name + ".stderr");
        assertEquals(c.expectedShort(),
                new DiagnosticRenderer(c.source, DiagnosticRenderer.Format.SHORT).renderAll(all), c.name + ".short.stderr");
    }

    private static Diagnostic warning(String message, Span span, String label) {
        return new Diagnostic(Diagnostic.Severity.WARNING, null, message, span, label, List.of(), List.of());
    }

    @Test
    void primaryAndSecondaryLabelOnOneLine() {
        RustcCase c = new RustcCase("e0308");
        assertRendersLikeRustc(c, Diagnostic.error("E0308", "mismatched types", c.at(2, "\"hello\""),
                "expected `i32`, found `&str`").withLabel(new Label(c.at(2, "i32"), "expected due to this")));
    }

    @Test
    void severalErrorsListTheirCodes() {
        RustcCase c = new RustcCase("multi");
        assertRendersLikeRustc(c,
                Diagnostic.error("E0425", "cannot find value `undefined_name` in this scope",
                        c.at(3, "undefined_name"), "not found in this scope"),
                Diagnostic.error("E0308", "mismatched types", c.at(2, "\"hello\""), "expected `i32`, found `&str`")
                        .withLabel(new Label(c.at(2, "i32"), "expected due to this")),
                Diagnostic.error("E0308", "mismatched types", c.at(4, "5"), "expected `bool`, found integer")
                        .withLabel(new Label(c.at(4, "bool"), "expected due to this")));
    }

    @Test
    void errorWithoutCodeAndEmptySpanOnTwoLines() {
        RustcCase c = new RustcCase("syntax");
        assertRendersLikeRustc(c, Diagnostic.error(null, "expected `;`, found `println`", c.after(2, "5"),
                "help: add `;` here").withLabel(new Label(c.at(3, "println"), "unexpected token")));
    }

    @Test
    void tabsBecomeFourSpaces() {
        RustcCase c = new RustcCase("tabs");
        assertRendersLikeRustc(c, Diagnostic.error("E0308", "mismatched types", c.at(2, "\"hi\""),
                "expected `i32`, found `&str`").withLabel(new Label(c.at(2, "i32"), "expected due to this")));
    }

    @Test
    void labelsThatWouldCollideGoOnRowsOfTheirOwn() {
        RustcCase c = new RustcCase("overlap");
        assertRendersLikeRustc(c, Diagnostic.error("E0499", "cannot borrow `v` as mutable more than once at a time",
                        c.at(3, "&mut v; a", 6), "second mutable borrow occurs here")
                .withLabel(new Label(c.at(3, "&mut v"), "first mutable borrow occurs here"))
                .withLabel(new Label(c.at(3, "a.push", 1), "first borrow later used here")));
    }

    @Test
    void multilineNoteContinuesUnderItsFirstWord() {
        RustcCase c = new RustcCase("notes");
        assertRendersLikeRustc(c, Diagnostic.error("E0308", "mismatched types", c.at(3, "v;", 1),
                        "expected `i32`, found `Vec<i32>`")
                .withLabel(new Label(c.at(3, "i32"), "expected due to this"))
                .withNote("note: expected type `i32`\n found struct `Vec<i32>`"));
    }

    private static Diagnostic assignToBorrowed(RustcCase c, int borrowLine, int assignLine, String use) {
        return Diagnostic.error("E0506", "cannot assign to `x` because it is borrowed", c.at(assignLine, "x = 6"),
                        "`x` is assigned to here but it was already borrowed")
                .withLabel(new Label(c.at(borrowLine, "&x"), "`x` is borrowed here"))
                .withLabel(new Label(c.at(assignLine + 1, use, 1), "borrow later used here"));
    }

    private static Diagnostic neverRead(RustcCase c, int line) {
        return warning("value assigned to `x` is never read", c.at(line, "x = 6"), "")
                .withNote("help: maybe it is overwritten before being read?")
                .withNote("note: `#[warn(unused_assignments)]` (part of `#[warn(unused)]`) on by default");
    }

    @Test
    void oneLineBetweenLabelsIsShownAndWarningsAreCounted() {
        RustcCase c = new RustcCase("near");
        assertRendersLikeRustc(c, assignToBorrowed(c, 3, 5, "r)"), neverRead(c, 5));
    }

    @Test
    void distantLabelsAreSeparatedByDotsInAWiderGutter() {
        RustcCase c = new RustcCase("far");
        assertRendersLikeRustc(c, assignToBorrowed(c, 3, 11, "r,"), neverRead(c, 11));
    }

    @Test
    void onlyWarnings() {
        RustcCase c = new RustcCase("warn4");
        String help = "help: if this is intentional, prefix it with an underscore: ";
        assertRendersLikeRustc(c,
                warning("unused variable: `x`", c.at(2, "x"), help + "`_x`")
                        .withNote("note: `#[warn(unused_variables)]` (part of `#[warn(unused)]`) on by default"),
                warning("unused variable: `y`", c.at(3, "y"), help + "`_y`"));
    }

    @Test
    void spanOverWholeLinesStartsWithASlash() {
        RustcCase c = new RustcCase("ml1");
        assertRendersLikeRustc(c, Diagnostic.error("E0317", "`if` may be missing an `else` clause",
                        c.between(2, "if", 4, "}"), "expected `i32`, found `()`")
                .withLabel(new Label(c.at(1, "i32"), "expected `i32` because of this return type"))
                .withNote("note: `if` expressions without `else` evaluate to `()`")
                .withNote("help: consider adding an `else` block that evaluates to the expected type"));
    }

    @Test
    void spansStartingMidLineAndLongSpansSkippingLines() {
        RustcCase c = new RustcCase("ml5");
        assertRendersLikeRustc(c,
                ifWithoutElse(c, 2, 4),
                ifWithoutElse(c, 9, 16),
                Diagnostic.error("E0308", "mismatched types", c.at(24, "4"), "expected `()`, found integer")
                        .withLabel(new Label(c.between(17, "if", 25, "}"),
                                "`if` expressions without `else` arms expect their inner expression to be `()`")));
    }

    private static Diagnostic ifWithoutElse(RustcCase c, int first, int last) {
        return Diagnostic.error("E0317", "`if` may be missing an `else` clause", c.between(first, "if", last, "}"),
                        "expected `i32`, found `()`")
                .withLabel(new Label(c.at(first, first == 2 ? "x" : "w"), "expected because of this assignment"))
                .withNote("note: `if` expressions without `else` evaluate to `()`")
                .withNote("help: consider adding an `else` block that evaluates to the expected type");
    }

    @Test
    void diagnosticWithoutLocation() {
        SourceFile source = new SourceFile("x.rs", "fn f() {}\n");
        Diagnostic d = Diagnostic.error("E0601", "`main` function not found in crate `x`", Span.NONE)
                .withNote("note: consider adding a `main` function to `x.rs`");
        assertEquals("error[E0601]: `main` function not found in crate `x`\n  |\n"
                        + "  = note: consider adding a `main` function to `x.rs`\n\n",
                new DiagnosticRenderer(source).render(d));
    }
}
