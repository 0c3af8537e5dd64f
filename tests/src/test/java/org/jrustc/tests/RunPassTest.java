package org.jrustc.tests;

import java.nio.file.Path;
import java.util.stream.Stream;
import org.jrustc.codegen.GeneratedProgram;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every {@code tests/run-pass/**}{@code /NAME.rs} compiles, its classes verify, and run in-process it
 * prints exactly {@code NAME.stdout} and exits with {@code NAME.exit} (0 when absent).
 */
class RunPassTest {

    @TestFactory
    Stream<DynamicTest> runPass() {
        return Corpus.tests(Corpus.programs("tests/run-pass"), program -> () -> compileVerifyRun(program));
    }

    static void compileVerifyRun(Path program) {
        GeneratedProgram generated = Programs.compileOrFail(program);
        Programs.verifyOrFail(generated);
        Programs.assertBehavesLikeRustc(program, Programs.runInProcess(generated));
    }
}
