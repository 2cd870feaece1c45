package org.dyad.cli;

import org.dyad.bench.BenchCommand;
import org.dyad.bench.ServeBenchCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code dyad} command. */
@Command(name = "dyad", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Dyad turns dated news articles into political event data: who did what to whom, when, "
                + "where, and who said so, coded in CAMEO and PLOVER with the sentence that supports each event.",
        subcommands = {DemoCommand.class, CodeCommand.class, ParseCommand.class, ActorsCommand.class,
            BenchCommand.class, EvalCommand.class, ConvertCommand.class, EvalGeoCommand.class, QueryCommand.class,
            ExportCommand.class, RecodeCommand.class, StoreBenchCommand.class, EvalMergeCommand.class, ServeCommand.class,
            ServeBenchCommand.class, SampleCommand.class, JudgmentsCommand.class, CalibrateCommand.class,
            ExplainCommand.class, TablesCommand.class,
            CommandLine.HelpCommand.class})
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The configured command line, also used by tests. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setExecutionExceptionHandler((e, cmd, parsed) -> {
            cmd.getErr().println("dyad: " + e.getMessage());
            return 1;
        });
        return cl;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Version from the jar manifest. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Main.class.getPackage().getImplementationVersion();
            return new String[] {"dyad " + (v == null ? "(development build)" : v)};
        }
    }
}
