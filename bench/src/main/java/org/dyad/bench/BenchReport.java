package org.dyad.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The results of one {@code dyad bench} run, printed for people or as JSON. Measurements are, in
 * order: (a) the floor, (b) CoreNLP full annotation, (c) Dyad, and optionally (c') Dyad with every
 * sentence parsed; (d), recoding (c)'s store from its parse cache, is given apart.
 */
final class BenchReport {
    private static final int LISTED_DIFFERENCES = 20;
    private final Path corpus;
    private final Corpus articles;
    private final int threads;
    private final Map<String, Long> loading;
    private final Measurement floor;
    private final Measurement full;
    private final Measurement dyad;
    private final Optional<Measurement> dyadFullParse;
    private final Measurement recode;
    private final long lackingParses;
    private final long peakHeapMb;
    private final long peakAfterGcMb;
    private final long maxHeapMb;
    private final String command;
    private final String destination;

    BenchReport(Path corpus, Corpus articles, int threads, Map<String, Long> loading, List<Measurement> results,
            Measurement recode, long lackingParses, long peakHeapMb, long peakAfterGcMb, long maxHeapMb, String command, String destination) {
        if (results.size() < 3) {
            throw new IllegalArgumentException("need the floor, CoreNLP full and Dyad measurements; got " + results);
        }
        this.corpus = corpus;
        this.articles = articles;
        this.threads = threads;
        this.loading = Map.copyOf(loading);
        this.floor = results.get(0);
        this.full = results.get(1);
        this.dyad = results.get(2);
        this.dyadFullParse = results.size() > 3 ? Optional.of(results.get(3)) : Optional.empty();
        this.recode = recode;
        this.lackingParses = lackingParses;
        this.peakHeapMb = peakHeapMb;
        this.peakAfterGcMb = peakAfterGcMb;
        this.maxHeapMb = maxHeapMb;
        this.command = command;
        this.destination = destination;
    }

    double speedupOverFull() {
        return dyad.sentencesPerSecond() / full.sentencesPerSecond();
    }

    double floorOverDyad() {
        return floor.sentencesPerSecond() / dyad.sentencesPerSecond();
    }

    /**
     * (a)/(c) by CPU time: Dyad's process CPU time per sentence over the floor's, 0 when either was not
     * measured. On a machine shared with other jobs each configuration gets what the others leave, and
     * this ratio shows what the wall-clock one would be on free cores.
     */
    double floorOverDyadCpu() {
        if (floor.cpuMillis() == 0 || dyad.cpuMillis() == 0) {
            return 0;
        }
        return (dyad.cpuMillis() / (double) dyad.sentences()) / (floor.cpuMillis() / (double) floor.sentences());
    }

    double parsedShare() {
        return dyad.parsedSentences() / (double) Math.max(1, dyad.sentences());
    }

    Optional<EventSet.Comparison> comparison() {
        return dyadFullParse.map(f -> dyad.events().compare(f.events()));
    }

    void print(PrintStream out) {
        out.printf(Locale.ROOT, "Throughput on %s: %d articles, %d sentences; %d worker threads; each configuration "
                + "warmed up on %d articles, then measured in turn with the others on %d slices%n%n", corpus,
                dyad.articles(), dyad.sentences(), threads, articles.warmup().articles().size(),
                articles.slices().size());
        out.printf(Locale.ROOT, "%-56s %10s %12s %10s %11s%n", "", "articles/s", "sentences/s", "time",
                "cores busy");
        for (Measurement m : all()) {
            out.printf(Locale.ROOT, "%-56s %10.2f %12.1f %9.1fs %11.2f%n", m.label(), m.articlesPerSecond(),
                    m.sentencesPerSecond(), m.millis() / 1000.0, m.coresBusy());
        }
        out.printf(Locale.ROOT, "%-56s %10.2f %12.1f %9.1fs%n", recode.label(), recode.articlesPerSecond(),
                recode.sentencesPerSecond(), recode.millis() / 1000.0);
        out.printf(Locale.ROOT, "    (d) decodes every stored parse, checks the selection, codes, merges and rewrites "
                + "the event tables; articles lacking a parse the selection chose: %d%n", lackingParses);
        out.println();
        out.printf(Locale.ROOT, "(c)/(b) = %.2f  (target >= %.0f: Dyad at least %.0fx bare CoreNLP full annotation)%n",
                speedupOverFull(), BenchCommand.TARGET_SPEEDUP, BenchCommand.TARGET_SPEEDUP);
        out.printf(Locale.ROOT, "(a)/(c) = %.2f  (target <= %.0f: Dyad no slower than %.0fx the floor)%n",
                floorOverDyad(), BenchCommand.TARGET_FLOOR_RATIO, BenchCommand.TARGET_FLOOR_RATIO);
        out.printf(Locale.ROOT, "        by CPU time %.2f  (the same ratio from the CPU time each configuration used: what it would "
                + "be on free cores)%n", floorOverDyadCpu());
        out.printf(Locale.ROOT, "Dyad parsed %d of %d sentences (%.1f%%); events went to %s%n", dyad.parsedSentences(),
                dyad.sentences(), 100 * parsedShare(), destination);
        comparison().ifPresentOrElse(cmp -> {
            out.printf(Locale.ROOT, "events: (c) %d, (c') %d: %s%n", cmp.here(), cmp.there(),
                    cmp.identical() ? "identical" : "DIFFERENT (" + cmp.onlyHere().size() + " only in (c), "
                            + cmp.onlyThere().size() + " only in (c'))");
            cmp.onlyHere().stream().limit(LISTED_DIFFERENCES).forEach(e -> out.println("  only (c):  " + e));
            cmp.onlyThere().stream().limit(LISTED_DIFFERENCES).forEach(e -> out.println("  only (c'): " + e));
        }, () -> out.printf(Locale.ROOT, "events: (c) %d; not compared (--no-full-parse-check)%n",
                dyad.events().size()));
        out.printf(Locale.ROOT, "peak heap %d MB (at most %d MB after a collection; heap limit -Xmx %d MB; target "
                + "<= %d MB)%n", peakHeapMb, peakAfterGcMb, maxHeapMb, BenchCommand.TARGET_HEAP_MB);
        out.print("model loading, once per process (models shared with an earlier configuration are not loaded "
                + "again):");
        loading.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> out.printf(Locale.ROOT, "%n  %-54s %6.1fs", e.getKey(), e.getValue() / 1000.0));
        out.println();
        out.println("rerun: " + command);
    }

    private List<Measurement> all() {
        return dyadFullParse.map(f -> List.of(floor, full, dyad, f)).orElse(List.of(floor, full, dyad));
    }

    ObjectNode json(ObjectMapper mapper) {
        ObjectNode o = mapper.createObjectNode();
        o.put("corpus", corpus.toString());
        o.put("articles", dyad.articles());
        o.put("sentences", dyad.sentences());
        o.put("threads", threads);
        o.put("warmupArticles", articles.warmup().articles().size());
        o.put("slices", articles.slices().size());
        o.put("floorSentencesPerSec", round(floor.sentencesPerSecond()));
        o.put("floorArticlesPerSec", round(floor.articlesPerSecond()));
        o.put("corenlpFullSentencesPerSec", round(full.sentencesPerSecond()));
        o.put("corenlpFullArticlesPerSec", round(full.articlesPerSecond()));
        o.put("dyadSentencesPerSec", round(dyad.sentencesPerSecond()));
        o.put("dyadArticlesPerSec", round(dyad.articlesPerSecond()));
        dyadFullParse.ifPresent(f -> {
            o.put("dyadFullParseSentencesPerSec", round(f.sentencesPerSecond()));
            o.put("dyadFullParseArticlesPerSec", round(f.articlesPerSecond()));
        });
        o.put("recodeSentencesPerSec", round(recode.sentencesPerSecond()));
        o.put("recodeArticlesLackingParses", lackingParses);
        o.put("speedupOverCorenlpFull", round(speedupOverFull()));
        o.put("floorOverDyad", round(floorOverDyad()));
        o.put("floorOverDyadCpu", round(floorOverDyadCpu()));
        o.put("parsedSentences", dyad.parsedSentences());
        o.put("parsedShare", round(parsedShare()));
        o.put("quarantined", dyad.quarantined());
        o.put("events", dyad.events().size());
        comparison().ifPresent(cmp -> {
            o.put("eventsFullParse", cmp.there());
            o.put("eventsIdentical", cmp.identical());
            ArrayNode onlyDyad = o.putArray("eventsOnlySelective");
            cmp.onlyHere().forEach(onlyDyad::add);
            ArrayNode onlyFull = o.putArray("eventsOnlyFullParse");
            cmp.onlyThere().forEach(onlyFull::add);
        });
        o.put("peakHeapMb", peakHeapMb);
        o.put("peakHeapAfterGcMb", peakAfterGcMb);
        o.put("maxHeapMb", maxHeapMb);
        ObjectNode load = o.putObject("modelLoadingMillis");
        loading.forEach(load::put);
        ObjectNode millis = o.putObject("millis");
        all().forEach(m -> millis.put(m.label(), m.millis()));
        millis.put(recode.label(), recode.millis());
        ObjectNode cores = o.putObject("coresBusy");
        all().forEach(m -> cores.put(m.label(), round(m.coresBusy())));
        o.put("command", command);
        return o;
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
