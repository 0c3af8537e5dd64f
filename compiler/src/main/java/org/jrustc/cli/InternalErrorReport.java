package org.jrustc.cli;

import java.io.PrintStream;

/**
 * Prints an unexpected exception the way rustc reports its own crashes: one
 * {@code error: internal compiler error: ...} line naming the exception, then notes saying where
 * it was thrown and what jrustc was doing. Never a Java stack trace.
 */
final class InternalErrorReport {
    private InternalErrorReport() {}

    static int print(Throwable failure, PrintStream err) {
        String activity = null;
        Throwable cause = failure;
        if (failure instanceof CompilerBug bug) {
            activity = bug.activity();
            cause = bug.getCause();
        }
        err.println("error: internal compiler error: " + describe(cause));
        StackTraceElement origin = origin(cause);
        if (origin != null) err.println("note: thrown at " + origin);
        if (activity != null) err.println("note: while " + activity);
        err.println("note: this is a bug in jrustc, not in your program");
        err.flush();
        return ExitCodes.INTERNAL_ERROR;
    }

    /** {@code IllegalStateException: no layout for Foo}, and the causes it wraps. */
    private static String describe(Throwable t) {
        StringBuilder text = new StringBuilder(name(t));
        for (Throwable c = t.getCause(); c != null && c != c.getCause(); c = c.getCause()) {
            text.append(" (caused by ").append(name(c)).append(')');
            if (text.length() > 400) break;
        }
        return text.toString();
    }

    private static String name(Throwable t) {
        String message = t.getMessage();
        return t.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }

    /** The innermost frame in jrustc's code, which is where a reader would start looking. */
    private static StackTraceElement origin(Throwable t) {
        Throwable innermost = t;
        while (innermost.getCause() != null && innermost.getCause() != innermost) innermost = innermost.getCause();
        StackTraceElement[] frames = innermost.getStackTrace();
        for (StackTraceElement frame : frames) {
            if (frame.getClassName().startsWith("org.jrustc.")) return frame;
        }
        return frames.length > 0 ? frames[0] : null;
    }
}
