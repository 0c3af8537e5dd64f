package org.jrustc.tests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.function.Executable;
import org.opentest4j.AssertionFailedError;

/**
 * The test programs on disk: finds them, names them by their path from the repository root (the
 * name each dynamic test shows), and reads the expectations written beside them.
 */
final class Corpus {
    private Corpus() {}

    /** The repository root: the {@code jrustc.root} property that the tests' pom sets, else the parent folder. */
    static Path root() {
        String property = System.getProperty("jrustc.root");
        Path root = property != null ? Path.of(property) : Path.of("..");
        return root.toAbsolutePath().normalize();
    }

    /** Every {@code .rs} file under {@code folder} (relative to the root), at any depth, in path order. */
    static List<Path> programs(String folder) {
        return programs(folder, Integer.MAX_VALUE);
    }

    /** The {@code .rs} files under {@code folder} down to {@code depth} (1 = the folder's own files). */
    static List<Path> programs(String folder, int depth) {
        Path dir = root().resolve(folder);
        if (!Files.isDirectory(dir)) return List.of();
        try (Stream<Path> files = Files.walk(dir, depth)) {
            return files.filter(p -> p.toString().endsWith(".rs") && Files.isRegularFile(p)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code tests/run-pass/drop/nested_blocks.rs}: the program's path from the root, with forward slashes. */
    static String displayName(Path program) {
        return root().relativize(program).toString().replace('\\', '/');
    }

    /**
     * One dynamic test per program, named by its path. Surefire's console summary shows dynamic
     * tests by index ({@code runPass()[97]}), so every failure message starts with the path too.
     * (No file URI as test source: Surefire then cannot tell which class the tests belong to and
     * counts none of them.)
     */
    static Stream<DynamicTest> tests(List<Path> programs, Function<Path, Executable> test) {
        return programs.stream().map(p -> DynamicTest.dynamicTest(displayName(p), named(displayName(p), test.apply(p))));
    }

    private static Executable named(String name, Executable test) {
        return () -> {
            try {
                test.execute();
            } catch (AssertionError e) {
                String message = e.getMessage() == null ? "" : e.getMessage();
                if (message.startsWith(name)) throw e;
                throw new AssertionFailedError(name + ": " + message, e);
            } catch (Throwable e) {
                throw new AssertionFailedError(name + ": jrustc crashed: " + e, e);
            }
        };
    }

    /** A file beside the program with another extension ({@code NAME.stdout}). */
    static Path sibling(Path program, String extension) {
        String name = program.getFileName().toString();
        return program.resolveSibling(name.substring(0, name.length() - ".rs".length()) + extension);
    }

    static String readString(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] readBytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The exit status the program must end with: {@code NAME.exit} when present, else 0. */
    static int expectedExit(Path program) {
        Path exit = sibling(program, ".exit");
        return Files.exists(exit) ? Integer.parseInt(readString(exit).strip()) : 0;
    }

    /** The exact bytes the program must print on stdout ({@code NAME.stdout}). */
    static byte[] expectedStdout(Path program) {
        return readBytes(sibling(program, ".stdout"));
    }

    /**
     * What the program must print on stderr ({@code NAME.stderr}, written by tests/bless for programs
     * that exit non-zero), with thread ids replaced by {@code TID}; null when there is no such file.
     */
    static String expectedStderr(Path program) {
        Path stderr = sibling(program, ".stderr");
        return Files.exists(stderr) ? withoutThreadIds(readString(stderr)) : null;
    }

    /** {@code thread 'main' (12345) panicked} → {@code thread 'main' (TID) panicked}: the id is the OS's. */
    static String withoutThreadIds(String stderr) {
        return stderr.replaceAll("(?m)^thread '([^']*)' \\(\\d+\\)", "thread '$1' (TID)");
    }
}
