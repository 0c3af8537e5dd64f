package org.jrustc.codegen;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.jrustc.runtime.Machine;

/**
 * The program's static data: every distinct string literal's UTF-8 bytes, laid out one after the
 * other in one blob that the machine maps at {@link Machine#STATIC_BASE} (one byte per cell).
 */
final class StaticData {
    private final Map<String, Integer> offsets = new HashMap<>();
    private final ByteArrayOutputStream blob = new ByteArrayOutputStream();

    /** The address of the literal's first byte. */
    long address(String literal) {
        Integer offset = offsets.get(literal);
        if (offset == null) {
            offset = blob.size();
            offsets.put(literal, offset);
            blob.writeBytes(literal.getBytes(StandardCharsets.UTF_8));
        }
        return Machine.STATIC_BASE + offset;
    }

    static long byteLength(String literal) {
        return literal.getBytes(StandardCharsets.UTF_8).length;
    }

    byte[] bytes() { return blob.toByteArray(); }
}
