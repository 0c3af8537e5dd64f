package org.jrustc.codegen;

import org.jrustc.diag.Span;

/**
 * The program needs more than a JVM class file can hold: a method over 64 KiB of bytecode, a class
 * with more than 65535 constants. jrustc does not split functions or classes yet, so this is a
 * limit of jrustc, reported to the user as such (never as an internal error).
 */
public final class JvmLimitExceeded extends RuntimeException {
    private final Span span;
    private final String note;

    JvmLimitExceeded(String message, Span span, String note) {
        super(message, null, false, false);
        this.span = span;
        this.note = note;
    }

    /** Where in the source the limit was hit (the function's start), or {@link Span#NONE}. */
    public Span span() { return span; }

    /** What the limit is and what the user can do. */
    public String note() { return note; }
}
