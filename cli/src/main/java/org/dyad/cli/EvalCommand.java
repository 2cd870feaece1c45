package org.dyad.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
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
import org.dyad.model.GoldIssue;
import org.dyad.nlp.CoreNlpAnalyzer;
import org.dyad.nlp.NlpProfile;
import org.dyad.nlp.TextAnalyzer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code dyad eval}: runs a validation suite and reports how many expected codings Dyad matched. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Run a validation suite in PETRARCH's XML format or its JSON Lines form, parsing each text "
                + "with Dyad's own language analysis, and report the expected codings, exact matches (source, "
                + "target and code all equal), recall, extra codings and their rate, the same per category, and "
                + "every miss and extra.",
            "With --dictionaries, the PETRARCH or Dyad dictionaries in DIR replace the shipped ones kind by kind."})
final class EvalCommand implements Callable<Integer> {
    @Option(names = "--suite", required = true, paramLabel = "FILE",
            description = "The suite: PETRARCH XML (.xml) or JSON Lines.")
    Path suite;

    @Option(names = "--dictionaries", paramLabel = "DIR",
            description = "Folder of dictionaries (e.g. PETR.Validate.*); default: those shipped with Dyad.")
    Path dictionaries;

    @Option(names = "--json", description = "Print one JSON object (expected, matched, recall, extra, extraRate, "
            + "categories, realigned, recovered, skipped, issues, misses, extras) instead of the report.")
    boolean json;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: ${DEFAULT-VALUE}).")
    int threads = Math.min(2, Runtime.getRuntime().availableProcessors());

    @Option(names = "--profile", paramLabel = "P",
            description = "Language analysis: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    NlpProfile profile = NlpProfile.STANDARD;

    @Override
    public Integer call() throws Exception {
        SuiteResult result = evaluate(suite, Optional.ofNullable(dictionaries), () -> new CoreNlpAnalyzer(profile),
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
