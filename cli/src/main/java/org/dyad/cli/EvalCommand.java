package org.dyad.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.dyad.coding.ArticleCoder;
import org.dyad.coding.Dictionaries;
import org.dyad.coding.suite.CaseResult;
import org.dyad.coding.suite.ExpectedCoding;
import org.dyad.coding.suite.SuiteResult;
import org.dyad.coding.suite.SuiteRunner;
import org.dyad.coding.suite.Tally;
import org.dyad.coding.suite.ValidationSuite;
import org.dyad.format.EventJson;
import org.dyad.model.Event;
import org.dyad.model.GoldIssue;
import org.dyad.nlp.CoreNlpAnalyzer;
import org.dyad.nlp.NlpProfile;
import org.dyad.nlp.TextAnalyzer;
import org.dyad.pipeline.gold.EventSample;
import org.dyad.pipeline.gold.GoldScore;
import org.dyad.pipeline.gold.GoldSet;
import org.dyad.pipeline.gold.Half;
import org.dyad.pipeline.gold.Judgments;
import org.dyad.pipeline.gold.Precision;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code dyad eval}: runs a validation suite and reports how many expected codings Dyad matched. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Measure the coder, in one of three ways.",
            "--suite FILE: run a validation suite in PETRARCH's XML format, its JSON Lines form, the CAMEO manual's "
                + "table or PLOVER's gold records, parsing each text with Dyad's own language analysis, and report "
                + "the expected codings, exact matches (source, target and code all equal), recall, extra codings "
                + "and their rate, the same per category, and every miss and extra. With --dictionaries, the "
                + "PETRARCH or Dyad dictionaries in DIR replace the shipped ones kind by kind.",
            "--gold FILE: score events against article-level gold events (strict and lenient recall, and the share "
                + "of coded events the gold supports), on one half of the set (--half); the development half's "
                + "misses are listed.",
            "--judgments FILE...: precision from judges' verdicts on a sample of coded events (dyad sample), per "
                + "field and overall, the judges' agreement and a reliability table by confidence."})
final class EvalCommand implements Callable<Integer> {
    @Option(names = "--suite", paramLabel = "FILE",
            description = "The suite: PETRARCH XML (.xml), the CAMEO manual (.csv), PLOVER gold records (PLOVER*.jsonl) "
                    + "or JSON Lines.")
    Path suite;

    @Option(names = "--gold", paramLabel = "FILE",
            description = "Article-level gold events, JSON Lines (docs/gold-protocol.md).")
    Path gold;

    @Option(names = "--judgments", paramLabel = "FILE", split = ",",
            description = "Judges' keyed verdicts, JSON Lines (dyad judgments join writes them); repeat or separate with commas.")
    List<Path> judgments = new ArrayList<>();

    @Option(names = "--half", paramLabel = "H", description = "dev, test or all (default: ${DEFAULT-VALUE}).")
    String half = "dev";

    @Option(names = "--n", paramLabel = "N",
            description = "With --judgments: judge the sample of this size (dyad sample --n); 0 for every event (default: ${DEFAULT-VALUE}).")
    int n = 0;

    @Option(names = "--seed", paramLabel = "S", description = "With --judgments and --n: the sample's seed (default: ${DEFAULT-VALUE}).")
    long seed = 1;

    @picocli.CommandLine.Mixin
    EventSource source;

    @Option(names = "--dictionaries", paramLabel = "DIR",
            description = "Folder of dictionaries (e.g. PETR.Validate.*); default: those shipped with Dyad.")
    Path dictionaries;

