package org.jrustc.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.jrustc.driver.BytecodePrinter;
import org.jrustc.driver.Compilation;
import org.jrustc.driver.JarWriter;
import org.jrustc.mir.MirPrinter;
import org.jrustc.mir.MirProgram;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code jrustc build FILE.rs [-o OUT.jar]}: compiles to a runnable jar (with {@code --trace}, one
 * that prints its trace when run), or with {@code --emit} prints what a pass produced (the MIR, or the
 * generated classes as text).
 */
@Command(name = "build", mixinStandardHelpOptions = true,
        description = "Compile FILE to a runnable jar (java -jar OUT.jar), or print an intermediate form.")
final class BuildCommand implements Callable<Integer> {

    /** What {@code build} produces. */
    enum Emit { JAR, MIR, BYTECODE }

    private final Console console;

    @Parameters(index = "0", paramLabel = "FILE.rs", description = "The Rust source file.")
    String file;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT",
            description = "Where to write (default: FILE's name with .jar, in the current folder; "
                    + "with --emit=mir or bytecode: standard output).")
    Path output;

    @Option(names = "--emit", paramLabel = "jar|mir|bytecode",
            description = "jar (default), mir (the MIR of every function, as built and after drop elaboration) "
                    + "or bytecode (the classes, as ASM's Textifier prints them).")
    Emit emit = Emit.JAR;

    @Mixin
    ErrorFormatOption errorFormat = new ErrorFormatOption();

    @Mixin
    RunSettingsOptions settings = new RunSettingsOptions();

    BuildCommand(Console console) { this.console = console; }

    @Override
    public Integer call() {
        Compilation compilation = CompileStep.compile(file, errorFormat.format, settings.codegen(), console);
        if (compilation == null) return ExitCodes.COMPILE_ERROR;
        return switch (emit) {
            case JAR -> writeJar(compilation);
            case MIR -> emitText("// MIR as built: every drop scheduled, none elaborated yet\n\n"
                    + MirPrinter.print(compilation.builtMir())
                    + "\n// MIR after drop elaboration: drops of moved values removed, drop flags added\n\n"
                    + MirPrinter.print(mirOf(compilation)));
            case BYTECODE -> emitText(BytecodePrinter.print(compilation.program()));
        };
    }

    private MirProgram mirOf(Compilation compilation) {
        if (compilation.mir() == null) {
            throw new CompilerBug("building `" + file + "`", new IllegalStateException("the compilation kept no MIR"));
        }
        return compilation.mir();
    }

    private int writeJar(Compilation compilation) {
        Path jar = output != null ? output : Path.of(defaultJarName(file));
        try {
            JarWriter.write(compilation.program(), settings.jarSettings(), jar);
            return ExitCodes.OK;
        } catch (IOException e) {
            return cannotWrite(jar, e);
        }
    }

    private int emitText(String text) {
        if (output == null) {
            console.out().print(text);
            console.out().flush();
            return ExitCodes.OK;
        }
        try {
            Files.writeString(output, text, StandardCharsets.UTF_8);
            return ExitCodes.OK;
        } catch (IOException e) {
            return cannotWrite(output, e);
        }
    }

    /** rustc's wording when it cannot write its output. */
    private int cannotWrite(Path path, IOException e) {
        String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        console.err().print("error: couldn't create `" + path + "`: " + reason + "\n\n"
                + "error: aborting due to 1 previous error\n\n");
        console.err().flush();
        return ExitCodes.COMPILE_ERROR;
    }

    /** {@code src/hello.rs} → {@code hello.jar}, in the current folder as rustc puts its binary. */
    static String defaultJarName(String source) {
        String name = Path.of(source).getFileName().toString();
        if (name.endsWith(".rs")) name = name.substring(0, name.length() - 3);
        return name + ".jar";
    }
}
