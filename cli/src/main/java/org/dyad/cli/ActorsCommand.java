package org.dyad.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code dyad actors ...}: the actor dictionaries, their validation, and actor resolution measures. */
@Command(name = "actors", mixinStandardHelpOptions = true,
        description = "Actor dictionaries and actor resolution: import and check dictionaries, measure resolution,"
                + " list the actors discovered in a corpus.",
        subcommands = {ActorsSuiteCommand.class, ActorsConvertCommand.class, ActorsCoverageCommand.class,
            ActorsDiscoveredCommand.class,
            CommandLine.HelpCommand.class})
final class ActorsCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
