package org.jrustc.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.jrustc.driver.Compilation;
import org.jrustc.driver.ProgramLoader;
import org.jrustc.runtime.Launcher;
import org.jrustc.runtime.RustProgram;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code jrustc run [--trace] FILE.rs [-- ARGS...]}: compiles in memory, runs the program in this JVM
 * and exits with the program's status (101 after a panic, like a Rust program).
 */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Compile FILE and run it at once, passing ARGS to the program.")
final class RunCommand implements Callable<Integer> {
    private final Console console;

    @Parameters(index = "0", paramLabel = "FILE.rs", description = "The Rust source file.")
    String file;

    @Parameters(index = "1..*", paramLabel = "ARGS", description = "Arguments for the program (put them after `--`).")
    List<String> programArgs = new ArrayList<>();

    @Mixin
    ErrorFormatOption errorFormat = new ErrorFormatOption();

    @Mixin
    RunSettingsOptions settings = new RunSettingsOptions();

    RunCommand(Console console) { this.console = console; }

    @Override
    public Integer call() {
        Compilation compilation = CompileStep.compile(file, errorFormat.format, settings.codegen(), console);
        if (compilation == null) return ExitCodes.COMPILE_ERROR;
        RustProgram program;
        try {
            program = ProgramLoader.load(compilation.program());
        } catch (RuntimeException | LinkageError e) {
            throw new CompilerBug("loading the classes compiled from `" + file + "`", e);
        }
        try {
            return Launcher.execute(program, programArgs.toArray(new String[0]), console.out(), console.err(),
                    settings.memorySize, settings.traceOptions());
        } catch (RuntimeException | LinkageError e) {
            throw new CompilerBug("running `" + file + "`", e);
        } finally {
            console.out().flush();
            console.err().flush();
        }
    }
}
