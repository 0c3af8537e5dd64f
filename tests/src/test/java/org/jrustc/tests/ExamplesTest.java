package org.jrustc.tests;

import java.nio.file.Files;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Every {@code examples/**}{@code /NAME.rs} that has a {@code NAME.stdout} beside it runs like a run-pass program. */
class ExamplesTest {

    @TestFactory
    Stream<DynamicTest> examples() {
        var programs = Corpus.programs("examples").stream()
                .filter(p -> Files.exists(Corpus.sibling(p, ".stdout")))
                .toList();
        return Corpus.tests(programs, program -> () -> RunPassTest.compileVerifyRun(program));
    }
}
