package org.dyad.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.dyad.coding.ArticleCoder;
import org.dyad.format.EventJson;
import org.dyad.ingest.RecordCounter;
import org.dyad.model.AnnotatedDocument;
import org.dyad.model.Event;
import org.dyad.model.Layer;
import org.dyad.model.Rejection;
import org.dyad.nlp.CoreNlpAnalyzer;
import org.dyad.nlp.TextAnalyzer;
import org.dyad.pipeline.ArticleScreen;
import org.dyad.pipeline.CachedAnalyzer;
import org.dyad.pipeline.ChunkedAnalyzer;
import org.dyad.pipeline.CodedArticles;
import org.dyad.pipeline.EventSentenceSelector;
import org.dyad.pipeline.Outcome;
import org.dyad.pipeline.Pipeline;
import org.dyad.pipeline.Progress;
import org.dyad.pipeline.RunSummary;
import org.dyad.store.BatchedWriter;
import org.dyad.store.EventStore;
import org.dyad.store.StoreCounts;
import org.dyad.store.StoreUnavailableException;

/** Codes inputs and prints events: the work shared by {@code dyad code} and {@code dyad demo}. */
final class CodingRun {
    /** Prints a coded article's events. */
    @FunctionalInterface
    private interface Printer {
        void print(AnnotatedDocument document, List<Event> events) throws IOException;
    }

    private CodingRun() {
    }

    private static void quarantine(EventStore store, Rejection r) throws IOException {
        try {
            store.quarantine(r);
        } catch (SQLException e) {
            throw new IOException("could not keep a quarantined record in " + store.file() + ": " + e.getMessage(), e);
        }
    }

    /**
     * Codes the inputs, printing events and, when {@code db} is present, storing articles, parses and
     * events in that store (see {@link EventStore}), reusing the parses of {@code parses} too.
     */
    static RunSummary run(CodingOptions options, List<Path> inputs, OutputFormat format, Optional<Path> out,
            Optional<Path> db, Optional<Path> parses, PrintStream stdout, PrintStream stderr) throws IOException {
        ArticleCoder coder = options.coder();
        return run(options, coder, () -> new ChunkedAnalyzer(new CoreNlpAnalyzer(options.profile,
                new EventSentenceSelector(coder)), options.chunkChars), inputs, format, out, db, parses, stdout, stderr);
    }

    /**
     * As above, with the coder and the analyzer given (tests share one loaded analyzer across runs);
     * the analyzer's sentence selection must come from the same coder.
     */
    static RunSummary run(CodingOptions options, ArticleCoder coder, Supplier<TextAnalyzer> analyzer,
            List<Path> inputs, OutputFormat format, Optional<Path> out, Optional<Path> db, Optional<Path> parses,
            PrintStream stdout, PrintStream stderr) throws IOException {
        for (Path p : inputs) {
            if (!Files.exists(p)) {
                throw new IllegalArgumentException("input " + p + " does not exist");
            }
        }
        if (db.isEmpty()) {
            return code(options, coder, analyzer, inputs, format, out, List.of(), stdout, stderr);
        }
        try (EventStore store = EventStore.open(db.get());
                EventStore source = parses.isPresent() ? EventStore.openReadOnly(parses.get()) : null) {
            List<EventStore> stores = source == null ? List.of(store) : List.of(store, source);
            RunSummary summary = code(options, coder, analyzer, inputs, format, out, stores, stdout, stderr);
            StoreCounts counts = store.counts();
            stderr.println("dyad: store " + db.get() + " holds " + counts.articles() + " articles, " + counts.events()
                    + " events (" + counts.articleEvents() + " reports, " + counts.mentions() + " mentions), "
                    + counts.quarantined() + " quarantined records");
            return summary;
        } catch (StoreUnavailableException e) {
            throw new IOException(e.getMessage(), e); // says which store, why, and what to do
        } catch (SQLException e) {
            throw new IOException("store " + db.get() + ": " + e.getMessage(), e);
        }
    }

