package org.dyad.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.dyad.format.EventJson;
import org.dyad.model.Event;
import org.dyad.pipeline.gold.EventKey;
import org.dyad.pipeline.gold.EventSample;
import org.dyad.pipeline.gold.GoldScore;
import org.dyad.pipeline.gold.Half;
import org.dyad.pipeline.gold.Judgments;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code dyad sample}: a reproducible sample of coded events for judges. */
@Command(name = "sample", mixinStandardHelpOptions = true,
        description = {"Draw a reproducible random sample of coded events and write it for judges: one JSON object "
                + "a line (n, articleId, articleDate, eventDate, source, target, cameo, cameoName, trigger, "
                + "sentenceIndex, sentence), with nothing of the rules that coded them.",
            "The same events, --n and --seed always give the same sample. With --skip-judged, events that already "
                + "have verdicts are left out, so only new ones go to the judges."})
final class SampleCommand implements Callable<Integer> {
    @Option(names = "--n", paramLabel = "N", description = "Sample size (default: ${DEFAULT-VALUE}).")
    int n = 100;

    @Option(names = "--seed", paramLabel = "S", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed = 1;

    @Option(names = "--half", paramLabel = "H", description = "dev, test or all (default: ${DEFAULT-VALUE}).")
    String half = "all";

    @Option(names = "--skip-judged", paramLabel = "FILE", split = ",",
            description = "Keyed verdicts (dyad judgments join); events they judge are left out.")
    List<Path> judged = new ArrayList<>();

    @Option(names = "--out", paramLabel = "FILE", description = "Write the sample here instead of standard output.")
    Path out;

    @Mixin
    EventSource source;

    @Mixin
    CodingOptions options;

    @Override
    public Integer call() throws Exception {
        Half h = Half.named(half);
        List<Event> events = source.events(options, System.err);
        Set<String> articles = GoldScore.articlesOf(source.articleIds(events, options), h);
        Judgments already = Judgments.read(judged, EventJson.mapper());
        GoldReport.skipped(already.skipped(), System.err);
        Set<EventKey> skip = new HashSet<>(already.byKey().keySet());
        List<Event> sample = EventSample.draw(events.stream().filter(e -> articles.contains(e.articleId())).toList(),
                n, seed, skip);
        try (PrintWriter w = out == null ? new PrintWriter(System.out, false, StandardCharsets.UTF_8)
                : new PrintWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8))) {
            int k = 0;
            for (Event e : sample) {
                w.println(EventJson.mapper().writeValueAsString(EventSample.forJudge(EventJson.mapper(), ++k, e)));
            }
        }
        System.err.printf("dyad: sampled %d of %d events (%s, %d already judged left out)%n", sample.size(),
                events.size(), h.label(), skip.size());
        return 0;
    }
}
