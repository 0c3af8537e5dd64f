package org.jrustc.diag;

/** A half-open range [start, end) of character offsets in the one source file being compiled. */
public record Span(int start, int end) {
    /** Where the spans of jrustc's prelude start: beyond any program's text, so none is mistaken for a place in it. */
    public static final int PRELUDE_START = 1 << 30;

    public static final Span NONE = new Span(0, 0);

    public Span to(Span other) {
        return new Span(Math.min(start, other.start), Math.max(end, other.end));
    }
}
