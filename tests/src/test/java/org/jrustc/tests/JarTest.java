package org.jrustc.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.jrustc.codegen.CodegenOptions;
import org.jrustc.codegen.GeneratedProgram;
import org.jrustc.driver.JarWriter;
import org.jrustc.runtime.JarSettings;
import org.jrustc.runtime.trace.TraceOptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * A few run-pass programs built into runnable jars ({@code jrustc build}) behave like rustc's build
 * when started with {@code java -jar} in a JVM of their own: a plain one, one with Drop, one that
 * panics. The jar holds the manifest, the program's classes and the runtime, nothing else.
 */
class JarTest {

    @TempDir
    Path jars;

    @TestFactory
    Stream<DynamicTest> jars() {
        List<Path> runPass = Corpus.programs("tests/run-pass");
        List<Path> sample = new ArrayList<>();
        pick(runPass, p -> Corpus.displayName(p).startsWith("tests/run-pass/basics/") && Corpus.expectedExit(p) == 0)
                .ifPresent(sample::add);
        pick(runPass, p -> Corpus.displayName(p).startsWith("tests/run-pass/drop/") && Corpus.expectedExit(p) == 0)
                .or(() -> pick(runPass, p -> Corpus.readString(p).contains("impl Drop") && Corpus.expectedExit(p) == 0))
                .ifPresent(sample::add);
        pick(runPass, p -> Corpus.expectedExit(p) == 101 && Corpus.readString(p).contains("impl Drop"))
                .or(() -> pick(runPass, p -> Corpus.expectedExit(p) == 101))
                .ifPresent(sample::add);
        return Corpus.tests(sample, program -> () -> buildAndRun(program));
    }

    /** A jar built with --trace prints the trace when run, with the memory size it was built with. */
    @Test
    void tracedJarPrintsItsTrace() throws IOException, InterruptedException {
        Path program = Corpus.root().resolve("tests/trace/chapter/06-complex.rs");
        GeneratedProgram generated = Programs.compileOrFail(program, new CodegenOptions(true));
        Path jar = jars.resolve("traced.jar");
        JarWriter.write(generated, new JarSettings(1 << 20, TraceOptions.DEFAULT), jar);
        Programs.Run run = runJar(jar);
        Programs.assertBehavesLikeRustc(program, new Programs.Run(run.stdout(), "", run.exitCode()));
        assertEquals(Corpus.readString(Corpus.sibling(program, ".trace")).replace("(2^30)", "(2^20)"), run.stderr());
    }

    private static Optional<Path> pick(List<Path> programs, Predicate<Path> wanted) {
        return programs.stream().filter(wanted).findFirst();
    }

    private void buildAndRun(Path program) throws IOException, InterruptedException {
        GeneratedProgram generated = Programs.compileOrFail(program);
        Path jar = jars.resolve(program.getFileName().toString().replace(".rs", ".jar"));
        JarWriter.write(generated, jar);
        assertOnlyProgramAndRuntime(jar, generated);

        Programs.assertBehavesLikeRustc(program, runJar(jar));
    }

    /** Runs {@code java -jar JAR} in a JVM of its own. */
    private Programs.Run runJar(Path jar) throws IOException, InterruptedException {
        Path stdout = jars.resolve("stdout");
        Path stderr = jars.resolve("stderr");
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(java.toString(), "-jar", jar.toString())
                .redirectOutput(stdout.toFile())
                .redirectError(stderr.toFile())
                .start();
        process.getOutputStream().close();
        if (!process.waitFor(Programs.TIMEOUT_SECONDS * 2, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail("java -jar " + jar.getFileName() + " did not finish within " + Programs.TIMEOUT_SECONDS * 2 + " s");
        }
        return new Programs.Run(Files.readAllBytes(stdout), Files.readString(stderr), process.exitValue());
    }

    private static void assertOnlyProgramAndRuntime(Path jar, GeneratedProgram program) throws IOException {
        try (JarFile file = new JarFile(jar.toFile())) {
            String mainClass = file.getManifest().getMainAttributes().getValue("Main-Class");
            assertTrue(program.mainClass().replace('/', '.').equals(mainClass), "Main-Class is " + mainClass);
            Enumeration<JarEntry> entries = file.entries();
            while (entries.hasMoreElements()) {
                String name = entries.nextElement().getName();
                boolean expected = name.equals("META-INF/MANIFEST.MF") || name.startsWith("org/jrustc/runtime/")
                        || program.classes().containsKey(name.replaceFirst("\\.class$", ""));
                assertTrue(expected, "unexpected entry in the jar: " + name);
            }
            assertTrue(file.getEntry("org/jrustc/runtime/Launcher.class") != null, "the jar lacks the runtime");
        }
    }
}
