package org.jrustc.runtime;

/**
 * The process aborts (exit status 134, like rustc's SIGABRT): stack overflow, heap exhaustion, a
 * panic during cleanup. The message was printed before this is thrown. Generated code never catches
 * it, so no drop runs and no buffered output is flushed, as with a real abort.
 */
public final class Abort extends RuntimeException {
    public Abort(String reason) { super(reason, null, false, false); }
}
