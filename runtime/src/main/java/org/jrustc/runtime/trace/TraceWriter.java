package org.jrustc.runtime.trace;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/**
 * Writes snapshots in one format, as UTF-8 whatever the platform's charset (the tables have
 * {@code →}). The first write error stops the writing and is kept for the launcher to report: a
 * trace that silently stops would look complete.
 */
public final class TraceWriter implements Consumer<Snapshot> {
    private final OutputStream out;
    private final TraceFormat format;
    private final boolean flushEach;
    private IOException failure;

    /** @param flushEach flush after every snapshot (on stderr, where the program's panic messages also go) */
    public TraceWriter(OutputStream out, TraceFormat format, boolean flushEach) {
        this.out = out;
        this.format = format;
        this.flushEach = flushEach;
    }

    @Override
    public void accept(Snapshot snapshot) {
        if (failure != null) return;
        try {
            out.write(format.render(snapshot).getBytes(StandardCharsets.UTF_8));
            if (flushEach) out.flush();
            if (out instanceof java.io.PrintStream p && p.checkError()) throw new IOException("write error");
        } catch (IOException e) {
            failure = e;
        }
    }

    /** Flushes, and closes the stream when {@code closeStream} (a file of the trace's own). */
    public void close(boolean closeStream) {
        try {
            out.flush();
            if (closeStream) out.close();
            if (failure == null && out instanceof java.io.PrintStream p && p.checkError()) throw new IOException("write error");
        } catch (IOException e) {
            if (failure == null) failure = e;
        }
    }

    /** The first write that failed, or null. */
    public IOException failure() { return failure; }
}
