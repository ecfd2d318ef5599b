package org.interdict.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code interdict} command. Exit codes: 0 success, 1 failure, 2 bad usage. Errors are one line on
 * stderr; {@code --verbose} adds the stack trace.
 */
@Command(name = "interdict", mixinStandardHelpOptions = true, version = "interdict 0.1.0",
        description = "Extracts arms seizure and transfer events from reporting, and searches them.",
        subcommands = {DemoCommand.class, ExtractCommand.class, SearchCommand.class, EvalCommand.class, BenchCommand.class, ImportUnListCommand.class, CommandLine.HelpCommand.class})
public final class Main {

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns the exit code (for tests: no System.exit). */
    public static int run(String... args) {
        CommandLine commandLine = new CommandLine(new Main());
        commandLine.setExecutionExceptionHandler((e, cmd, parseResult) -> {
            boolean verbose = parseResult.subcommand() != null && parseResult.subcommand().hasMatchedOption("--verbose");
            if (verbose) {
                e.printStackTrace(cmd.getErr());
            } else {
                cmd.getErr().println("interdict: " + oneLine(e));
            }
            return e instanceof IllegalArgumentException ? 2 : 1;
        });
        return commandLine.execute(args);
    }

    private static String oneLine(Throwable e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.lines().findFirst().orElse(message);
    }
}
