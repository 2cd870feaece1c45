package org.dyad.pipeline.gold;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.dyad.model.Event;

/**
 * Precision of a sample of coded events from judges' verdicts, as {@code docs/evaluation.md}
 * defines it: per judge, the share of the events it judged that it found right (all four fields
 * hold), and the mean over judges; the same per field; how often two judges agree; and a
 * reliability table of judged precision by the events' confidence.
 *
 * @param events    events in the sample
 * @param judged    events with at least one verdict
 * @param unjudged  events no judge has judged yet (keys to give the judges)
 * @param precision mean over judges of the share judged right
 * @param fields    mean share per field: real, source, target, code, all
 * @param perJudge  each judge's share judged right
 * @param agreement share of events judged by the first two judges on which their all-right verdicts agree
 * @param kappa     Cohen's kappa of the first two judges' all-right verdicts
 * @param bins      the reliability table
 */
public record Precision(int events, int judged, List<EventKey> unjudged, double precision, Map<String, Double> fields,
        Map<String, Double> perJudge, double agreement, double kappa, List<Bin> bins) {
    public Precision {
        unjudged = List.copyOf(unjudged);
        fields = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(fields));
        perJudge = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(perJudge));
        bins = List.copyOf(bins);
    }

    /** Events with confidence in {@code [low, high)}, how many, and the share the judges found right. */
    public record Bin(double low, double high, int events, double precision) {
    }

    /** Precision of the events from the verdicts in {@code judgments}. */
    public static Precision of(List<Event> sample, Judgments judgments) {
        List<String> judges = new ArrayList<>(judgments.judges());
        List<EventKey> unjudged = new ArrayList<>();
        List<Event> judged = new ArrayList<>();
        for (Event e : sample) {
            if (judgments.byKey().containsKey(EventKey.of(e))) {
                judged.add(e);
            } else {
                unjudged.add(EventKey.of(e));
            }
        }
        Map<String, Double> fields = new LinkedHashMap<>();
        fields.put("real", mean(judged, judgments, judges, Judgment::real));
        fields.put("source", mean(judged, judgments, judges, Judgment::sourceOk));
        fields.put("target", mean(judged, judgments, judges, Judgment::targetOk));
        fields.put("code", mean(judged, judgments, judges, Judgment::codeOk));
        fields.put("all", mean(judged, judgments, judges, Judgment::right));
        Map<String, Double> perJudge = new LinkedHashMap<>();
        for (String j : judges) {
            perJudge.put(j, mean(judged, judgments, List.of(j), Judgment::right));
        }
        double agreement = 0;
        double kappa = 0;
        if (judges.size() >= 2) {
            int both = 0;
            int agree = 0;
            int yesA = 0;
            int yesB = 0;
            for (Event e : judged) {
                Map<String, Judgment> v = judgments.byKey().get(EventKey.of(e));
                Judgment a = v.get(judges.get(0));
                Judgment b = v.get(judges.get(1));
                if (a != null && b != null) {
                    both++;
                    agree += a.right() == b.right() ? 1 : 0;
                    yesA += a.right() ? 1 : 0;
                    yesB += b.right() ? 1 : 0;
                }
            }
            if (both > 0) {
                agreement = (double) agree / both;
                double pa = (double) yesA / both;
                double pb = (double) yesB / both;
                double chance = pa * pb + (1 - pa) * (1 - pb);
                kappa = chance >= 1 ? 1 : (agreement - chance) / (1 - chance);
            }
        }
        List<Bin> bins = new ArrayList<>();
        double[] edges = {0, 0.2, 0.4, 0.6, 0.8, 1.0000001};
        for (int i = 0; i + 1 < edges.length; i++) {
            double lo = edges[i];
            double hi = edges[i + 1];
            List<Event> in = judged.stream().filter(e -> e.confidence() >= lo && e.confidence() < hi).toList();
            bins.add(new Bin(lo, Math.min(1, hi), in.size(), mean(in, judgments, judges, Judgment::right)));
        }
        return new Precision(sample.size(), judged.size(), unjudged, fields.get("all"), fields, perJudge, agreement,
                kappa, bins);
    }

    /** The mean over judges of the share of the events each judged for which {@code field} holds. */
    private static double mean(List<Event> events, Judgments judgments, List<String> judges,
            Predicate<Judgment> field) {
        double sum = 0;
        int counted = 0;
        for (String j : judges) {
            int n = 0;
            int yes = 0;
            for (Event e : events) {
                Judgment v = judgments.byKey().get(EventKey.of(e)).get(j);
                if (v != null) {
                    n++;
                    yes += field.test(v) ? 1 : 0;
                }
            }
            if (n > 0) {
                sum += (double) yes / n;
                counted++;
            }
        }
        return counted == 0 ? 0 : sum / counted;
    }
}
