package org.dyad.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.dyad.bench.QueryBenchmark;
import org.dyad.bench.RecodeBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code dyad bench-store}: the store's query-speed and recode-speed benchmarks. */
@Command(name = "bench-store", mixinStandardHelpOptions = true,
        description = {"Measure the store: recoding speed (sentences/s, target >= 10,000) and query speed on a large "
                + "store drawn from real coded events (p95, target < 50 ms).",
            "--from names a store coded from real articles, e.g. made by "
                + "'dyad code --db voa.duckdb examples/voa-stories.jsonl'."})
final class StoreBenchCommand implements Callable<Integer> {
    @Option(names = "--from", required = true, paramLabel = "FILE", description = "A store coded from real articles.")
    Path real;

    @Option(names = "--recode", description = "Run the recode-speed benchmark.")
    boolean recode;

    @Option(names = "--query", description = "Run the query-speed benchmark.")
    boolean query;

    @Option(names = "--work", paramLabel = "DIR", description = "Where the benchmark stores are kept (default: ${DEFAULT-VALUE}).")
    Path work = Path.of("target", "bench-store");

    @Option(names = "--events", paramLabel = "N", description = "Events in the query store (default: ${DEFAULT-VALUE}).")
    long events = 1_000_000;

    @Option(names = "--queries", paramLabel = "N", description = "Queries of each kind (default: ${DEFAULT-VALUE}).")
    int queries = 300;

    @Option(names = "--sentences", paramLabel = "N",
            description = "Sentences in the recode store, by repeating the real articles (default: ${DEFAULT-VALUE}).")
    long sentences = 100_000;

    @Option(names = "--warm-up", paramLabel = "N", description = "At most this many untimed recode passes before the"
            + " timed ones; they stop once the JIT compiler has settled (default: ${DEFAULT-VALUE}).")
    int warmUps = 30;

    @Option(names = "--keep-checks", description = "Keep the selection checks of earlier passes, as a recode with"
            + " unchanged dictionaries does; by default each pass checks every article, as after a dictionary change.")
    boolean keepChecks;

    @Option(names = "--passes", paramLabel = "N", description = "Timed recode passes (default: ${DEFAULT-VALUE}).")
    int passes = 5;

    @Option(names = "--threads", paramLabel = "N", description = "Recode threads (default: one per core).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--json", description = "Print the figures as one JSON object on standard output (the report goes "
            + "to standard error).")
    boolean json;

    @Override
    public Integer call() throws Exception {
        if (!recode && !query) {
            recode = true;
            query = true;
        }
        PrintStream report = json ? System.err : System.out;
        ObjectNode o = new ObjectMapper().createObjectNode();
        if (recode) {
            String command = "./dyad bench-store --recode --from " + real + " --sentences " + sentences + " --threads "
                    + threads + (keepChecks ? " --keep-checks" : "");
            report.println("== recode speed; rerun: " + command);
            RecodeBenchmark.Result r = RecodeBenchmark.run(real, work.resolve("recode.duckdb"), sentences, warmUps,
                    passes, threads, keepChecks, report);
            ObjectNode x = o.putObject("recode");
            x.put("threads", threads);
            x.put("articles", r.articles());
            x.put("sentences", r.sentences());
            x.put("keepChecks", keepChecks);
            x.put("medianSentencesPerSecond", Math.round(r.median()));
            ArrayNode all = x.putArray("passes");
            for (double v : r.sentencesPerSecond()) {
                all.add(Math.round(v));
            }
            x.put("command", command + " --json");
        }
        if (query) {
            Path big = work.resolve("query-" + events + ".duckdb");
            String command = "./dyad bench-store --query --from " + real + " --events " + events;
            report.println("== query speed; rerun: " + command + " (the " + events + "-event store is kept in " + big + ")");
            QueryBenchmark.Result r = QueryBenchmark.run(real, big, events, queries, report);
            ObjectNode x = o.putObject("query");
            x.put("events", r.events());
            x.put("queries", queries);
            x.put("listP50Millis", round(r.p(r.listMillis(), 0.5)));
            x.put("listP95Millis", round(r.p(r.listMillis(), 0.95)));
            x.put("timelineP50Millis", round(r.p(r.timelineMillis(), 0.5)));
            x.put("timelineP95Millis", round(r.p(r.timelineMillis(), 0.95)));
            x.put("scanTimelineP95Millis", round(r.p(r.scanTimelineMillis(), 0.95)));
            x.put("differingTimelines", r.differingTimelines());
            x.put("command", command + " --json");
        }
        if (json) {
            System.out.println(new ObjectMapper().writeValueAsString(o));
        }
        return 0;
    }

    private static double round(double x) {
        return Math.round(x * 10) / 10.0;
    }
}
