package org.dyad.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dyad code INPUT...}: codes articles and prints their events. */
@Command(name = "code", mixinStandardHelpOptions = true,
        description = {"Code articles into events.",
            "INPUT is a plain-text article ('date YYYY-MM-DD' then the body), a JSON Lines file (id, date, title, "
                + "text, url, source), a folder of such files (read recursively), or any of these gzipped (.gz). "
                + "Records that cannot be read are quarantined with an error code and reason; the run goes on."})
final class CodeCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Files or folders to code.")
    List<Path> inputs;

    @Option(names = "--format", paramLabel = "F", description = "table or jsonl (default: ${DEFAULT-VALUE}).")
    OutputFormat format = OutputFormat.TABLE;

    @Option(names = "--out", paramLabel = "FILE", description = "Write events here instead of standard output.")
    Path out;

    @Mixin
    CodingOptions options;

    @Mixin
    StoreOptions storeOptions;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        CodingRun.run(options, inputs, format, Optional.ofNullable(out), storeOptions.file(),
                Optional.ofNullable(storeOptions.parses), System.out, System.err);
        return 0;
    }
}
