package org.dyad.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.dyad.bench.MergeEvaluation;
import org.dyad.format.EventJson;
import org.dyad.model.GoldIssue;
import org.dyad.store.EventMerger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code dyad eval-merge}: pairwise precision and recall of cross-article merging on ECB+. */
@Command(name = "eval-merge", mixinStandardHelpOptions = true,
        description = {"Score cross-article event merging on ECB+ (cross-document event coreference), pairwise over "
                + "reports from different documents: first the merge rule on the gold event mentions (each with "
                + "its sentence; the stem of its first word stands for the event family), then, with --pipeline, "
                + "the events Dyad codes, each aligned to the gold mention of its trigger.",
            "With --pipeline the parses are kept in --db, so a second run, or another merge rule, only recodes."})
final class EvalMergeCommand implements Callable<Integer> {
    @Option(names = "--corpus", required = true, paramLabel = "FILE",
            description = "ECB+ as JSON Lines, e.g. ../shared/data/ecbplus/ecbplus_dev_odd_topics.jsonl.")
    Path corpus;

    @Option(names = "--db", paramLabel = "FILE", description = "Store for the coded corpus (default: ${DEFAULT-VALUE}).")
    Path db = Path.of("target", "ecbplus.duckdb");

    @Option(names = "--date", paramLabel = "DATE",
            description = "Date given to every document; ECB+ has none (default: ${DEFAULT-VALUE}).")
    LocalDate date = LocalDate.parse("2010-01-01");

    @Option(names = "--window", paramLabel = "DAYS", description = "Merge window in days (default: ${DEFAULT-VALUE}).")
    int window = EventMerger.Rule.DEFAULT.windowDays();

    @Option(names = "--similarity", paramLabel = "S",
            description = "Least Dice similarity of evidence words (default: ${DEFAULT-VALUE}).")
    double similarity = EventMerger.Rule.DEFAULT.minSimilarity();

    @Option(names = "--sweep", description = "Also score similarity thresholds 0 to 0.5 (0: same dyad and family only).")
    boolean sweep;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: one per core).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--json", description = "End with the scores of the chosen rule as one JSON object, with the"
            + " records left out named in 'issues'.")
    boolean json;

    @Option(names = "--pipeline",
            description = "Also code the documents with the full pipeline (CoreNLP) and score the events Dyad codes.")
    boolean pipeline;

    @Override
    public Integer call() throws Exception {
        List<EventMerger.Rule> rules = new ArrayList<>();
        rules.add(new EventMerger.Rule(window, similarity));
        if (sweep) {
            for (double s : new double[] {0, 0.1, 0.2, 0.3, 0.4, 0.5}) {
                if (s != similarity) {
                    rules.add(new EventMerger.Rule(window, s));
                }
            }
        }
        List<GoldIssue> issues = new ArrayList<>();
        List<MergeEvaluation.Scores> scores = new ArrayList<>(MergeEvaluation.goldMentions(corpus, rules, System.err,
                issues));
        if (pipeline) {
            scores.addAll(MergeEvaluation.run(corpus, db, date, rules, threads, System.err, issues));
        }
        for (GoldIssue i : issues) {
            System.err.println("dyad: " + i.line());
        }
        System.out.println("rerun: ./dyad eval-merge --corpus " + corpus + " --window " + window + " --similarity "
                + similarity + (sweep ? " --sweep" : "") + (pipeline ? " --pipeline" : ""));
        for (MergeEvaluation.Scores s : scores) {
            System.out.println(s.line());
        }
        long skipped = issues.stream().filter(i -> i.kind() == GoldIssue.Kind.SKIPPED).count();
        System.out.println("records not taken as written: " + (issues.size() - skipped) + " realigned or recovered, "
                + skipped + " skipped");
        if (json) {
            MergeEvaluation.Scores s = scores.get(0);
            var o = EventJson.mapper().createObjectNode();
            o.put("rule", s.rule());
            o.put("reports", s.reports());
            o.put("aligned", s.aligned());
            o.put("pairs", s.pairs());
            o.put("truePositives", s.truePositives());
            o.put("falsePositives", s.falsePositives());
            o.put("falseNegatives", s.falseNegatives());
            o.put("precision", s.precision());
            o.put("recall", s.recall());
            o.put("f1", s.f1());
            o.put("realigned", issues.stream().filter(i -> i.kind() == GoldIssue.Kind.REALIGNED).count());
            o.put("recovered", issues.stream().filter(i -> i.kind() == GoldIssue.Kind.RECOVERED).count());
            o.put("skipped", skipped);
            var notes = o.putArray("issues");
            for (GoldIssue i : issues) {
                notes.addObject().put("record", i.record()).put("kind", i.kind().name().toLowerCase(java.util.Locale.ROOT))
                        .put("reason", i.reason());
            }
            System.out.println(EventJson.mapper().writeValueAsString(o));
        }
        return 0;
    }
}
