package org.dyad.coding;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.dyad.model.Event;

/**
 * The probability that a coded event is right, estimated from how it was coded
 * ({@link EventFeatures}) by a logistic model: {@code p = 1 / (1 + exp(-(intercept + sum of the
 * weights of the event's features))}. The weights are fitted on judged events ({@code dyad
 * calibrate}, see {@code docs/evaluation.md}) and shipped as {@code confidence.model}: one
 * {@code feature weight} pair a line, {@code intercept} among them, {@code #} comments. A feature
 * the model does not know weighs nothing. Immutable and thread-safe.
 */
public record ConfidenceModel(double intercept, Map<String, Double> weights) {
    /** The resource the shipped model is read from. */
    public static final String RESOURCE = "confidence.model";

    public ConfidenceModel {
        if (!Double.isFinite(intercept)) {
            throw new IllegalArgumentException("intercept was " + intercept + "; it must be finite");
        }
        weights = Map.copyOf(Objects.requireNonNull(weights, "weights"));
        for (Map.Entry<String, Double> w : weights.entrySet()) {
            if (!Double.isFinite(w.getValue())) {
                throw new IllegalArgumentException("weight of " + w.getKey() + " was " + w.getValue());
            }
        }
    }

    /** The model shipped with Dyad. */
    public static ConfidenceModel standard() {
        return Holder.STANDARD;
    }

    private static final class Holder {
        static final ConfidenceModel STANDARD = load();

        private static ConfidenceModel load() {
            try (InputStream in = ConfidenceModel.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("the confidence model " + RESOURCE + " is missing from the coding "
                            + "module's resources; rebuild Dyad");
                }
                return read(new InputStreamReader(in, StandardCharsets.UTF_8), RESOURCE);
            } catch (IOException e) {
                throw new UncheckedIOException("could not read " + RESOURCE, e);
            }
        }
    }

    /** The probability that the event is right. */
    public double probability(Event e) {
        double z = intercept;
        for (String f : EventFeatures.of(e)) {
            z += weights.getOrDefault(f, 0.0);
        }
        return 1 / (1 + Math.exp(-z));
    }

    /** Reads a model; {@code name} names the source in errors. */
    public static ConfidenceModel read(Reader in, String name) throws IOException {
        Map<String, Double> w = new TreeMap<>();
        double intercept = 0;
        BufferedReader r = new BufferedReader(in);
        String line;
        int n = 0;
        while ((line = r.readLine()) != null) {
            n++;
            String t = line.strip();
            if (t.isEmpty() || t.startsWith("#")) {
                continue;
            }
            String[] f = t.split("\\s+");
            if (f.length != 2) {
                throw new IOException(name + ":" + n + ": expected 'feature weight', got '" + t + "'");
            }
            double value;
            try {
                value = Double.parseDouble(f[1]);
            } catch (NumberFormatException e) {
                throw new IOException(name + ":" + n + ": weight '" + f[1] + "' is not a number", e);
            }
            if (f[0].equals("intercept")) {
                intercept = value;
            } else {
                w.put(f[0], value);
            }
        }
        return new ConfidenceModel(intercept, w);
    }

    /** Writes the model in the format {@link #read} reads, after the given comment lines. */
    public void write(Writer out, String... comments) {
        PrintWriter p = new PrintWriter(out);
        for (String c : comments) {
            p.println("# " + c);
        }
        p.printf(Locale.ROOT, "intercept %.4f%n", intercept);
        new TreeMap<>(weights).forEach((k, v) -> p.printf(Locale.ROOT, "%s %.4f%n", k, v));
        p.flush();
    }
}
