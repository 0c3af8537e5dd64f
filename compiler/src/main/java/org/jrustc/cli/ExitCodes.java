package org.jrustc.cli;

/** jrustc's exit statuses, the same as rustc's where rustc has one. */
final class ExitCodes {
    static final int OK = 0;
    /** Compile errors, or a file that cannot be read. */
    static final int COMPILE_ERROR = 1;
    /** A bad command line (picocli's default status for it). */
    static final int USAGE = 2;
    /** A bug in jrustc itself: rustc exits with 101 after an internal compiler error. */
    static final int INTERNAL_ERROR = 101;

    private ExitCodes() {}
}
