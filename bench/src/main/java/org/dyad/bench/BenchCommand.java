package org.dyad.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.dyad.ingest.ArticleReader;
import org.dyad.ingest.FieldNames;
import org.dyad.nlp.CoreNlpBaseline;
import org.dyad.nlp.NlpProfile;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code dyad bench}: measures, in one process and one run, the throughput of (a) bare CoreNLP with
 * tokens, sentences and POS, (b) bare CoreNLP with the full annotation event coders run on every
 * sentence, (c) Dyad's pipeline from raw text to events in its store, (c') the same pipeline parsing
 * every sentence, whose events (c) must reproduce, and (d) recoding (c)'s store from its parse cache;
 * all with the same number of worker threads, each
 * after a warm-up, models loaded once and timed apart. Prints the ratios against the targets, the
 * peak heap, and the command that reruns it; {@code --json} prints one JSON object for scripts.
 * {@code --jmh REGEX} runs the JMH benchmarks of the hot paths instead; {@code --gazetteer-load N}
 * measures loading the embedded gazetteer in N fresh JVMs ({@link GazetteerLoadBenchmark}).
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure throughput: bare CoreNLP (floor and full annotation) against Dyad's pipeline from "
                + "raw text to events, with the same worker threads, after warm-up; compare Dyad's events with "
                + "those of a full parse; report peak heap. --jmh runs the JMH benchmarks of the hot paths.")
public final class BenchCommand implements Callable<Integer> {
    /** Dyad's speed target against bare CoreNLP full annotation: at least this many times faster. */
    static final double TARGET_SPEEDUP = 3.0;
    /** Dyad's speed target against the floor: at most this many times slower. */
    static final double TARGET_FLOOR_RATIO = 4.0;
    /** The heap Dyad must fit in with two worker threads, in MiB. */
    static final long TARGET_HEAP_MB = 3072;

