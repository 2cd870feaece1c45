package org.dyad.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code dyad bench-serve}: a served store under concurrent clients while it ingests. */
@Command(name = "bench-serve", mixinStandardHelpOptions = true,
        description = {"Measure dyad serve: concurrent clients on loopback over a large store drawn from real coded"
                + " events, asking for filtered event lists, dyad timelines and full-text searches while articles are"
                + " posted and coded; prints p50/p95/p99 and errors of each (goal: p99 < 200 ms, no errors).",
            "--from names a store coded from real articles, e.g. made by 'dyad demo' or"
                + " 'dyad code --db voa.duckdb examples/'."})
public final class ServeBenchCommand implements Callable<Integer> {
    @Option(names = "--from", required = true, paramLabel = "FILE", description = "A store coded from real articles.")
    Path real;

    @Option(names = "--work", paramLabel = "DIR", description = "Where the benchmark stores are kept (default: ${DEFAULT-VALUE}).")
    Path work = Path.of("target", "bench-serve");

    @Option(names = "--events", paramLabel = "N", description = "Events in the served store (default: ${DEFAULT-VALUE}).")
    long events = 1_000_000;

    @Option(names = "--clients", paramLabel = "N", description = "Concurrent clients (default: ${DEFAULT-VALUE}).")
    int clients = 100;

    @Option(names = "--seconds", paramLabel = "S", description = "How long the clients run (default: ${DEFAULT-VALUE}).")
    int seconds = 60;

    @Option(names = "--requests", paramLabel = "N", description = "At most this many requests in all (default: ${DEFAULT-VALUE}).")
    long requests = 30_000;

    @Option(names = "--think-ms", paramLabel = "MS",
            description = "Mean pause of a client between requests, drawn uniformly from 0 to twice it: an analyst"
                    + " reading what the last answer showed (default: ${DEFAULT-VALUE}).")
    long thinkMillis = 1_000;

    @Option(names = "--ingest-every", paramLabel = "S", description = "Seconds between posted articles (default: ${DEFAULT-VALUE}).")
    int ingestEvery = 2;

    @Option(names = "--articles", paramLabel = "FILE",
            description = "JSON Lines articles to post while measuring (default: the bundled VOA stories).")
    Path articles;

    @Option(names = "--json", description = "Print the figures as one JSON object on standard output (the report goes "
            + "to standard error).")
    boolean json;

    @Override
    public Integer call() throws Exception {
        Path stories = articles != null ? articles
                : Path.of(System.getProperty("dyad.home", ".")).resolve("examples").resolve("voa-stories.jsonl");
        PrintStream report = json ? System.err : System.out;
        String command = "./dyad bench-serve --from " + real + " --events " + events + " --clients " + clients
                + " --seconds " + seconds + " --think-ms " + thinkMillis;
        report.println("== dyad serve under load; rerun: " + command + " (the store is kept in " + work + ")");
        ServeBenchmark.Run run = ServeBenchmark.run(real, work, events, new ServeBenchmark.Settings(clients,
                Duration.ofSeconds(seconds), requests, Duration.ofMillis(thinkMillis), Duration.ofSeconds(ingestEvery),
                stories), report);
        if (json) {
            System.out.println(new ObjectMapper().writeValueAsString(json(run, events, command)));
        }
        return run.met() ? 0 : 1;
    }

    /** The run's figures: latencies per kind of request (p50, p95, p99, max), errors, load and ingest. */
    static ObjectNode json(ServeBenchmark.Run run, long events, String command) {
        ObjectNode o = new ObjectMapper().createObjectNode();
        o.put("events", events);
        o.put("clients", run.clients());
        o.put("seconds", Math.round(run.seconds() * 10) / 10.0);
        o.put("requestCount", run.requests());
        o.put("loadBefore", run.loadBefore());
        o.put("loadAfter", run.loadAfter());
        o.put("articlesPosted", run.articlesPosted());
        o.put("articlesStored", run.articlesStored());
        o.put("eventsCoded", run.eventsCoded());
        ObjectNode requests = o.putObject("requests");
        for (ServeBenchmark.Kind k : ServeBenchmark.Kind.values()) {
            ServeBenchmark.Figures f = run.figures().get(k);
            ObjectNode x = requests.putObject(k.name().toLowerCase(Locale.ROOT));
            x.put("count", f.millis().length);
            x.put("p50Millis", round(f.p(0.5)));
            x.put("p95Millis", round(f.p(0.95)));
            x.put("p99Millis", round(f.p(0.99)));
            x.put("errors", f.errors());
        }
        o.put("goalMet", run.met());
        o.put("command", command + " --json");
        return o;
    }

    private static double round(double x) {
        return Math.round(x * 10) / 10.0;
    }
}
