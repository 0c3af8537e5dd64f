package org.jrustc.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code jrustc check FILE.rs}: reports the file's errors without writing anything. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Check FILE for errors without building it.")
final class CheckCommand implements Callable<Integer> {
    private final Console console;

    @Parameters(index = "0", paramLabel = "FILE.rs", description = "The Rust source file.")
    String file;

    @Mixin
    ErrorFormatOption errorFormat = new ErrorFormatOption();

    CheckCommand(Console console) { this.console = console; }

    @Override
    public Integer call() {
        return CompileStep.compile(file, errorFormat.format, console) == null ? ExitCodes.COMPILE_ERROR : ExitCodes.OK;
    }
}
