package org.jrustc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line's own behaviour: help, version, exit statuses and the messages rustc would give. */
class MainTest {

    record Result(int exit, String out, String err) {}

    private static Result jrustc(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = Main.execute(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static String rustcOutput(String resource) throws IOException {
        try (InputStream in = MainTest.class.getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void versionAndHelp() {
        assertEquals(new Result(0, "jrustc 0.1.0\n", ""), jrustc("--version"));
        Result help = jrustc("--help");
        assertEquals(0, help.exit());
        assertTrue(help.out().startsWith("Usage: jrustc"), help.out());
        Result buildHelp = jrustc("build", "--help");
        assertEquals(0, buildHelp.exit());
        assertTrue(buildHelp.out().contains("--emit"), buildHelp.out());
    }

    @Test
    void badCommandLinesExitWith2() {
        for (String[] args : new String[][] {{}, {"frobnicate"}, {"check"}, {"build", "--emit=llvm", "x.rs"},
                {"check", "--error-format=json", "x.rs"}, {"run", "--no-such-option", "x.rs"}}) {
            Result r = jrustc(args);
            assertEquals(2, r.exit(), String.join(" ", args) + ":\n" + r.err());
            assertTrue(r.err().startsWith("error: "), r.err());
            assertEquals("", r.out());
        }
    }

    @Test
    void missingFileIsReportedAsRustcDoes() throws IOException {
        Result human = jrustc("check", "no-such-file.rs");
        assertEquals(new Result(1, "", rustcOutput("missing-file.stderr")), human);
        Result short_ = jrustc("build", "--error-format=short", "no-such-file.rs");
        assertEquals(new Result(1, "", rustcOutput("missing-file.short.stderr")), short_);
    }

    @Test
    void invalidUtf8IsReportedAsRustcDoes() throws IOException {
        Result r = jrustc("check", "src/test/resources/org/jrustc/cli/invalid-utf8.rs");
        assertEquals(new Result(1, "", rustcOutput("invalid-utf8.stderr")), r);
    }

    @Test
    void compileErrorsExitWith1AndNothingIsWritten(@TempDir Path dir) throws IOException {
        Path source = dir.resolve("bad.rs");
        Files.writeString(source, "fn main() {\n    let x: i32 = true;\n}\n");
        Path jar = dir.resolve("bad.jar");
        Result r = jrustc("build", source.toString(), "-o", jar.toString());
        assertEquals(1, r.exit(), r.err());
        assertTrue(r.err().startsWith("error"), r.err());
        assertTrue(r.err().contains("error: aborting due to "), r.err());
        assertFalse(r.err().contains("\tat "), r.err());
        assertFalse(Files.exists(jar));
    }

    @Test
    void internalErrorsAreOneLineAndExit101() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Exception bug = new CompilerBug("compiling `x.rs`", new IllegalStateException("no layout for `Foo`"));
        int exit = InternalErrorReport.print(bug, new PrintStream(err, true, StandardCharsets.UTF_8));
        String text = err.toString(StandardCharsets.UTF_8);
        assertEquals(101, exit);
        assertEquals("error: internal compiler error: IllegalStateException: no layout for `Foo`",
                text.lines().findFirst().get());
        assertTrue(text.contains("note: while compiling `x.rs`"), text);
        assertTrue(text.contains("note: thrown at org.jrustc.cli.MainTest."), text);
        assertFalse(text.contains("\tat "), text);
    }

    @Test
    void defaultJarIsNamedAfterTheSourceInTheCurrentFolder() {
        assertEquals("hello.jar", BuildCommand.defaultJarName("src/hello.rs"));
        assertEquals("main.jar", BuildCommand.defaultJarName("main"));
    }
}
