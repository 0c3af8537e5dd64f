package org.jrustc.cli;

import org.jrustc.codegen.CodegenOptions;
import org.jrustc.runtime.JarSettings;
import org.jrustc.runtime.Machine;
import org.jrustc.runtime.trace.TraceFormat;
import org.jrustc.runtime.trace.TraceOptions;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** The options of {@code run} and {@code build} that say how the program runs: its memory and its trace. */
final class RunSettingsOptions {

    @Option(names = "--trace",
            description = "Report the program's stack and heap at every call and return, as the chapter's tables "
                    + "(on stderr unless --trace-out is given).")
    boolean trace;

    @Option(names = "--trace-out", paramLabel = "PATH", description = "Write the trace to PATH (implies --trace).")
    String traceOut;

    @Option(names = "--trace-format", paramLabel = "text|json", converter = FormatConverter.class,
            description = "text (default): the chapter's Address Name Value tables; json: one object per line "
                    + "(implies --trace).")
    TraceFormat traceFormat;

    @Option(names = "--memory-size", paramLabel = "N", converter = MemorySizeConverter.class,
            description = "Cells of memory; the heap grows down from N - 1 (default: 1073741824, 2^30).")
    long memorySize = Machine.DEFAULT_MEMORY_SIZE;

    boolean tracing() { return trace || traceOut != null || traceFormat != null; }

    CodegenOptions codegen() { return new CodegenOptions(tracing()); }

    TraceOptions traceOptions() {
        return new TraceOptions(traceFormat != null ? traceFormat : TraceFormat.TEXT, traceOut);
    }

    JarSettings jarSettings() {
        return new JarSettings(memorySize, tracing() ? traceOptions() : TraceOptions.DEFAULT);
    }

    static final class FormatConverter implements ITypeConverter<TraceFormat> {
        @Override
        public TraceFormat convert(String value) {
            return switch (value) {
                case "text" -> TraceFormat.TEXT;
                case "json" -> TraceFormat.JSON;
                default -> throw new TypeConversionException("must be `text` or `json` (instead was `" + value + "`)");
            };
        }
    }

    /** The machine needs room for a stack and a heap, and addresses its cells with ints. */
    static final class MemorySizeConverter implements ITypeConverter<Long> {
        @Override
        public Long convert(String value) {
            long n;
            try {
                n = Long.parseLong(value);
            } catch (NumberFormatException e) {
                throw new TypeConversionException("must be a number of cells (instead was `" + value + "`)");
            }
            if (n < 2 || n > Integer.MAX_VALUE) {
                throw new TypeConversionException("must be between 2 and 2147483647 (instead was `" + value + "`)");
            }
            return n;
        }
    }
}
