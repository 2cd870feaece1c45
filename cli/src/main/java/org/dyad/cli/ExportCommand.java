package org.dyad.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.dyad.store.EventStore;
import org.dyad.store.ExportFormat;
import org.dyad.store.Exporter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code dyad export}: writes a store's events in the field's formats. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Write the events of a store to a file: jsonl (native), gdelt (GDELT 2.0 events, 61 "
                + "tab-separated columns), gdelt-mentions (16), phoenix (26), icews (20, CSV), plover (JSON Lines), "
                + "parquet.", "Columns are described in docs/exports.md."})
final class ExportCommand implements Callable<Integer> {
    @Mixin
    DbOption db;

    @Option(names = "--format", required = true, paramLabel = "F",
            description = "jsonl, gdelt, gdelt-mentions, phoenix, icews, plover or parquet.")
    String format;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The file to write (replaced).")
    Path out;

    @Override
    public Integer call() throws Exception {
        ExportFormat f = ExportFormat.parse(format);
        try (EventStore store = EventStore.openReadOnly(db.db)) {
            Exporter.Result r = new Exporter(store).export(f, out);
            System.err.println("dyad: wrote " + r.rows() + " rows of " + format + " to " + out.toAbsolutePath()
                    + (r.note().isEmpty() ? "" : "; " + r.note()));
        }
        return 0;
    }
}
