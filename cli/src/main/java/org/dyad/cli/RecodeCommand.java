package org.dyad.cli;

import java.util.Locale;
import java.util.concurrent.Callable;
import org.dyad.coding.ArticleCoder;
import org.dyad.store.EventStore;
import org.dyad.store.Recoder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code dyad recode}: applies the current dictionaries to every stored article without parsing again. */
@Command(name = "recode", mixinStandardHelpOptions = true,
        description = {"Code every article of a store again from its stored parse, with the current dictionaries.",
            "Replaces the store's actors, events, merged events and mentions in one transaction; no text is parsed."})
final class RecodeCommand implements Callable<Integer> {
    @Mixin
    DbOption db;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: one per core).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Override
    public Integer call() throws Exception {
        if (!java.nio.file.Files.isRegularFile(db.db)) {
            throw new IllegalArgumentException("no store at " + db.db.toAbsolutePath()
                    + "; create one with 'dyad code --db " + db.db + " INPUT'");
        }
        try (EventStore store = EventStore.open(db.db)) {
            Recoder.Result r = new Recoder(ArticleCoder.standard(), threads).recode(store);
            System.err.printf(Locale.ROOT, "dyad: recoded %d articles (%d sentences) in %.1f s, %.0f sentences/s: %d reports"
                    + " in %d events%s%n", r.articles(), r.sentences(), r.millis() / 1000.0, r.sentencesPerSecond(),
                    r.articleEvents(), r.events(), r.failed() > 0 ? "; " + r.failed()
                            + " articles failed to code and were quarantined" : "");
        }
        return 0;
    }
}
