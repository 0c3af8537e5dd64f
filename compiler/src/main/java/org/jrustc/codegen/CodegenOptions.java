package org.jrustc.codegen;

/**
 * Choices that change the generated code.
 *
 * @param trace generate the calls that report memory to the runtime's tracer (docs/TRACE.md); without
 *              it the code has no trace calls at all, so untraced programs pay nothing for the trace
 */
public record CodegenOptions(boolean trace) {
    public static final CodegenOptions DEFAULT = new CodegenOptions(false);
}
