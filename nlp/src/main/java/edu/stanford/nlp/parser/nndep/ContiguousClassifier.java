package edu.stanford.nlp.parser.nndep;

import java.lang.reflect.Field;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The feed-forward network of CoreNLP's neural dependency parser, scored with the same weights laid
 * out for speed. Part of Dyad, not of CoreNLP: it lives in CoreNLP's package because the parser calls
 * its classifier through a package-private method, and {@link #install} swaps it in for the
 * classifier a {@link DependencyParser} loaded.
 *
 * <p>CoreNLP computes each hidden unit and each transition score as a dot product over a row of its
 * weight matrices, one multiply-add after another. Here the first-layer weights are stored per input
 * (one contiguous run of hidden units for each feature position and embedding dimension) and the
 * output weights per hidden unit, so both layers become loops of the form {@code a[i] += x * b[i]},
 * which the JIT compiles to vector instructions. The hidden-layer contributions of the most frequent
 * (feature, position) pairs are precomputed, as in CoreNLP, in single precision. Scores agree with
 * CoreNLP's to about six significant digits; the chosen transition differs only where two
 * transitions score within that margin.
 *
 * <p>Immutable after construction and thread-safe.
 */
public final class ContiguousClassifier extends Classifier {
    private final int hidden;
    private final int transitions;
    private final int numTokens;
    private final int embeddingSize;
    private final float[][] embeddings;
    /** First-layer weights: row {@code position * embeddingSize + dim} holds that input's weight for every hidden unit. */
    private final float[] inputWeights;
    private final float[] bias;
    /** Output weights: row {@code h} holds hidden unit h's weight for every transition. */
    private final float[] outputWeights;
    private final IntIndex precomputedRows;
    private final float[] precomputed;
    /** Each worker thread's recently computed contributions of pairs that are not precomputed. */
    private final ThreadLocal<RecentInputs> recent;

    private ContiguousClassifier(Config config, float[][] e, float[][] w1, float[] b1, float[][] w2,
            List<Integer> frequent, int precomputeCount) {
        // the superclass keeps CoreNLP's training buffers, sized by the matrices it is given: give it none
        super(config, new float[1][1], new float[1][1], new float[1], new float[1][1], List.of());
        this.hidden = b1.length;
        this.transitions = w2.length;
        this.numTokens = Config.numTokens;
        this.embeddingSize = config.embeddingSize;
        this.embeddings = e;
        this.bias = b1.clone();
        int inputs = numTokens * embeddingSize;
        this.inputWeights = new float[inputs * hidden];
        for (int h = 0; h < hidden; h++) {
            float[] row = w1[h];
            for (int i = 0; i < inputs; i++) {
                inputWeights[i * hidden + h] = row[i];
            }
        }
        this.outputWeights = new float[hidden * transitions];
        for (int t = 0; t < transitions; t++) {
            float[] row = w2[t];
            for (int h = 0; h < hidden; h++) {
                outputWeights[h * transitions + t] = row[h];
            }
        }
        int n = Math.min(precomputeCount, frequent.size());
        this.precomputedRows = new IntIndex(n);
        this.precomputed = new float[n * hidden];
        for (int k = 0; k < n; k++) {
            int feature = frequent.get(k);
            precomputedRows.put(feature, k);
            addInput(precomputed, k * hidden, feature / numTokens, feature % numTokens);
        }
        this.recent = ThreadLocal.withInitial(() -> new RecentInputs(hidden));
    }

    /**
     * Replaces the classifier of a loaded parser with a {@code ContiguousClassifier} over the same
     * weights, precomputing the hidden-layer contributions of its {@code precomputeCount} most frequent
     * (feature, position) pairs ({@code hidden} floats each).
     *
     * @throws IllegalStateException when the parser's fields are not those of CoreNLP 4.5
     */
    public static void install(DependencyParser parser, int precomputeCount) {
        Objects.requireNonNull(parser, "parser");
        try {
            Classifier original = (Classifier) field("classifier").get(parser);
            Config config = (Config) field("config").get(parser);
            @SuppressWarnings("unchecked")
            List<Integer> frequent = (List<Integer>) field("preComputed").get(parser);
            field("classifier").set(parser, new ContiguousClassifier(config, original.getE(), original.getW1(),
                    original.getb1(), original.getW2(), frequent, precomputeCount));
        } catch (ReflectiveOperationException | ClassCastException e) {
            throw new IllegalStateException("the dependency parser of this CoreNLP version is not the one of 4.5: "
                    + e.getMessage(), e);
        }
    }

    private static Field field(String name) throws NoSuchFieldException {
        Field f = DependencyParser.class.getDeclaredField(name);
        f.setAccessible(true);
        return f;
    }

    @Override
    double[] computeScores(int[] feature) {
        float[] h = new float[hidden];
        RecentInputs cache = null;
        for (int j = 0; j < feature.length; j++) {
            int tok = feature[j];
            int key = tok * numTokens + j;
            int row = precomputedRows.get(key);
            if (row >= 0) {
                addRow(h, precomputed, row * hidden);
            } else {
                if (cache == null) {
                    cache = recent.get();
                }
                int slot = cache.slot(key);
                if (cache.keys[slot] != key) {
                    Arrays.fill(cache.rows, slot * hidden, (slot + 1) * hidden, 0f);
                    addInput(cache.rows, slot * hidden, tok, j);
                    cache.keys[slot] = key;
                }
                addRow(h, cache.rows, slot * hidden);
            }
        }
        for (int k = 0; k < hidden; k++) {
            float x = h[k] + bias[k];
            h[k] = x * x * x;
        }
        float[] scores = new float[transitions];
        int k = 0;
        // four hidden units per pass over the scores: a quarter of the loads and stores of the scores
        for (; k + 3 < hidden; k += 4) {
            float c0 = h[k];
            float c1 = h[k + 1];
            float c2 = h[k + 2];
            float c3 = h[k + 3];
            int b0 = k * transitions;
            int b1 = b0 + transitions;
            int b2 = b1 + transitions;
            int b3 = b2 + transitions;
            for (int t = 0; t < transitions; t++) {
                scores[t] += c0 * outputWeights[b0 + t] + c1 * outputWeights[b1 + t]
                        + c2 * outputWeights[b2 + t] + c3 * outputWeights[b3 + t];
            }
        }
        for (; k < hidden; k++) {
            float c = h[k];
            int base = k * transitions;
            for (int t = 0; t < transitions; t++) {
                scores[t] += c * outputWeights[base + t];
            }
        }
        double[] out = new double[transitions];
        for (int t = 0; t < transitions; t++) {
            out[t] = scores[t];
        }
        return out;
    }

    /** Adds the hidden-layer contribution of token {@code tok} at feature position {@code position}. */
    private void addInput(float[] target, int offset, int tok, int position) {
        float[] embedding = embeddings[tok];
        int first = position * embeddingSize;
        for (int d = 0; d < embeddingSize; d++) {
            float x = embedding[d];
            if (x == 0f) {
                continue;
            }
            int base = (first + d) * hidden;
            for (int k = 0; k < hidden; k++) {
                target[offset + k] += x * inputWeights[base + k];
            }
        }
    }

    /**
     * A direct-mapped cache of hidden-layer contributions: consecutive parser states share most of their
     * words, so the same (word, position) pair is asked for again within a few transitions.
     */
    private static final class RecentInputs {
        private static final int SLOTS = 512;
        final int[] keys = new int[SLOTS];
        final float[] rows;

        RecentInputs(int hidden) {
            Arrays.fill(keys, -1);
            rows = new float[SLOTS * hidden];
        }

        int slot(int key) {
            return (key * 0x9E3779B9 >>> 9) & (SLOTS - 1);
        }
    }

    private void addRow(float[] target, float[] rows, int offset) {
        for (int k = 0; k < hidden; k++) {
            target[k] += rows[offset + k];
        }
    }

    /** Non-negative int keys to non-negative int values, open addressing; -1 for a missing key. */
    private static final class IntIndex {
        private final int[] keys;
        private final int[] values;
        private final int mask;

        IntIndex(int expected) {
            int capacity = Integer.highestOneBit(Math.max(4, expected * 2 - 1)) << 1;
            keys = new int[capacity];
            values = new int[capacity];
            mask = capacity - 1;
            Arrays.fill(keys, -1);
        }

        void put(int key, int value) {
            int i = slot(key);
            while (keys[i] != -1 && keys[i] != key) {
                i = (i + 1) & mask;
            }
            keys[i] = key;
            values[i] = value;
        }

        int get(int key) {
            int i = slot(key);
            while (keys[i] != -1) {
                if (keys[i] == key) {
                    return values[i];
                }
                i = (i + 1) & mask;
            }
            return -1;
        }

        private int slot(int key) {
            return (key * 0x9E3779B9 >>> 7) & mask;
        }
    }
}
