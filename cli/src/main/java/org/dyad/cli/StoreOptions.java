package org.dyad.cli;

import java.nio.file.Path;
import java.util.Optional;
import org.dyad.store.EventStore;
import picocli.CommandLine.Option;

/** Where coded articles are stored: {@code --db FILE} (default dyad.duckdb) or {@code --no-db}. */
final class StoreOptions {
    @Option(names = "--db", paramLabel = "FILE",
            description = "Store articles, their parses and events in this DuckDB file (default: ${DEFAULT-VALUE}). "
                    + "Articles already stored are not stored again; their parses are reused.")
    Path db = Path.of(EventStore.DEFAULT_FILE);

    @Option(names = "--no-db", description = "Only print events; store nothing.")
    boolean noDb;

    @Option(names = "--parses", paramLabel = "FILE",
            description = "Also reuse the parses stored in this store (read-only), e.g. to code a corpus again into a "
                    + "new store without parsing it again.")
    Path parses;

    /** The store file, unless storing is off. */
    Optional<Path> file() {
        return noDb ? Optional.empty() : Optional.of(db);
    }
}