    @Option(names = "--json", description = "Print one JSON object (expected, matched, recall, extra, extraRate, "
            + "categories, realigned, recovered, skipped, issues, misses, extras) instead of the report.")
    boolean json;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: ${DEFAULT-VALUE}).")
    int threads = Math.min(2, Runtime.getRuntime().availableProcessors());

    @Option(names = "--profile", paramLabel = "P",
            description = "Language analysis: ${COMPLETION-CANDIDATES} (default: STANDARD for suites, SELECTIVE, as dyad code, "
                    + "for --gold and --judgments).")
    NlpProfile profile;

    @Override
    public Integer call() throws Exception {
        int modes = (suite != null ? 1 : 0) + (gold != null ? 1 : 0) + (judgments.isEmpty() ? 0 : 1);
        if (modes != 1) {
            throw new IllegalArgumentException("give one of --suite FILE, --gold FILE or --judgments FILE");
        }
        if (suite == null) {
            Half h = Half.named(half);
            CodingOptions options = new CodingOptions();
            options.dictionaries = dictionaries;
            options.threads = threads;
            if (profile != null) {
                options.profile = profile;
            }
            List<Event> events = source.events(options, System.err);
            List<String> ids = source.articleIds(events, options);
            java.util.Set<String> articles = GoldScore.articlesOf(ids, h);
            if (gold != null) {
                GoldSet set = GoldSet.read(gold);
                GoldReport.skipped(set.skipped(), System.err);
                GoldReport.print(GoldScore.of(set, events, articles), h, set.skipped(), json, System.out,
                        EventJson.mapper());
            } else {
                List<Event> inHalf = events.stream().filter(e -> articles.contains(e.articleId())).toList();
                List<Event> sample = n > 0 ? EventSample.draw(inHalf, n, seed, java.util.Set.of()) : inHalf;
                Judgments verdicts = Judgments.read(judgments, EventJson.mapper());
                GoldReport.skipped(verdicts.skipped(), System.err);
                PrecisionReport.print(Precision.of(sample, verdicts), h, sample, verdicts, json, System.out,
                        EventJson.mapper());
            }
            return 0;
        }
        SuiteResult result = evaluate(suite, Optional.ofNullable(dictionaries), () -> new CoreNlpAnalyzer(profile == null ? NlpProfile.STANDARD : profile),
                threads, System.err);
        print(result, json, System.out);
        return 0;
    }

    /** Reads the suite and the dictionaries, codes every case with the analyzer given and scores it. */
    static SuiteResult evaluate(Path suite, Optional<Path> dictionaries, Supplier<TextAnalyzer> analyzer, int threads,
            PrintStream log) throws IOException {
        ValidationSuite cases = ValidationSuite.read(suite);
        Dictionaries dicts = dictionaries.isEmpty() ? Dictionaries.standard() : Dictionaries.load(dictionaries.get());
        ArticleCoder coder = dicts.coder();
        for (GoldIssue i : cases.issues()) {
            log.println("dyad: " + i.line());
        }
        log.println("dyad: " + cases.cases().size() + " cases from " + suite + "; dictionaries: "
                + String.join(", ", dicts.sources()) + (dicts.problems().isEmpty() ? ""
                        : " (" + dicts.problems().size() + " lines skipped on import)") + "; loading the language models...");
        TextAnalyzer a = analyzer.get();
        long start = System.nanoTime();
        SuiteResult result = new SuiteRunner(a::analyze, coder, threads).run(cases);
        long millis = (System.nanoTime() - start) / 1_000_000;
        log.printf("dyad: coded %d cases in %.1f s%n", cases.cases().size(), millis / 1000.0);
        return result;
    }

    /** Prints the report, or with {@code json} the one-line JSON object after an empty line. */
    static void print(SuiteResult result, boolean json, PrintStream out) throws IOException {
        if (json) {
            out.println();
            out.println(EventJson.mapper().writeValueAsString(result.toJson(EventJson.mapper())));
        } else {
            report(result, out);
        }
    }

    static void report(SuiteResult r, PrintStream out) {
        out.println("Misses (expected, not coded) and extras (coded, not expected):");
        for (CaseResult c : r.cases()) {
            if (c.missed().isEmpty() && c.extra().isEmpty()) {
                continue;
            }
            out.println("  " + c.suiteCase().key() + " [" + c.suiteCase().category() + "] " + c.suiteCase().text());
            for (ExpectedCoding m : c.missed()) {
                out.println("      missed " + m.text());
            }
            for (ExpectedCoding x : c.extra()) {
                out.println("      extra  " + x.text());
            }
        }
        out.println();
        out.printf("%-12s %6s %9s %8s %8s %7s %10s%n", "category", "cases", "expected", "matched", "recall", "extra",
                "extra rate");
        for (Map.Entry<String, Tally> e : r.byCategory().entrySet()) {
            line(out, e.getKey(), e.getValue());
        }
        line(out, "all", r.total());
        out.printf("%nnoevents cases: %d, of which coded: %d%n", r.noEventCases().size(), r.noEventViolations().size());
        out.printf("records not taken as written: %d realigned, %d recovered, %d skipped%n",
                r.issues(GoldIssue.Kind.REALIGNED), r.issues(GoldIssue.Kind.RECOVERED), r.issues(GoldIssue.Kind.SKIPPED));
        for (GoldIssue i : r.issues()) {
            out.println("  " + i.line());
        }
    }

    private static void line(PrintStream out, String name, Tally t) {
        out.printf("%-12s %6d %9d %8d %8.3f %7d %10.3f%n", name, t.cases(), t.expected(), t.matched(), t.recall(),
                t.extra(), t.extraRate());
    }
}
