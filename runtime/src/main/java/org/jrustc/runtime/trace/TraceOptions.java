package org.jrustc.runtime.trace;

/**
 * Where and how a traced program writes its trace.
 *
 * @param outPath a file to write, or null for the program's stderr
 */
public record TraceOptions(TraceFormat format, String outPath) {
    public static final TraceOptions DEFAULT = new TraceOptions(TraceFormat.TEXT, null);
}
