package org.dyad.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.dyad.coding.ArticleCoder;
import org.dyad.coding.Dictionaries;
import org.dyad.coding.DyadVerbFormat;
import org.dyad.coding.VerbDictionary;
import org.dyad.coding.petrarch.PetrarchVerbReader;
import org.dyad.geo.EventLocator;
import org.dyad.nlp.CoreNlpAnalyzer;
import org.dyad.nlp.NlpProfile;
import org.dyad.pipeline.ArticleLimits;
import org.dyad.pipeline.CachedAnalyzer;
import org.dyad.pipeline.ChunkedAnalyzer;
import org.dyad.pipeline.Reanalysis;
import org.dyad.pipeline.Recoder;
import org.dyad.store.EventStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code dyad recode}: applies the current dictionaries to every stored article from its stored parse,
 * analysing again only the articles whose parse lacks sentences the dictionaries' selection chooses.
 */
@Command(name = "recode", mixinStandardHelpOptions = true,
        description = {"Code every article of a store again from its stored parse, with the current dictionaries.",
            "Replaces the store's actors, events, merged events and mentions in one transaction. An article is parsed"
                + " again only when the dictionaries' selection chooses sentences its stored parse lacks (a sentence"
                + " the selective analysis left unparsed); its new parse then replaces the stored one."})
final class RecodeCommand implements Callable<Integer> {
    @Mixin
    DbOption db;

    @Spec
    CommandSpec spec;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: one per core).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--dictionaries", paramLabel = "DIR",
            description = "Folder of dictionaries in PETRARCH's or Dyad's format, as for 'dyad code'; they replace the"
                    + " shipped ones kind by kind.")
    Path dictionaries;

    @Option(names = "--verbs", paramLabel = "FILE",
            description = "A verb dictionary (*.verbs.dyad in Dyad's format, else PETRARCH's) added after the others:"
                    + " its entries win where both have one. Repeatable.")
    List<Path> verbs = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        if (!Files.isRegularFile(db.db)) {
            throw new IllegalArgumentException("no store at " + db.db.toAbsolutePath()
                    + "; create one with 'dyad code --db " + db.db + " INPUT'");
        }
        ArticleCoder coder = coder();
        // the analysis 'dyad code' runs by default, choosing the sentences the recoder asks for
        Reanalysis reanalysis = new Reanalysis(selector -> new ChunkedAnalyzer(new CoreNlpAnalyzer(NlpProfile.SELECTIVE,
                selector), ArticleLimits.DEFAULT_CHUNK_CHARS), CachedAnalyzer.fingerprint(NlpProfile.SELECTIVE));
        try (EventStore store = EventStore.open(db.db)) {
            Recoder.Result r = new Recoder(coder, threads, reanalysis).recode(store);
            PrintWriter err = spec.commandLine().getErr();
            err.printf(Locale.ROOT, "dyad: recoded %d articles (%d sentences) in %.1f s, %.0f sentences/s: %d reports"
                    + " in %d events%s%n", r.articles(), r.sentences(), r.millis() / 1000.0, r.sentencesPerSecond(),
                    r.articleEvents(), r.events(), r.failed() > 0 ? "; " + r.failed()
                            + " articles failed and were quarantined" : "");
            err.printf(Locale.ROOT, "dyad: %d articles coded from their stored parse, %d analysed again"
                    + " (%d sentences newly parsed)%n", r.fromCache(), r.reanalysed(), r.newlyParsed());
            err.flush();
        }
        return 0;
    }

    /** The shipped dictionaries or those of {@code --dictionaries}, with the {@code --verbs} files added. */
    private ArticleCoder coder() throws IOException {
        if (dictionaries == null && verbs.isEmpty()) {
            return ArticleCoder.standard();
        }
        Dictionaries d = dictionaries == null ? Dictionaries.standard() : Dictionaries.load(dictionaries);
        VerbDictionary v = d.verbs();
        for (Path f : verbs) {
            v = v.merge(readVerbs(f));
        }
        return new Dictionaries(d.actors(), d.actorSettings(), v, d.discards(), d.issues(), d.sources(), d.problems())
                .coder().withLocator(Optional.of(EventLocator.standard()));
    }

    private static VerbDictionary readVerbs(Path f) throws IOException {
        if (!Files.isRegularFile(f)) {
            throw new IllegalArgumentException("verb dictionary " + f + " does not exist or is not a file");
        }
        String name = f.getFileName().toString();
        try (Reader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
            return name.toLowerCase(Locale.ROOT).endsWith(".dyad") ? DyadVerbFormat.read(r, name)
                    : PetrarchVerbReader.read(r, name);
        }
    }
}
