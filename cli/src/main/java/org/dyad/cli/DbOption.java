package org.dyad.cli;

import java.nio.file.Path;
import org.dyad.store.EventStore;
import picocli.CommandLine.Option;

/** {@code --db FILE} for the commands that read or recode a store. */
final class DbOption {
    @Option(names = "--db", paramLabel = "FILE", description = "The DuckDB store (default: ${DEFAULT-VALUE}).")
    Path db = Path.of(EventStore.DEFAULT_FILE);
}
