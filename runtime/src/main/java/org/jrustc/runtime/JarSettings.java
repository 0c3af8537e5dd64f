package org.jrustc.runtime;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Properties;
import org.jrustc.runtime.trace.TraceFormat;
import org.jrustc.runtime.trace.TraceOptions;

/**
 * How a runnable jar runs its program, as given to {@code jrustc build} ({@code --memory-size},
 * {@code --trace-format}, {@code --trace-out}): a properties file in the jar, absent when every
 * setting is the default.
 */
public record JarSettings(long memorySize, TraceOptions trace) {
    /** The settings' path inside the jar. */
    public static final String RESOURCE = "jrustc-launch.properties";
    public static final JarSettings DEFAULT = new JarSettings(Machine.DEFAULT_MEMORY_SIZE, TraceOptions.DEFAULT);

    private static final String MEMORY_SIZE = "memory-size";
    private static final String TRACE_FORMAT = "trace-format";
    private static final String TRACE_OUT = "trace-out";

    /**
     * The properties file's bytes: always the same for the same settings (no date comment), and
     * ASCII (a path outside Latin-1 is written with {@code \\uXXXX} escapes, as properties files are).
     */
    public byte[] encode() {
        Properties p = new Properties();
        p.setProperty(MEMORY_SIZE, Long.toString(memorySize));
        p.setProperty(TRACE_FORMAT, trace.format().name().toLowerCase(Locale.ROOT));
        if (trace.outPath() != null) p.setProperty(TRACE_OUT, trace.outPath());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            p.store(bytes, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        StringBuilder lines = new StringBuilder();
        bytes.toString(StandardCharsets.ISO_8859_1).lines().filter(line -> !line.startsWith("#")).sorted()
                .forEach(line -> lines.append(line).append('\n'));
        return lines.toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    /** The settings stored in the jar this runtime was loaded from, or the defaults. */
    static JarSettings ofThisJar() {
        try (InputStream in = JarSettings.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) return DEFAULT;
            Properties p = new Properties();
            p.load(in);
            TraceFormat format = TraceFormat.valueOf(p.getProperty(TRACE_FORMAT, "text").toUpperCase(Locale.ROOT));
            return new JarSettings(Long.parseLong(p.getProperty(MEMORY_SIZE)),
                    new TraceOptions(format, p.getProperty(TRACE_OUT)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }
}
