package org.jrustc.diag;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * A program of {@code src/test/resources/org/jrustc/diag/rustc/} with what rustc printed for it
 * (made by {@code regenerate.sh} there), and a way to point at its text by line and snippet.
 */
final class RustcCase {
    final String name;
    final SourceFile source;

    RustcCase(String name) {
        this.name = name;
        this.source = new SourceFile(name + ".rs", read(name + ".rs"));
    }

    String expectedHuman() { return read(name + ".stderr"); }

    String expectedShort() { return read(name + ".short.stderr"); }

    /** The span of the first occurrence of {@code text} on 1-based {@code line}. */
    Span at(int line, String text) {
        int start = offsetOf(line, text);
        return new Span(start, start + text.length());
    }

    /** The first {@code length} characters of the first occurrence of {@code text} on {@code line}. */
    Span at(int line, String text, int length) {
        int start = offsetOf(line, text);
        return new Span(start, start + length);
    }

    /** The empty span just after the first occurrence of {@code text} on {@code line}. */
    Span after(int line, String text) {
        int end = offsetOf(line, text) + text.length();
        return new Span(end, end);
    }

    /** From the start of {@code first} on {@code firstLine} to the end of {@code last} on {@code lastLine}. */
    Span between(int firstLine, String first, int lastLine, String last) {
        return new Span(offsetOf(firstLine, first), offsetOf(lastLine, last) + last.length());
    }

    private int offsetOf(int line, String text) {
        int lineStart = 0;
        for (int l = 1; l < line; l++) lineStart = source.text().indexOf('\n', lineStart) + 1;
        int column = source.line(line).indexOf(text);
        if (column < 0) throw new IllegalArgumentException("no `" + text + "` on line " + line + " of " + name);
        return lineStart + column;
    }

    private static String read(String resource) {
        try (InputStream in = RustcCase.class.getResourceAsStream("rustc/" + resource)) {
            if (in == null) throw new IllegalArgumentException("missing test resource rustc/" + resource);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
