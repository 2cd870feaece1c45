package org.dyad.cli;

import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.dyad.coding.ConfidenceModel;
import org.dyad.format.EventJson;
import org.dyad.model.Event;
import org.dyad.pipeline.gold.ConfidenceFit;
import org.dyad.pipeline.gold.GoldScore;
import org.dyad.pipeline.gold.Half;
import org.dyad.pipeline.gold.Judgments;
import org.dyad.pipeline.gold.Precision;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code dyad calibrate}: fits the confidence model to judged events. */
@Command(name = "calibrate", mixinStandardHelpOptions = true,
        description = {"Fit the confidence model (the probability that an event is right, from how it was coded) to "
                + "judges' verdicts on coded events, and write it in the format of the coding module's "
                + "confidence.model. Fit on the development half only: the test half measures the fit.",
            "Prints the reliability table of the fitted model on the events it was fitted to."})
final class CalibrateCommand implements Callable<Integer> {
    @Option(names = "--judgments", required = true, paramLabel = "FILE", split = ",",
            description = "Judges' keyed verdicts (dyad judgments).")
    List<Path> judgments = new ArrayList<>();

    @Option(names = "--half", paramLabel = "H", description = "dev, test or all (default: ${DEFAULT-VALUE}).")
    String half = "dev";

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Where the model is written.")
    Path out;

    @Option(names = "--penalty", paramLabel = "L",
            description = "L2 penalty per weight against the mean log-loss (default: ${DEFAULT-VALUE}).")
    double penalty = ConfidenceFit.STANDARD_PENALTY;

    @Option(names = "--min-count", paramLabel = "N",
            description = "Leave out features seen on fewer judged events than this (default: ${DEFAULT-VALUE}).")
    int minCount = ConfidenceFit.STANDARD_MIN_COUNT;

    @Mixin
    EventSource source;

    @Mixin
    CodingOptions options;

    @Override
    public Integer call() throws Exception {
        Half h = Half.named(half);
        List<Event> events = source.events(options, System.err);
        Set<String> articles = GoldScore.articlesOf(source.articleIds(events, options), h);
        List<Event> inHalf = events.stream().filter(e -> articles.contains(e.articleId())).toList();
        Judgments verdicts = Judgments.read(judgments, EventJson.mapper());
        GoldReport.skipped(verdicts.skipped(), System.err);
        ConfidenceModel model = new ConfidenceFit(penalty, ConfidenceFit.STANDARD_STEPS, minCount)
                .fit(inHalf, verdicts);
        List<Event> scored = inHalf.stream().map(e -> e.withConfidence(model.probability(e))).toList();
        Precision p = Precision.of(scored, verdicts);
        try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            model.write(w, "Dyad's confidence model: logistic weights of the signals of how an event was coded",
                    "(org.dyad.coding.EventFeatures). Fitted by dyad calibrate on " + p.judged() + " judged events of the "
                            + h.label() + " of the real-news set",
                    "(eval/realnews); see docs/evaluation.md.",
                    "Penalty " + penalty + ", " + ConfidenceFit.STANDARD_STEPS + " steps, features seen on at least "
                            + minCount + " events.");
        }
        PrecisionReport.print(p, h, scored, verdicts, false, System.out, EventJson.mapper());
        System.err.println("dyad: wrote the model to " + out.toAbsolutePath());
        return 0;
    }
}
