package org.jrustc.mir.build;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Where rustc's debug build reports a panic that happens inside core's integer methods rather than
 * at the call ({@code x.pow(n)} overflowing): a line of the standard library, recorded from the real
 * rustc by {@code tests/bless-core-panics} into {@code core-panic-locations.tsv}.
 */
final class CorePanicLocations {
    private static final Map<String, String> LOCATIONS = load();

    private CorePanicLocations() {}

    /** The location for {@code method} on integer type {@code type}, or null when the panic is at the call. */
    static String of(String type, String method) {
        return LOCATIONS.get(type + "::" + method);
    }

    private static Map<String, String> load() {
        Map<String, String> locations = new HashMap<>();
        try (InputStream in = CorePanicLocations.class.getResourceAsStream("core-panic-locations.tsv")) {
            if (in == null) throw new IllegalStateException("core-panic-locations.tsv is missing from jrustc");
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] f = line.split("\t");
                locations.put(f[0] + "::" + f[1], f[2]);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(locations);
    }
}
