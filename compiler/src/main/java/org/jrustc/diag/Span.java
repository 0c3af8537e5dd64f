package org.jrustc.diag;

/** A half-open range [start, end) of character offsets in the one source file being compiled. */
public record Span(int start, int end) {
    public static final Span NONE = new Span(0, 0);

    public Span to(Span other) {
        return new Span(Math.min(start, other.start), Math.max(end, other.end));
    }
}
