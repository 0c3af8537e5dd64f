package org.jrustc.runtime;

import java.io.PrintStream;

/** Runs a compiled program. (Being written.) */
public final class Launcher {
    private Launcher() {}

    /** Runs the program in this JVM with the given streams and returns its exit status (0, 101 …). */
    public static int execute(RustProgram program, String[] args, PrintStream out, PrintStream err) {
        throw new UnsupportedOperationException("Launcher.execute is being written");
    }

    /** Entry point of a runnable jar: runs the program and exits the JVM with its status. */
    public static void launch(RustProgram program, String[] args) {
        System.exit(execute(program, args, System.out, System.err));
    }
}
