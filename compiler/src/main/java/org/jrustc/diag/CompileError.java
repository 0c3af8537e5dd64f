package org.jrustc.diag;

/**
 * Thrown by a pass that cannot go on after an error it has already reported
 * (the error is in {@link Diagnostics}); the driver stops and renders.
 */
public final class CompileError extends RuntimeException {
    public CompileError() { super(null, null, false, false); }
}
