package org.jrustc.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.jrustc.driver.Version;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The {@code jrustc} command: {@code build}, {@code run} and {@code check} a Rust file. Exit
 * status 0 when all went well, 1 after compile errors (the program's own status for {@code run}),
 * 2 for a bad command line, 101 when jrustc itself failed (reported in one line, never as a Java
 * stack trace).
 */
@Command(name = "jrustc", mixinStandardHelpOptions = true, version = "jrustc " + Version.NUMBER,
        description = "Compiles a subset of Rust to JVM bytecode.",
        footer = {"", "Examples:",
                "  jrustc run hello.rs             compile and run at once",
                "  jrustc build hello.rs           write hello.jar; then: java -jar hello.jar",
                "  jrustc build --emit=mir x.rs    print the MIR of every function",
                "  jrustc check x.rs               report errors only"})
public final class Main implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    public static void main(String[] args) {
        System.exit(execute(args, System.out, System.err));
    }

    /** Runs one command line with the given streams and returns the exit status. */
    public static int execute(String[] args, PrintStream out, PrintStream err) {
        Console console = new Console(out, err);
        try {
            CommandLine cli = new CommandLine(new Main())
                    .addSubcommand(new CommandLine.HelpCommand())
                    .addSubcommand(new BuildCommand(console))
                    .addSubcommand(new RunCommand(console))
                    .addSubcommand(new CheckCommand(console));
            cli.setCaseInsensitiveEnumValuesAllowed(true);
            cli.setOut(new PrintWriter(out, true));
            cli.setErr(new PrintWriter(err, true));
            cli.setParameterExceptionHandler(Main::usageError);
            cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> InternalErrorReport.print(e, err));
            return cli.execute(args);
        } catch (Throwable t) {
            return InternalErrorReport.print(t, err);
        } finally {
            out.flush();
            err.flush();
        }
    }

    /** A bad command line: what is wrong, the command's synopsis, and where to find more. */
    private static int usageError(CommandLine.ParameterException e, String[] args) {
        CommandLine command = e.getCommandLine();
        PrintWriter err = command.getErr();
        err.println("error: " + e.getMessage());
        err.println();
        err.print("Usage: " + command.getHelp().synopsis("Usage: ".length()));
        err.println();
        err.println("For more information, try `" + command.getCommandSpec().qualifiedName() + " --help`.");
        return ExitCodes.USAGE;
    }

    /** {@code jrustc} with no command: a usage error. */
    @Override
    public Integer call() {
        spec.commandLine().getErr().println("error: no command given: use `jrustc run FILE.rs`, `build` or `check`");
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCodes.USAGE;
    }
}
