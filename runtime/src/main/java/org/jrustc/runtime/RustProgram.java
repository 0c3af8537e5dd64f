package org.jrustc.runtime;

/**
 * A compiled Rust program. jrustc generates one class implementing this (with a public no-argument
 * constructor) per program; {@link Launcher} runs it.
 */
public interface RustProgram {
    /** Runs the program's {@code fn main} on the given machine. Panics escape as {@link Panic}. */
    void runMain(Machine machine);

    /** The bytes of the program's static data (string literals), laid out as codegen addressed them. */
    byte[] staticData();

    /**
     * For a program compiled with {@code --trace}: its encoded {@link org.jrustc.runtime.trace.TraceTable};
     * the program's code then reports to a tracer that {@link Launcher} attaches. Null otherwise.
     */
    default String traceTable() { return null; }
}
