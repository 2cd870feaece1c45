package edu.stanford.nlp.parser.nndep;

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
    /**
     * Length of a row of output weights and of a state's scores: the transitions padded with zeros to a
     * multiple of 32, so that the JIT's vector loop covers a row without a scalar remainder.
     */
    private final int padded;
    private final int numTokens;
    private final int embeddingSize;
    private final float[][] embeddings;
    /** First-layer weights: row {@code position * embeddingSize + dim} holds that input's weight for every hidden unit. */
    private final float[][] inputWeights;
    private final float[] bias;
    /** Output weights: row {@code h} holds hidden unit h's weight for every transition. */
    private final float[][] outputWeights;
    private final IntIndex precomputedRows;
    private final float[][] precomputed;
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
        this.inputWeights = new float[inputs][hidden];
        for (int h = 0; h < hidden; h++) {
            float[] row = w1[h];
            for (int i = 0; i < inputs; i++) {
                inputWeights[i][h] = row[i];
            }
        }
        this.padded = (transitions + 31) / 32 * 32;
        this.outputWeights = new float[hidden][padded];
        for (int t = 0; t < transitions; t++) {
            float[] row = w2[t];
            for (int h = 0; h < hidden; h++) {
                outputWeights[h][t] = row[h];
            }
        }
        int n = Math.min(precomputeCount, frequent.size());
        this.precomputedRows = new IntIndex(n);
        this.precomputed = new float[n][hidden];
        for (int k = 0; k < n; k++) {
            int feature = frequent.get(k);
            precomputedRows.put(feature, k);
            addInput(precomputed[k], feature / numTokens, feature % numTokens);
        }
        this.recent = ThreadLocal.withInitial(() -> new RecentInputs(hidden));
    }

    /**
     * Replaces the classifier of a loaded parser with a {@code ContiguousClassifier} over the same
     * weights, precomputing the hidden-layer contributions of its {@code precomputeCount} most frequent
     * (feature, position) pairs ({@code hidden} floats each), and returns it.
     *
     * @throws IllegalStateException when the parser's fields are not those of CoreNLP 4.5.10
     */
    public static ContiguousClassifier install(DependencyParser parser, int precomputeCount) {
        return install(parser, precomputeCount, ParserMembers.CORENLP_4_5_10.reflect());
    }

    static ContiguousClassifier install(DependencyParser parser, int precomputeCount, ParserMembers.Reflected members) {
        Objects.requireNonNull(parser, "parser");
        try {
            Classifier original = (Classifier) members.classifier().get(parser);
            Config config = (Config) members.config().get(parser);
            @SuppressWarnings("unchecked")
            List<Integer> frequent = (List<Integer>) members.preComputed().get(parser);
            ContiguousClassifier installed = new ContiguousClassifier(config, original.getE(), original.getW1(),
                    original.getb1(), original.getW2(), frequent, precomputeCount);
            members.classifier().set(parser, installed);
            return installed;
        } catch (ReflectiveOperationException | ClassCastException e) {
            throw new IllegalStateException("the dependency parser of this CoreNLP version is not the one of 4.5.10: "
                    + e.getMessage(), e);
        }
    }

    @Override
    double[] computeScores(int[] feature) {
        float[] h = new float[hidden];
        hiddenLayer(feature, h);
        float[] scores = new float[padded];
        outputLayer(new float[][] {h}, new float[][] {scores}, 1);
        double[] out = new double[transitions];
        for (int t = 0; t < transitions; t++) {
            out[t] = scores[t];
        }
        return out;
    }

    /** The number of transitions the network scores. */
    int transitions() {
        return transitions;
    }

    /** The length of a state's score array in {@link #scores}: the transitions, then padding. */
    int scoreLength() {
        return padded;
    }

    /** The number of hidden units. */
    int hiddenSize() {
        return hidden;
    }

    /**
     * Scores the parser states whose features are {@code features[0..count)}, writing the transition scores
     * of state {@code i} into {@code scores[i]} (zeroed here). Each state gets exactly the scores
     * {@link #computeScores} gives it; scoring states together reads the output weights once for all of
     * them instead of once for each.
     *
     * @param hiddens work space: at least {@code count} arrays of the hidden layer's size
     * @param scores at least {@code count} arrays of {@link #scoreLength()}; the transitions' scores come
     *     first, in the parser's order
     */
    void scores(int[][] features, int count, float[][] hiddens, float[][] scores) {
        for (int i = 0; i < count; i++) {
            Arrays.fill(hiddens[i], 0f);
            Arrays.fill(scores[i], 0f);
            hiddenLayer(features[i], hiddens[i]);
        }
        outputLayer(hiddens, scores, count);
    }

    /** Fills the zeroed {@code h} with the hidden layer's activations for one parser state. */
    private void hiddenLayer(int[] feature, float[] h) {
        RecentInputs cache = null;
        for (int j = 0; j < feature.length; j++) {
            int tok = feature[j];
            int key = tok * numTokens + j;
            int row = precomputedRows.get(key);
            if (row >= 0) {
                addRow(h, precomputed[row]);
            } else {
                if (cache == null) {
                    cache = recent.get();
                }
                int slot = cache.slot(key);
                float[] contribution = cache.rows[slot];
                if (cache.keys[slot] != key) {
                    Arrays.fill(contribution, 0f);
                    addInput(contribution, tok, j);
                    cache.keys[slot] = key;
                }
                addRow(h, contribution);
            }
        }
        for (int k = 0; k < hidden; k++) {
            float x = h[k] + bias[k];
            h[k] = x * x * x;
        }
    }

    /**
     * Adds each state's transition scores to its zeroed {@code scores[i]}. Four hidden units per pass over
     * the scores (a quarter of their loads and stores), and every state per four units while their
     * weights are in the nearest cache.
     */
    private void outputLayer(float[][] hiddens, float[][] scores, int count) {
        int k = 0;
        for (; k + 3 < hidden; k += 4) {
            float[] w0 = outputWeights[k];
            float[] w1 = outputWeights[k + 1];
            float[] w2 = outputWeights[k + 2];
            float[] w3 = outputWeights[k + 3];
            for (int i = 0; i < count; i++) {
                float[] h = hiddens[i];
                float[] out = scores[i];
                float c0 = h[k];
                float c1 = h[k + 1];
                float c2 = h[k + 2];
                float c3 = h[k + 3];
                for (int t = 0; t < padded; t++) {
                    out[t] += c0 * w0[t] + c1 * w1[t] + c2 * w2[t] + c3 * w3[t];
                }
            }
        }
        for (; k < hidden; k++) {
            float[] w = outputWeights[k];
            for (int i = 0; i < count; i++) {
                float c = hiddens[i][k];
                float[] out = scores[i];
                for (int t = 0; t < padded; t++) {
                    out[t] += c * w[t];
                }
            }
        }
    }

    /** Adds the hidden-layer contribution of token {@code tok} at feature position {@code position}. */
    private void addInput(float[] target, int tok, int position) {
        float[] embedding = embeddings[tok];
        int first = position * embeddingSize;
        for (int d = 0; d < embeddingSize; d++) {
            float x = embedding[d];
            if (x == 0f) {
                continue;
            }
            float[] w = inputWeights[first + d];
            for (int k = 0; k < hidden; k++) {
                target[k] += x * w[k];
            }
        }
    }

    /**
     * A direct-mapped cache of hidden-layer contributions: consecutive parser states share most of their
     * words, so the same (word, position) pair is asked for again within a few transitions.
     */
    private static final class RecentInputs {
        private static final int SLOTS = 4096;
        final int[] keys = new int[SLOTS];
        final float[][] rows;

        RecentInputs(int hidden) {
            Arrays.fill(keys, -1);
            rows = new float[SLOTS][hidden];
        }

        int slot(int key) {
            return (key * 0x9E3779B9 >>> 9) & (SLOTS - 1);
        }
    }

    private void addRow(float[] target, float[] row) {
        for (int k = 0; k < hidden; k++) {
            target[k] += row[k];
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
