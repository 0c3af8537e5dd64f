package org.jrustc.runtime;

import java.io.BufferedOutputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import org.jrustc.runtime.trace.TraceOptions;
import org.jrustc.runtime.trace.TraceTable;
import org.jrustc.runtime.trace.TraceWriter;
import org.jrustc.runtime.trace.Tracer;

/**
 * Runs a compiled program on a fresh {@link Machine}, on a thread with a stack deep enough for the
 * machine's own stack limit to be reached first, and turns how it ended into Rust's exit status:
 * 0 (returned), 101 (panicked), 134 (aborted), or 70 when jrustc itself failed.
 */
public final class Launcher {
    public static final int EXIT_SUCCESS = 0;
    public static final int EXIT_PANIC = 101;
    public static final int EXIT_ABORT = 134;
    /** EX_SOFTWARE: a bug in jrustc, not in the Rust program. */
    public static final int EXIT_INTERNAL_ERROR = 70;
    /** EX_CANTCREAT: the trace file could not be created; the program did not run. */
    public static final int EXIT_CANNOT_WRITE_TRACE = 73;

    /** Asked of the JVM for the program's thread: generated frames are small, but 100,000 deep must fit. */
    private static final long THREAD_STACK_BYTES = 2L << 30;

    private Launcher() {}

    /** Runs the program in this JVM with the given streams and returns its exit status (0, 101 …). */
    public static int execute(RustProgram program, String[] args, PrintStream out, PrintStream err) {
        return execute(program, args, out, err, Machine.DEFAULT_MEMORY_SIZE);
    }

    /** Like {@link #execute(RustProgram, String[], PrintStream, PrintStream)} on a machine of {@code memorySize} cells. */
    public static int execute(RustProgram program, String[] args, PrintStream out, PrintStream err, long memorySize) {
        return execute(program, args, out, err, memorySize, TraceOptions.DEFAULT);
    }

    /**
     * Runs the program on a machine of {@code memorySize} cells. A program compiled with --trace
     * writes its trace as {@code trace} says; other programs ignore {@code trace}.
     */
    public static int execute(RustProgram program, String[] args, PrintStream out, PrintStream err, long memorySize,
                              TraceOptions trace) {
        Machine machine = new Machine(program.staticData(), out, err, memorySize);
        String table = program.traceTable();
        if (table == null) return finish(runOnItsOwnThread(program, machine, err), out);
        OutputStream sink;
        try {
            sink = trace.outPath() == null ? err : new BufferedOutputStream(new FileOutputStream(trace.outPath()));
        } catch (IOException e) {
            return cannotWriteTrace(trace, e, err);
        }
        TraceWriter writer = new TraceWriter(sink, trace.format(), sink == err);
        machine.attachTracer(new Tracer(machine, TraceTable.decode(table), writer));
        int status;
        try {
            status = runOnItsOwnThread(program, machine, err);
        } finally {
            writer.close(sink != err);
        }
        if (writer.failure() != null) {
            IOException e = writer.failure();
            int failed = cannotWriteTrace(trace, e, err);
            return status == EXIT_SUCCESS ? failed : status;
        }
        return finish(status, out);
    }

    private static int finish(int status, PrintStream out) {
        out.flush();
        return status;
    }

    /** The trace could not be written (its file cannot be created, or a write failed). */
    private static int cannotWriteTrace(TraceOptions trace, IOException e, PrintStream err) {
        String where = trace.outPath() == null ? "stderr" : "`" + trace.outPath() + "`";
        err.println("error: cannot write the trace to " + where + ": " + e.getMessage());
        err.flush();
        return EXIT_CANNOT_WRITE_TRACE;
    }


    private static int runOnItsOwnThread(RustProgram program, Machine machine, PrintStream err) {
        int[] status = {EXIT_INTERNAL_ERROR};
        Thread thread = new Thread(null, () -> status[0] = run(program, machine, err), "main", THREAD_STACK_BYTES);
        // A program that never ends must not keep the JVM alive once its caller gives up on it.
        thread.setDaemon(true);
        thread.start();
        boolean interrupted = false;
        while (true) {
            try {
                thread.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) Thread.currentThread().interrupt();
        return status[0];
    }

    /**
     * Entry point of a runnable jar: runs the program with the settings {@code jrustc build} stored in
     * the jar ({@link JarSettings}) and exits the JVM with its status.
     */
    public static void launch(RustProgram program, String[] args) {
        JarSettings settings = JarSettings.ofThisJar();
        System.exit(execute(program, args, System.out, System.err, settings.memorySize(), settings.trace()));
    }

    private static int run(RustProgram program, Machine machine, PrintStream err) {
        try {
            program.runMain(machine);
            machine.flushOut();
            return machine.exitStatus() == 0 ? EXIT_SUCCESS : machine.exitStatus();
        } catch (Panic panic) {
            machine.flushOut();
            return EXIT_PANIC;
        } catch (Abort abort) {
            return EXIT_ABORT;
        } catch (StackOverflowError e) {
            machine.stackOverflow();
            return EXIT_ABORT;
        } catch (Throwable t) {
            machine.flushOut();
            err.println("error: internal error in jrustc runtime: " + describe(t));
            err.println("note: this is a bug in jrustc, not in the Rust program");
            err.flush();
            return EXIT_INTERNAL_ERROR;
        }
    }

    /** The failure and the first place in compiled code (not in this runtime) that it passed through. */
    private static String describe(Throwable t) {
        String text = t instanceof MachineFault ? t.getMessage() : t.toString();
        for (StackTraceElement frame : t.getStackTrace()) {
            if (!frame.getClassName().startsWith(Launcher.class.getPackageName() + ".")) {
                return text + " (in " + frame + ")";
            }
        }
        return text;
    }
}
