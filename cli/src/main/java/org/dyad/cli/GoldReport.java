package org.dyad.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;
import java.util.List;
import org.dyad.model.Event;
import org.dyad.pipeline.gold.GoldEvent;
import org.dyad.pipeline.gold.GoldScore;
import org.dyad.pipeline.gold.Half;

/**
 * Prints a {@link GoldScore}: the totals, and for the development half the gold events missed and
 * the coded events that match nothing. The test half's misses are never printed: tuning on them
 * would make its figures a development figure.
 */
final class GoldReport {
    private GoldReport() {
    }

    /** Names each record an evaluation left out (file, line, what is wrong), after their count. */
    static void skipped(List<String> records, PrintStream err) {
        if (records.isEmpty()) {
            return;
        }
        err.printf("dyad: skipped %d bad record%s, scored the rest:%n", records.size(), records.size() == 1 ? "" : "s");
        for (String r : records) {
            err.println("dyad:   " + r);
        }
    }

    static void print(GoldScore s, Half half, List<String> skipped, boolean json, PrintStream out, ObjectMapper mapper)
            throws java.io.IOException {
        boolean details = half == Half.DEV;
        if (json) {
            ObjectNode o = mapper.createObjectNode();
            o.put("half", half.name().toLowerCase(java.util.Locale.ROOT));
            skipped.forEach(o.putArray("skipped")::add);
            o.put("articles", s.articles().size());
            o.put("gold", s.gold());
            o.put("goldHigh", s.goldHigh());
            o.put("events", s.events());
            o.set("strict", mode(mapper, s, s.strict(), false));
            o.set("lenient", mode(mapper, s, s.lenient(), details));
            out.println();
            out.println(mapper.writeValueAsString(o));
            return;
        }
        if (details) {
            out.println("Gold events missed (lenient) and coded events that match no gold event:");
            for (GoldEvent g : s.lenient().missed()) {
                out.printf("  missed     %-16s %-10s %-10s %-4s %s  \"%s\"%n", g.articleId(), g.source(), g.target(),
                        g.cameo(), g.high() ? "high" : "medium", g.quote());
            }
            for (Event e : s.lenient().unmatched()) {
                out.printf("  unmatched  %-16s %-10s %-10s %-4s s%d \"%s\"%n", e.articleId(), e.source().code(),
                        e.target().isPresent() ? e.targetCode() : "-", e.type().cameo(), e.trigger().sentence(),
                        e.evidence().get(0).text());
            }
            out.println();
        }
        out.printf("%s: %d articles, %d gold events (%d high), %d coded events%n",
                half.label(), s.articles().size(), s.gold(), s.goldHigh(), s.events());
        line(out, "lenient", s, s.lenient());
        line(out, "strict", s, s.strict());
        if (!details) {
            out.println("(misses are listed for the development half only: dyad eval --gold ... --half dev)");
        }
    }

    private static void line(PrintStream out, String name, GoldScore s, GoldScore.Match m) {
        out.printf("  %-8s recall %.3f (%d/%d), high-confidence %.3f (%d/%d), coded events supported %.3f%n", name,
                s.recall(m), m.matched(), s.gold(), s.recallHigh(m), m.matchedHigh(), s.goldHigh(), s.supported(m));
    }

    private static ObjectNode mode(ObjectMapper mapper, GoldScore s, GoldScore.Match m, boolean details) {
        ObjectNode o = mapper.createObjectNode();
        o.put("recall", round(s.recall(m)));
        o.put("recallHigh", round(s.recallHigh(m)));
        o.put("supported", round(s.supported(m)));
        o.put("matched", m.matched());
        o.put("unmatchedEvents", m.unmatched().size());
        if (details) {
            ArrayNode missed = o.putArray("missed");
            for (GoldEvent g : m.missed()) {
                ObjectNode x = missed.addObject();
                x.put("articleId", g.articleId());
                x.put("source", g.source());
                x.put("target", g.target());
                x.put("cameo", g.cameo());
                x.put("high", g.high());
                x.put("quote", g.quote());
            }
            ArrayNode unmatched = o.putArray("unmatched");
            for (Event e : m.unmatched()) {
                ObjectNode x = unmatched.addObject();
                x.put("articleId", e.articleId());
                x.put("sentence", e.trigger().sentence());
                x.put("source", e.source().code());
                x.put("target", e.targetCode());
                x.put("cameo", e.type().cameo());
                x.put("text", e.evidence().get(0).text());
            }
        }
        return o;
    }

    static double round(double x) {
        return Math.round(x * 1000) / 1000.0;
    }
}
