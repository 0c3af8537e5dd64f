package org.jrustc.cli;

/** An unexpected exception from jrustc's own code, with what jrustc was doing ("compiling `x.rs`"). */
final class CompilerBug extends RuntimeException {
    private final String activity;

    CompilerBug(String activity, Throwable cause) {
        super(cause.toString(), cause, false, false);
        this.activity = activity;
    }

    String activity() { return activity; }
}
