package org.jrustc.driver;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.jrustc.codegen.GeneratedProgram;
import org.jrustc.runtime.JarSettings;

/**
 * Writes a compiled program as a runnable jar ({@code java -jar out.jar}): a manifest naming the
 * program's main class, the program's classes, the jrustc runtime, and the run settings when they
 * are not the defaults, so nothing else is needed.
 * The same program always gives the same bytes (sorted entries, fixed timestamps).
 */
public final class JarWriter {
    /** 1980-01-01, the earliest time a zip entry can hold: a fixed date makes builds reproducible. */
    private static final long FIXED_TIME = 315532800000L;

    private JarWriter() {}

    public static void write(GeneratedProgram program, Path jar) throws IOException {
        write(program, JarSettings.DEFAULT, jar);
    }

    /** A jar whose program runs with {@code settings} (memory size, trace format and file). */
    public static void write(GeneratedProgram program, JarSettings settings, Path jar) throws IOException {
        Path parent = jar.toAbsolutePath().getParent();
        if (parent != null) Files.createDirectories(parent);
        try (OutputStream out = Files.newOutputStream(jar)) {
            write(program, settings, out);
        }
    }

    private static void write(GeneratedProgram program, JarSettings settings, OutputStream out) throws IOException {
        Map<String, byte[]> entries = new TreeMap<>(RuntimeClasses.read());
        for (Map.Entry<String, byte[]> c : program.classes().entrySet()) entries.put(c.getKey() + ".class", c.getValue());
        if (!settings.equals(JarSettings.DEFAULT)) entries.put(JarSettings.RESOURCE, settings.encode());
        try (JarOutputStream jar = new JarOutputStream(out)) {
            JarEntry manifestEntry = new JarEntry("META-INF/MANIFEST.MF");
            manifestEntry.setTime(FIXED_TIME);
            jar.putNextEntry(manifestEntry);
            manifest(program).write(jar);
            jar.closeEntry();
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                JarEntry entry = new JarEntry(e.getKey());
                entry.setTime(FIXED_TIME);
                jar.putNextEntry(entry);
                jar.write(e.getValue());
                jar.closeEntry();
            }
        }
    }

    private static Manifest manifest(GeneratedProgram program) {
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.put(Attributes.Name.MAIN_CLASS, program.mainClass().replace('/', '.'));
        main.put(new Attributes.Name("Created-By"), "jrustc " + Version.NUMBER);
        return manifest;
    }
}