    @Option(names = "--corpus", paramLabel = "PATH",
            description = "Articles to measure on: a file or folder in any format 'dyad code' reads "
                    + "(default: the bundled VOA stories, examples/voa-stories.jsonl).")
    Path corpus = defaultCorpus();

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads for every configuration "
            + "(default: ${DEFAULT-VALUE}).")
    int threads = 2;

    @Option(names = "--warmup", paramLabel = "N", description = "Articles each configuration processes before "
            + "it is timed (default: ${DEFAULT-VALUE}).")
    int warmup = 10;

    @Option(names = "--limit", paramLabel = "N", description = "Measure on the first N articles only "
            + "(default: all).")
    int limit = 0;

    @Option(names = "--slices", paramLabel = "N", description = "Measure the configurations in turn on N slices of "
            + "the corpus, so that a change in the load of a shared machine affects all alike (default: "
            + "${DEFAULT-VALUE}).")
    int slices = 4;

    @Option(names = "--no-full-parse-check", description = "Skip (c'), Dyad parsing every sentence, and so the "
            + "comparison of events; saves about the time of (b).")
    boolean skipFullParse;

    @Option(names = "--json", description = "Print the results as one JSON object.")
    boolean json;

    @Option(names = "--field", paramLabel = "ATTR=NAME",
            description = "Read article attribute ATTR (id, date, title, text, url, source) from JSON field NAME.")
    List<String> fields = new ArrayList<>();

    @Option(names = "--jmh", paramLabel = "REGEX", description = "Run the JMH benchmarks whose names match REGEX "
            + "(ActorMatching, EventCoding, SentenceSelection; '.' for all) instead of the throughput run.")
    String jmh;

    @Option(names = "--gazetteer-load", paramLabel = "RUNS", description = "Instead of the throughput run, load the "
            + "embedded gazetteer in RUNS fresh JVMs with this JVM's options, one after another, and report wall and "
            + "CPU times.")
    int gazetteerLoads;

    private static Path defaultCorpus() {
        return Path.of(System.getProperty("dyad.home", "."), "examples", "voa-stories.jsonl");
    }

    @Override
    public Integer call() throws IOException, RunnerException {
        if (jmh != null) {
            new Runner(new OptionsBuilder().include(jmh).build()).run();
            return 0;
        }
        if (gazetteerLoads != 0) {
            return GazetteerLoadBenchmark.report(gazetteerLoads, json, System.out, System.err);
        }
        if (threads < 1) {
            throw new IllegalArgumentException("--threads was " + threads + "; need at least 1");
        }
        if (!Files.exists(corpus)) {
            throw new IllegalArgumentException("corpus " + corpus + " does not exist; give --corpus PATH");
        }
        PrintStream log = System.err;
        Path scratch = Files.createTempDirectory("dyad-bench");
        try (HeapWatch heap = new HeapWatch()) {
            Corpus c = Corpus.read(reader(), corpus, limit, warmup, slices, scratch);
            log.printf(Locale.ROOT, "dyad bench: %d articles from %s (%d rejected by the reader), %d worker threads, "
                    + "warm-up %d articles, %d slices%n", c.size(), corpus, c.rejected(), threads,
                    c.warmup().articles().size(), c.slices().size());
            StoreDestination destination = new StoreDestination(NlpProfile.SELECTIVE);
            DyadWorkload dyad = new DyadWorkload("(c) Dyad, raw text to events in the store", NlpProfile.SELECTIVE,
                    destination, scratch);
            List<Workload> workloads = new ArrayList<>(List.of(
                    new BaselineWorkload("(a) CoreNLP " + CoreNlpBaseline.Annotators.FLOOR.names(),
                            CoreNlpBaseline.Annotators.FLOOR),
                    new BaselineWorkload("(b) CoreNLP " + CoreNlpBaseline.Annotators.FULL.names(),
                            CoreNlpBaseline.Annotators.FULL),
                    dyad));
            if (!skipFullParse) {
                workloads.add(new DyadWorkload("(c') Dyad, every sentence parsed", NlpProfile.STANDARD,
                        new StoreDestination(NlpProfile.STANDARD), scratch));
            }
            RecodeWorkload recode = new RecodeWorkload("(d) recoding (c)'s store from its parse cache", dyad);
            workloads.add(recode);
            Map<String, Long> loading = new LinkedHashMap<>();
            for (Workload w : workloads) {
                log.println("dyad bench: loading " + w.label());
                long t = System.nanoTime();
                w.load();
                loading.put(w.label(), (System.nanoTime() - t) / 1_000_000);
            }
            for (Workload w : workloads) {
                log.println("dyad bench: warming up " + w.label());
                if (!c.warmup().articles().isEmpty()) {
                    w.run(c.warmup(), threads);
                }
            }
            List<Measurement> results = new ArrayList<>();
            for (int k = 0; k < c.slices().size(); k++) {
                for (int i = 0; i < workloads.size(); i++) {
                    Workload w = workloads.get(i);
                    log.printf(Locale.ROOT, "dyad bench: slice %d of %d: %s%n", k + 1, c.slices().size(), w.label());
                    long cpu = processCpuNanos();
                    Measurement m = w.run(c.slices().get(k), threads)
                            .withCpuMillis((processCpuNanos() - cpu) / 1_000_000);
                    if (k == 0) {
                        results.add(m);
                    } else {
                        results.set(i, results.get(i).plus(m));
                    }
                }
            }
            Measurement recoded = results.remove(results.size() - 1);
            BenchReport report = new BenchReport(corpus, c, threads, loading, results, recoded, recode.lackingParses(),
                    heap.peakMb(), heap.peakAfterCollectionMb(), HeapWatch.maxMb(), command(), destination.description());
            if (json) {
                ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
                ObjectNode o = report.json(mapper);
                System.out.println(mapper.writeValueAsString(o));
            } else {
                report.print(System.out);
            }
        } finally {
            delete(scratch);
        }
        return 0;
    }

    /** CPU time of the whole process so far, all threads. */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private ArticleReader reader() {
        return new ArticleReader(FieldNames.fromOptions(fields));
    }

    /** The command line that reruns this measurement. */
    String command() {
        StringBuilder b = new StringBuilder("./dyad bench --corpus ").append(corpus).append(" --threads ")
                .append(threads).append(" --warmup ").append(warmup).append(" --slices ").append(slices);
        if (limit > 0) {
            b.append(" --limit ").append(limit);
        }
        if (skipFullParse) {
            b.append(" --no-full-parse-check");
        }
        for (String f : fields) {
            b.append(" --field ").append(f);
        }
        if (json) {
            b.append(" --json");
        }
        return b.toString();
    }

    private static void delete(Path dir) {
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not delete the scratch folder " + dir, e);
        }
    }
}
