package org.dyad.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.dyad.geo.Gazetteer;
import org.dyad.geo.GeoEvaluation;
import org.dyad.geo.Geoparser;
import org.dyad.geo.GoldCorpus;
import org.dyad.geo.ToponymResolver;
import org.dyad.model.GoldIssue;
import org.dyad.nlp.CoreNlpAnalyzer;
import org.dyad.nlp.NlpProfile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code dyad eval-geo --corpus FILE}: scores Dyad's geoparsing on an LGL or GeoVirus gold file, from
 * the gold spans and end to end from raw text (see {@link GeoEvaluation} for the measures).
 */
@Command(name = "eval-geo", mixinStandardHelpOptions = true,
        description = "Score place resolution (given gold spans) and geoparsing from raw text against an LGL or "
                + "GeoVirus gold file: share within 161 km, exact GeoNames matches, recognition precision and recall.")
final class EvalGeoCommand implements Callable<Integer> {
    @Option(names = "--corpus", required = true, paramLabel = "FILE", description = "LGL or GeoVirus XML file.")
    Path corpus;

    @Option(names = "--json", description = "Print the scores as one JSON object, with the gold records realigned,"
            + " recovered or skipped named in 'issues'.")
    boolean json;

    @Option(names = "--given-spans-only", description = "Skip the end-to-end run (no language analysis).")
    boolean givenSpansOnly;

    @Option(names = "--mistakes", paramLabel = "FILE",
            description = "Write each toponym resolved wrongly from gold spans to FILE, one tab-separated line each.")
    Path mistakes;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads for the analysis (default: one per core).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Override
    public Integer call() throws Exception {
        long t0 = System.nanoTime();
        Gazetteer gazetteer = Gazetteer.standard();
        long loadMillis = (System.nanoTime() - t0) / 1_000_000;
        GoldCorpus gold = GoldCorpus.read(corpus);
        for (GoldIssue i : gold.issues()) {
            System.err.println("dyad: " + i.line());
        }
        GeoEvaluation eval = new GeoEvaluation(new Geoparser(new ToponymResolver(gazetteer)));
        GeoEvaluation.GivenSpans given;
        if (mistakes != null) {
            try (java.io.PrintWriter w = new java.io.PrintWriter(java.nio.file.Files.newBufferedWriter(mistakes))) {
                given = eval.givenSpans(gold, w::println);
            }
        } else {
            given = eval.givenSpans(gold);
        }
        ObjectNode o = new ObjectMapper().createObjectNode();
        o.put("corpus", gold.name());
        o.put("articles", gold.articles().size());
        o.put("toponyms", given.toponyms());
        o.put("accuracy161km", round(given.accuracy161km()));
        o.put("exactMatch", round(given.exactMatch()));
        o.put("toponymsWithGeonamesId", given.withGeonamesId());
        o.put("unresolved", given.unresolved());
        o.put("gazetteerPlaces", gazetteer.size());
        o.put("gazetteerLoadMillis", loadMillis);
        if (!givenSpansOnly) {
            CoreNlpAnalyzer analyzer = new CoreNlpAnalyzer(NlpProfile.STANDARD);
            GeoEvaluation.EndToEnd e2e = eval.endToEnd(gold, analyzer::analyze, threads);
            o.put("goldToponyms", e2e.goldToponyms());
            o.put("systemToponyms", e2e.systemToponyms());
            o.put("recognitionPrecision", round(e2e.precision()));
            o.put("recognitionRecall", round(e2e.recall()));
            o.put("endToEndAccuracy161km", round(e2e.accuracy161km()));
            o.put("failedArticles", e2e.failedArticles());
        }
        o.put("realigned", gold.issues(GoldIssue.Kind.REALIGNED));
        o.put("recovered", gold.issues(GoldIssue.Kind.RECOVERED));
        o.put("skipped", gold.issues(GoldIssue.Kind.SKIPPED));
        if (json) {
            ArrayNode notes = o.putArray("issues");
            for (GoldIssue i : gold.issues()) {
                notes.addObject().put("record", i.record()).put("kind", i.kind().name().toLowerCase(Locale.ROOT))
                        .put("reason", i.reason());
            }
        }
        o.put("seconds", round((System.nanoTime() - t0) / 1e9));
        PrintStream out = System.out;
        if (json) {
            out.println(o.toString());
        } else {
            o.fields().forEachRemaining(f -> out.printf("%-24s %s%n", f.getKey(), f.getValue().asText()));
        }
        return 0;
    }

    private static double round(double v) {
        return Math.round(v * 10_000) / 10_000.0;
    }
}
