package org.dyad.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code dyad demo}: codes the bundled example articles. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Code the bundled example articles (examples/: the Putin-Macron call of 2022-01-28 and "
                + "89 Voice of America stories) and print their events with the sentences that support them.")
final class DemoCommand implements Callable<Integer> {
    @Option(names = "--format", paramLabel = "F", description = "table or jsonl (default: ${DEFAULT-VALUE}).")
    OutputFormat format = OutputFormat.TABLE;

    @Option(names = "--examples", paramLabel = "DIR",
            description = "Folder of example articles (default: examples/ of the Dyad checkout).")
    Path examples;

    @Mixin
    CodingOptions options;

    @Mixin
    StoreOptions storeOptions;

    @Override
    public Integer call() throws Exception {
        Path dir = examples != null ? examples : Path.of(System.getProperty("dyad.home", ".")).resolve("examples");
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException("no examples folder at " + dir.toAbsolutePath()
                    + "; run ./dyad demo from the Dyad checkout, or pass --examples DIR");
        }
        CodingRun.run(options, List.of(dir), format, Optional.empty(), storeOptions.file(),
                Optional.ofNullable(storeOptions.parses), System.out, System.err);
        return 0;
    }
}
