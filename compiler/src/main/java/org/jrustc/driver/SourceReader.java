package org.jrustc.driver;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CoderResult;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.jrustc.diag.Diagnostic;
import org.jrustc.diag.SourceFile;
import org.jrustc.diag.Span;

/** Reads a {@code .rs} file as UTF-8, or explains in rustc's words why it cannot. */
public final class SourceReader {
    private SourceReader() {}

    /**
     * Why a file could not be read, as the diagnostic rustc gives ({@code couldn't read `x.rs`: ...}),
     * with the text its span points into (what could be decoded of the file, or nothing).
     */
    public static final class Unreadable extends Exception {
        private final transient Diagnostic diagnostic;
        private final transient SourceFile source;

        Unreadable(Diagnostic diagnostic, SourceFile source) {
            super(diagnostic.message(), null, false, false);
            this.diagnostic = diagnostic;
            this.source = source;
        }

        public Diagnostic diagnostic() { return diagnostic; }

        public SourceFile source() { return source; }
    }

    /** The file at {@code path}; its display path is {@code path} as given, like rustc's. */
    public static SourceFile read(String path) throws Unreadable {
        Path file = Path.of(path);
        String prefix = "couldn't read `" + path + "`: ";
        if (Files.isDirectory(file)) throw unreadable(path, prefix + "Is a directory (os error 21)");
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw unreadable(path, prefix + "No such file or directory (os error 2)");
        } catch (AccessDeniedException e) {
            throw unreadable(path, prefix + "Permission denied (os error 13)");
        } catch (IOException e) {
            throw unreadable(path, prefix + e.getMessage());
        }
        int invalid = firstInvalidByte(bytes);
        if (invalid < 0) {
            String text = new String(bytes, StandardCharsets.UTF_8);
            return new SourceFile(path, text.startsWith("\uFEFF") ? text.substring(1) : text);
        }
        throw invalidUtf8(path, prefix + "stream did not contain valid UTF-8", bytes, invalid);
    }

    /**
     * rustc points at the first bad byte in the text decoded with replacement characters, or, when
     * the file starts with it, says only where it is.
     */
    private static Unreadable invalidUtf8(String path, String message, byte[] bytes, int invalid) {
        if (invalid == 0) {
            Diagnostic d = Diagnostic.error(null, message, Span.NONE).withNote("note: invalid utf-8 at byte `0`");
            return new Unreadable(d, new SourceFile(path, ""));
        }
        int offset = new String(bytes, 0, invalid, StandardCharsets.UTF_8).length();
        String lossy = new String(bytes, StandardCharsets.UTF_8);
        Diagnostic d = Diagnostic.error(null, message, new Span(offset, offset + 1),
                "byte `" + (bytes[invalid] & 0xFF) + "` is not valid utf-8");
        return new Unreadable(d, new SourceFile(path, lossy));
    }

    private static Unreadable unreadable(String path, String message) {
        return new Unreadable(Diagnostic.error(null, message, Span.NONE), new SourceFile(path, ""));
    }

    /** The offset of the first byte that is not part of valid UTF-8, or -1 when the file is valid UTF-8. */
    private static int firstInvalidByte(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) return in.position();
        return decoder.flush(out).isError() ? in.position() : -1;
    }
}
