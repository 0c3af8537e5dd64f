package org.jrustc.driver;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.jrustc.runtime.Launcher;

/**
 * The files of the {@code org.jrustc.runtime} package, read from wherever this JVM loaded the
 * runtime from: {@code runtime/target/classes} during development, the jrustc tool jar once built.
 * They are what a runnable jar needs besides the program's own classes.
 */
public final class RuntimeClasses {
    static final String PACKAGE_FOLDER = "org/jrustc/runtime/";

    private RuntimeClasses() {}

    /** Every file under {@code org/jrustc/runtime/}, by its path in a jar, in name order. */
    public static Map<String, byte[]> read() {
        Path location = location();
        try {
            return Files.isDirectory(location) ? fromDirectory(location) : fromJar(location);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the jrustc runtime from " + location, e);
        }
    }

    private static Path location() {
        try {
            return Path.of(Launcher.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException("the jrustc runtime has a location that is not a path", e);
        }
    }

    private static Map<String, byte[]> fromDirectory(Path root) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        Path folder = root.resolve(PACKAGE_FOLDER);
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path file : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
                String name = root.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
                files.put(name, Files.readAllBytes(file));
            }
        }
        return files;
    }

    private static Map<String, byte[]> fromJar(Path jar) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (JarFile file = new JarFile(jar.toFile())) {
            Enumeration<JarEntry> entries = file.entries();
            while (entries.hasMoreElements()) {
                JarEntry entry = entries.nextElement();
                if (entry.isDirectory() || !entry.getName().startsWith(PACKAGE_FOLDER)) continue;
                try (InputStream in = file.getInputStream(entry)) {
                    files.put(entry.getName(), in.readAllBytes());
                }
            }
        }
        return files;
    }
}
