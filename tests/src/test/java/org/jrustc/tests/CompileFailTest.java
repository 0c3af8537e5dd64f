package org.jrustc.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jrustc.diag.Diagnostic;
import org.jrustc.diag.DiagnosticRenderer;
import org.jrustc.diag.SourceFile;
import org.jrustc.diag.Span;
import org.jrustc.driver.Compilation;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every {@code tests/compile-fail/**}{@code /NAME.rs} is rejected with exactly the errors its comments
 * announce, as in rustc's UI tests: {@code //~ ERROR E0308} for an error on that line,
 * {@code //~^ ERROR E0308} one line up per caret, {@code //~ ERROR} for an error without a code.
 * An error counts on the line where its primary span starts; warnings are ignored. The errors also
 * render, each pointing at its file and line.
 */
class CompileFailTest {
    /** The same syntax that tests/check-compile-fail reads; text after the code is a free comment. */
    private static final Pattern ANNOTATION = Pattern.compile("//~(\\^*)\\s*ERROR\\b\\s*(E\\d{4})?");
    private static final String NO_CODE = "(no code)";

    /** An error expected or found: the 1-based line and rustc's code. */
    record Expected(int line, String code) implements Comparable<Expected> {
        @Override public int compareTo(Expected o) {
            return line != o.line ? Integer.compare(line, o.line) : code.compareTo(o.code);
        }

        @Override public String toString() { return "line " + line + ": " + code; }
    }

    @TestFactory
    Stream<DynamicTest> compileFail() {
        return Corpus.tests(Corpus.programs("tests/compile-fail"), program -> () -> check(program));
    }

    private static void check(Path program) {
        SourceFile source = Programs.source(program);
        List<Expected> expected = annotations(source);
        Compilation compilation = org.jrustc.driver.Compiler.compile(source);
        List<Diagnostic> errors = compilation.diagnostics().stream()
                .filter(d -> d.severity() == Diagnostic.Severity.ERROR).toList();
        String rendered = new DiagnosticRenderer(source).renderAll(compilation.diagnostics());
        if (errors.isEmpty()) fail("jrustc accepted a program that rustc rejects; expected " + expected);

        List<Expected> found = new ArrayList<>();
        for (Diagnostic d : errors) {
            int line = hasLocation(d) ? source.lineOf(d.span().start()) : 0;
            found.add(new Expected(line, d.code() == null ? NO_CODE : d.code()));
        }
        List<Expected> sortedExpected = expected.stream().sorted().toList();
        List<Expected> sortedFound = found.stream().sorted().toList();
        if (!sortedExpected.equals(sortedFound)) {
            fail("errors differ from the annotations\n  missing:    " + minus(sortedExpected, sortedFound)
                    + "\n  unexpected: " + minus(sortedFound, sortedExpected) + "\n\njrustc printed:\n" + rendered);
        }
        for (Diagnostic d : errors) {
            if (!hasLocation(d)) continue;
            String arrow = "--> " + source.path() + ":" + source.lineOf(d.span().start()) + ":";
            assertTrue(rendered.contains(arrow), () -> "the rendering lacks `" + arrow + "`:\n" + rendered);
        }
    }

    /** The elements of {@code a} left after taking out one occurrence per element of {@code b}. */
    private static List<Expected> minus(List<Expected> a, List<Expected> b) {
        List<Expected> rest = new ArrayList<>(a);
        for (Expected e : b) rest.remove(e);
        return rest;
    }

    private static boolean hasLocation(Diagnostic d) {
        return d.span() != null && d.span() != Span.NONE;
    }

    static List<Expected> annotations(SourceFile source) {
        List<Expected> expected = new ArrayList<>();
        for (int line = 1; line <= source.lineCount(); line++) {
            Matcher m = ANNOTATION.matcher(source.line(line));
            while (m.find()) {
                String code = m.group(2) == null ? NO_CODE : m.group(2);
                expected.add(new Expected(line - m.group(1).length(), code));
            }
        }
        return expected;
    }
}
