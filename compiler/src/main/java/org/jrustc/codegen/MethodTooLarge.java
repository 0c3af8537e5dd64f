package org.jrustc.codegen;

import org.jrustc.diag.Span;

/**
 * A function whose bytecode would exceed the JVM's 64 KiB limit for one method. jrustc does not
 * split functions yet, so this is a limit of jrustc, reported to the user as such.
 */
public final class MethodTooLarge extends RuntimeException {
    private final String function;
    private final Span span;

    MethodTooLarge(String function, Span span) {
        super("function `" + function + "` is too large", null, false, false);
        this.function = function;
        this.span = span;
    }

    /** The Rust name of the function ({@code main}, {@code Point::new}). */
    public String function() { return function; }

    /** The function's span in the source. */
    public Span span() { return span; }
}
