package org.jrustc.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.jrustc.cli.Main;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code jrustc} command line as a user meets it: help, version, exit statuses, error output. */
class CliTest {

    /** What one command line did. */
    record Result(int exit, String out, String err) {}

    static Result jrustc(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = Main.execute(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static void assertNoJavaStackTrace(String text) {
        assertFalse(text.contains("\tat ") || text.contains("Exception in thread"), () -> "a Java stack trace:\n" + text);
    }

    @Test
    void helpListsTheCommands() {
        Result r = jrustc("--help");
        assertEquals(0, r.exit());
        for (String word : List.of("Usage: jrustc", "build", "run", "check")) {
            assertTrue(r.out().contains(word), () -> "--help lacks `" + word + "`:\n" + r.out());
        }
    }

    @Test
    void version() {
        Result r = jrustc("--version");
        assertEquals(0, r.exit());
        assertEquals("jrustc 0.1.0\n", r.out().replace("\r\n", "\n"));
    }

    @Test
    void badOptionIsAUsageError() {
        Result r = jrustc("build", "--no-such-option", "x.rs");
        assertEquals(2, r.exit(), r.err());
        assertTrue(r.err().startsWith("error: "), r.err());
        assertNoJavaStackTrace(r.err());
    }

    @Test
    void missingCommandIsAUsageError() {
        assertEquals(2, jrustc().exit());
        assertEquals(2, jrustc("check").exit());
    }

    @Test
    void missingFileIsReportedInRustcWords() {
        Result r = jrustc("check", "no-such-file.rs");
        assertEquals(1, r.exit());
        assertEquals("error: couldn't read `no-such-file.rs`: No such file or directory (os error 2)",
                r.err().lines().findFirst().orElse(""));
        assertNoJavaStackTrace(r.err());
    }

    @Test
    void checkRendersCompileErrors() {
        List<Path> programs = Corpus.programs("tests/compile-fail");
        Path program = programs.stream().filter(p -> p.getFileName().toString().startsWith("e0308")).findFirst()
                .orElse(programs.get(0));
        String path = program.toString();
        Result r = jrustc("check", path);
        assertEquals(1, r.exit(), r.err());
        assertTrue(r.err().startsWith("error"), r.err());
        assertTrue(r.err().contains(" --> " + path + ":"), () -> "no ` --> " + path + ":LINE:COL`:\n" + r.err());
        assertTrue(r.err().contains("error: aborting due to "), r.err());
        assertNoJavaStackTrace(r.err());
        assertEquals("", r.out());
    }

    @Test
    void runTraceWritesTheChaptersTablesToStderr() {
        Path program = Corpus.root().resolve("tests/trace/chapter/06-complex.rs");
        Result r = jrustc("run", "--trace", program.toString());
        assertEquals(0, r.exit(), r.err());
        assertEquals("", r.out(), "the trace must not mix with the program's stdout");
        assertEquals(Corpus.readString(Corpus.sibling(program, ".trace")), r.err());
    }

    @Test
    void traceOutWritesAFileAndLeavesStderrAlone(@TempDir Path dir) throws java.io.IOException {
        Path program = Corpus.root().resolve("tests/trace/chapter/05-borrowing.rs");
        Path out = dir.resolve("trace.jsonl");
        Result r = jrustc("run", "--trace-format", "json", "--trace-out", out.toString(), program.toString());
        assertEquals(0, r.exit(), r.err());
        assertEquals("", r.err());
        List<String> lines = java.nio.file.Files.readAllLines(out);
        assertEquals(3, lines.size(), String.join("\n", lines));
        assertTrue(lines.get(0).startsWith("{\"event\":\"call\",\"caption\":\"main() calls foo()\""), lines.get(0));
    }

    @Test
    void badTraceSettingsAreUsageErrors() {
        String program = Corpus.root().resolve("tests/trace/chapter/04-box.rs").toString();
        for (String[] args : List.of(new String[] {"run", "--trace-format", "xml", program},
                new String[] {"run", "--memory-size", "1", program},
                new String[] {"build", "--memory-size", "lots", program})) {
            Result r = jrustc(args);
            assertEquals(2, r.exit(), String.join(" ", args) + "\n" + r.err());
            assertTrue(r.err().startsWith("error: Invalid value for option"), r.err());
            assertNoJavaStackTrace(r.err());
        }
    }

    @Test
    void unwritableTraceFileIsReportedBeforeTheProgramRuns(@TempDir Path dir) {
        String program = Corpus.root().resolve("tests/trace/chapter/04-box.rs").toString();
        Result r = jrustc("run", "--trace-out", dir.resolve("no/such/dir/t.txt").toString(), program);
        assertEquals(73, r.exit(), r.err());
        assertTrue(r.err().startsWith("error: cannot write the trace to `"), r.err());
        assertNoJavaStackTrace(r.err());
    }

    @Test
    void aFailedTraceWriteIsReported() {
        Assumptions.assumeTrue(java.nio.file.Files.exists(Path.of("/dev/full")), "needs /dev/full");
        String program = Corpus.root().resolve("tests/trace/chapter/04-box.rs").toString();
        Result r = jrustc("run", "--trace-out", "/dev/full", program);
        assertEquals(73, r.exit(), r.err());
        assertTrue(r.err().startsWith("error: cannot write the trace to `/dev/full`: "), r.err());
    }
}
