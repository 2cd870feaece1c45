package org.dyad.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dyad.model.Event;
import org.dyad.pipeline.gold.EventKey;
import org.dyad.pipeline.gold.Half;
import org.dyad.pipeline.gold.Judgments;
import org.dyad.pipeline.gold.Precision;

/**
 * Prints a {@link Precision}: per field and overall, per judge, the judges' agreement, the
 * reliability table, and the precision and share of events kept at three confidence thresholds
 * spanning the range the fitted confidences take.
 */
final class PrecisionReport {
    /** The thresholds the report shows, as {@code --min-confidence} would apply them. */
    static final double[] THRESHOLDS = {0.4, 0.5, 0.6};

    private PrecisionReport() {
    }

    static void print(Precision p, Half half, List<Event> sample, Judgments judgments, boolean json, PrintStream out,
            ObjectMapper mapper)
            throws IOException {
        if (json) {
            ObjectNode o = mapper.createObjectNode();
            o.put("half", half.name().toLowerCase(Locale.ROOT));
            judgments.skipped().forEach(o.putArray("skipped")::add);
            o.put("events", p.events());
            o.put("judged", p.judged());
            o.put("precision", GoldReport.round(p.precision()));
            ObjectNode f = o.putObject("fields");
            p.fields().forEach((k, v) -> f.put(k, GoldReport.round(v)));
            ObjectNode j = o.putObject("judges");
            p.perJudge().forEach((k, v) -> j.put(k, GoldReport.round(v)));
            o.put("agreement", GoldReport.round(p.agreement()));
            o.put("kappa", GoldReport.round(p.kappa()));
            ArrayNode bins = o.putArray("reliability");
            for (Precision.Bin b : p.bins()) {
                ObjectNode x = bins.addObject();
                x.put("low", b.low());
                x.put("high", b.high());
                x.put("events", b.events());
                x.put("precision", GoldReport.round(b.precision()));
            }
            ArrayNode th = o.putArray("thresholds");
            for (double t : THRESHOLDS) {
                Threshold r = Threshold.of(sample, judgments, p, t);
                ObjectNode x = th.addObject();
                x.put("minConfidence", t);
                x.put("kept", GoldReport.round(r.kept()));
                x.put("precision", GoldReport.round(r.precision()));
            }
            ArrayNode un = o.putArray("unjudged");
            for (EventKey k : p.unjudged()) {
                un.add(k.toString());
            }
            out.println();
            out.println(mapper.writeValueAsString(o));
            return;
        }
        out.printf("%s: %d events in the sample, %d judged%n", half.label(), p.events(),
                p.judged());
        if (!p.unjudged().isEmpty()) {
            out.printf("  %d events have no verdict yet: draw them for the judges with dyad sample --skip-judged%n",
                    p.unjudged().size());
        }
        out.printf("  precision (all four fields right, mean of judges) %.3f%n", p.precision());
        for (Map.Entry<String, Double> e : p.fields().entrySet()) {
            out.printf("    %-7s %.3f%n", e.getKey(), e.getValue());
        }
        p.perJudge().forEach((k, v) -> out.printf("  judge %-10s %.3f%n", k, v));
        out.printf("  judges agree on %.3f of the events they both judged (kappa %.3f)%n", p.agreement(), p.kappa());
        out.println("  confidence     events  precision");
        for (Precision.Bin b : p.bins()) {
            out.printf("  [%.1f, %.1f%s  %6d  %9.3f%n", b.low(), b.high(), b.high() >= 1 ? "]" : ")", b.events(),
                    b.precision());
        }
        for (double t : THRESHOLDS) {
            Threshold r = Threshold.of(sample, judgments, p, t);
            out.printf("  --min-confidence %.1f keeps %.3f of the judged events, precision %.3f%n", t, r.kept(),
                    r.precision());
        }
    }

    /** The share of judged events kept at a threshold and their judged precision. */
    record Threshold(double kept, double precision) {
        static Threshold of(List<Event> sample, Judgments judgments, Precision all, double t) {
            Precision above = Precision.of(sample.stream().filter(e -> e.confidence() >= t).toList(), judgments);
            return new Threshold(all.judged() == 0 ? 0 : (double) above.judged() / all.judged(), above.precision());
        }
    }
}
