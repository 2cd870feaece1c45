package org.dyad.pipeline.gold;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.dyad.coding.ConfidenceModel;
import org.dyad.coding.EventFeatures;
import org.dyad.model.Event;

/**
 * Fits a {@link ConfidenceModel} to judged events: logistic regression of the share of judges who
 * found an event right on its {@link EventFeatures}, with an L2 penalty on the weights (not the
 * intercept) so that a feature seen on few events stays near zero. Full-batch gradient descent from
 * zero, a fixed number of steps: the same events and verdicts always give the same model. Features
 * seen on fewer than {@code minCount} judged events are left out.
 */
public final class ConfidenceFit {
    private final double penalty;
    private final int steps;
    private final int minCount;

    /**
     * @param penalty  the L2 penalty per weight, against the mean log-loss
     * @param steps    gradient steps
     * @param minCount the fewest judged events a feature must be seen on
     */
    public ConfidenceFit(double penalty, int steps, int minCount) {
        if (penalty < 0 || steps < 1 || minCount < 1) {
            throw new IllegalArgumentException("penalty " + penalty + ", steps " + steps + ", minCount " + minCount
                    + ": need penalty >= 0, steps >= 1, minCount >= 1");
        }
        this.penalty = penalty;
        this.steps = steps;
        this.minCount = minCount;
    }

    /** The penalty, steps and fewest events per feature Dyad's shipped model is fitted with. */
    public static final double STANDARD_PENALTY = 0.005;
    public static final int STANDARD_STEPS = 8000;
    public static final int STANDARD_MIN_COUNT = 3;

    /** The settings Dyad's shipped model is fitted with. */
    public static ConfidenceFit standard() {
        return new ConfidenceFit(STANDARD_PENALTY, STANDARD_STEPS, STANDARD_MIN_COUNT);
    }

    /** The model fitted to the judged ones of {@code events}; events without verdicts are left out. */
    public ConfidenceModel fit(List<Event> events, Judgments judgments) {
        List<Set<String>> x = new ArrayList<>();
        List<Double> y = new ArrayList<>();
        Map<String, Integer> counts = new HashMap<>();
        for (Event e : events) {
            Map<String, Judgment> v = judgments.byKey().get(EventKey.of(e));
            if (v == null || v.isEmpty()) {
                continue;
            }
            Set<String> f = EventFeatures.of(e);
            x.add(f);
            y.add(v.values().stream().mapToDouble(j -> j.right() ? 1 : 0).average().orElseThrow());
            f.forEach(k -> counts.merge(k, 1, Integer::sum));
        }
        if (x.isEmpty()) {
            throw new IllegalArgumentException("no event of the " + events.size()
                    + " given has a verdict; judge a sample first (dyad sample, dyad judgments)");
        }
        List<String> names = new ArrayList<>(new TreeSet<>(counts.keySet()));
        names.removeIf(k -> counts.get(k) < minCount);
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            index.put(names.get(i), i);
        }
        int n = x.size();
        int[][] rows = new int[n][];
        for (int i = 0; i < n; i++) {
            rows[i] = x.get(i).stream().filter(index::containsKey).mapToInt(index::get).toArray();
        }
        double[] w = new double[names.size()];
        double b = 0;
        double rate = 0.5;
        for (int step = 0; step < steps; step++) {
            double[] gw = new double[w.length];
            double gb = 0;
            for (int i = 0; i < n; i++) {
                double z = b;
                for (int k : rows[i]) {
                    z += w[k];
                }
                double err = 1 / (1 + Math.exp(-z)) - y.get(i);
                gb += err;
                for (int k : rows[i]) {
                    gw[k] += err;
                }
            }
            b -= rate * gb / n;
            for (int k = 0; k < w.length; k++) {
                w[k] -= rate * (gw[k] / n + penalty * w[k]);
            }
        }
        Map<String, Double> weights = new HashMap<>();
        for (int k = 0; k < w.length; k++) {
            weights.put(names.get(k), w[k]);
        }
        return new ConfidenceModel(b, weights);
    }
}