    /** Codes the inputs; {@code stores} is empty, or the store written followed by stores whose parses are reused. */
    private static RunSummary code(CodingOptions options, ArticleCoder coder, Supplier<TextAnalyzer> given,
            List<Path> inputs, OutputFormat format, Optional<Path> out, List<EventStore> stores, PrintStream stdout,
            PrintStream stderr) throws IOException {
        Supplier<TextAnalyzer> analyzer = given;
        String fingerprint = CachedAnalyzer.fingerprint(options.profile, options.chunkChars);
        Optional<EventStore> store = stores.isEmpty() ? Optional.empty() : Optional.of(stores.get(0));
        if (store.isPresent()) {
            analyzer = () -> new CachedAnalyzer(stores, fingerprint, given, Layer.language());
        }
        long[] stored = new long[3];
        Pipeline pipeline = new Pipeline(options.reader(), analyzer, coder, options.threads, options.limits(),
                store.<ArticleScreen>map(s -> s::screen).orElse(ArticleScreen.NONE));
        Writer target = out.isPresent() ? Files.newBufferedWriter(out.get(), StandardCharsets.UTF_8)
                : new BufferedWriter(new OutputStreamWriter(stdout, StandardCharsets.UTF_8));
        TerminalProgress bar = TerminalProgress.enabled() ? new TerminalProgress(stderr) : null;
        Progress progress = bar == null ? Progress.NONE : bar;
        long total = bar == null ? -1 : RecordCounter.count(inputs);
        Quarantine quarantine = new Quarantine(options.quarantine);
        RunSummary summary;
        try (PrintWriter w = new PrintWriter(target); quarantine) {
            TableWriter table = new TableWriter(w);
            Printer print = (doc, events) -> {
                if (format == OutputFormat.TABLE) {
                    if (bar != null) {
                        bar.finish();
                    }
                    table.write(doc, events);
                } else {
                    for (Event e : events) {
                        w.println(EventJson.mapper().writeValueAsString(EventJson.toJson(e)));
                    }
                    w.flush();
                }
            };
            // a coded article is printed once it is stored, so that what a run printed is in the store
            Optional<BatchedWriter> writer = store.map(s -> new BatchedWriter(s, fingerprint, (article, r) -> {
                stored[r.ordinal()]++;
                if (r == EventStore.WriteResult.CONFLICT) {
                    // the screen quarantines clashing ids before analysis; only a concurrent writer gets here
                    throw new IOException("article " + article.article().id()
                            + " was stored by another process during this run; run again to code it");
                }
                print.print(article.article().document(), article.article().events());
            }));
            summary = pipeline.run(inputs, outcome -> {
                if (outcome instanceof Outcome.Coded c) {
                    if (writer.isPresent()) {
                        writer.get().add(CodedArticles.forStore(c.article()), c.origin());
                    } else {
                        print.print(c.article().document(), c.article().events());
                    }
                } else {
                    Rejection rej = ((Outcome.Quarantined) outcome).rejection();
                    quarantine.write(rej);
                    if (store.isPresent()) {
                        quarantine(store.get(), rej);
                    }
                }
            }, progress, total);
            if (writer.isPresent()) {
                writer.get().close();
            }
        }
        if (bar != null) {
            bar.finish();
        }
        stderr.println("dyad: " + summary.line());
        if (store.isPresent()) {
            stderr.println("dyad: stored " + stored[EventStore.WriteResult.STORED.ordinal()] + " new articles; "
                    + stored[EventStore.WriteResult.ALREADY_STORED.ordinal()] + " were already stored"
                    + " (dyad recode applies changed dictionaries to the whole store)");
        }
        if (summary.quarantined() > 0) {
            stderr.println("dyad: quarantined records are in " + options.quarantine.toAbsolutePath()
                    + " with their error codes and reasons");
        }
        out.ifPresent(p -> stderr.println("dyad: events written to " + p.toAbsolutePath()));
        return summary;
    }
}
