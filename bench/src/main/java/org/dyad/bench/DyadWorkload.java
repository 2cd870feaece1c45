package org.dyad.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.dyad.coding.ArticleCoder;
import org.dyad.format.EventJson;
import org.dyad.ingest.ArticleReader;
import org.dyad.model.Event;
import org.dyad.model.Sentence;
import org.dyad.nlp.CoreNlpAnalyzer;
import org.dyad.nlp.NlpProfile;
import org.dyad.pipeline.EventSentenceSelector;
import org.dyad.pipeline.Outcome;
import org.dyad.pipeline.Pipeline;
import org.dyad.pipeline.Progress;
import org.dyad.pipeline.RunSummary;

/**
 * Dyad's pipeline from a file of raw articles to stored events, as {@code dyad code} runs it: reading,
 * language analysis with a profile, actor resolution, event coding, and writing to a destination.
 */
final class DyadWorkload implements Workload {
    private final String label;
    private final NlpProfile profile;
    private final EventDestination destination;
    private final Path scratch;
    private ArticleCoder coder;
    private CoreNlpAnalyzer analyzer;
    private int passes;
    private Path lastPass;

    DyadWorkload(String label, NlpProfile profile, EventDestination destination, Path scratch) {
        this.label = Objects.requireNonNull(label, "label");
        this.profile = Objects.requireNonNull(profile, "profile");
        this.destination = Objects.requireNonNull(destination, "destination");
        this.scratch = Objects.requireNonNull(scratch, "scratch");
    }

    @Override
    public String label() {
        return label;
    }

    /** The folder the destination of the last pass wrote to, if there was one. */
    Optional<Path> lastPass() {
        return Optional.ofNullable(lastPass);
    }

    @Override
    public void load() {
        coder = ArticleCoder.standard();
        analyzer = new CoreNlpAnalyzer(profile, new EventSentenceSelector(coder));
    }

    @Override
    public Measurement run(Corpus.Part corpus, int threads) throws IOException {
        if (analyzer == null) {
            throw new IllegalStateException(label + " was run before load()");
        }
        Path own = Files.createDirectories(scratch.resolve(profile.name().toLowerCase(java.util.Locale.ROOT) + "-"
                + passes++));
        lastPass = own;
        Pipeline pipeline = new Pipeline(ArticleReader.withDefaults(), () -> analyzer, coder, threads,
                Pipeline.DEFAULT_MAX_CHARS);
        Map<String, List<String>> events = new HashMap<>();
        long[] parsed = new long[1];
        long start = System.nanoTime();
        RunSummary summary;
        try (EventDestination.Writer writer = destination.open(own)) {
            summary = pipeline.run(List.of(corpus.file()), outcome -> {
                if (outcome instanceof Outcome.Coded c) {
                    writer.write(c.article());
                    List<String> mine = events.computeIfAbsent(c.article().document().article().id(),
                            k -> new ArrayList<>());
                    for (Event e : c.article().events()) {
                        mine.add(EventJson.mapper().writeValueAsString(EventJson.toJson(e)));
                    }
                    for (Sentence s : c.article().document().sentences()) {
                        if (s.parsed()) {
                            parsed[0]++;
                        }
                    }
                }
            }, Progress.NONE, -1);
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        return new Measurement(label, summary.read(), summary.sentences(), parsed[0], summary.quarantined(),
                new EventSet(events), millis);
    }
}
