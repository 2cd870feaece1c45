package edu.stanford.nlp.parser.nndep;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.ling.Word;
import edu.stanford.nlp.trees.GrammaticalRelation;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.trees.TreeGraphNode;
import edu.stanford.nlp.trees.TypedDependency;
import edu.stanford.nlp.util.CoreMap;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Parses several sentences in step with CoreNLP's neural dependency parser: at each step every sentence
 * whose parse is unfinished takes one transition, and the network scores all their states together
 * ({@link ContiguousClassifier#scores}), so its output weights are read once a step rather than once a
 * sentence. Each sentence goes through the transitions, scores and choices that
 * {@link DependencyParser#predict(CoreMap)} gives it, and gets the same {@link GrammaticalStructure};
 * a state in which only one transition applies takes it unscored, as the parser would.
 * Part of Dyad, not of CoreNLP: it lives in CoreNLP's package to reach the parser's transition system.
 *
 * <p><b>Fallback.</b> The fast path reads private members of CoreNLP 4.5.10's parser
 * ({@link ParserMembers}). When this CoreNLP's parser lacks them, {@link #load} logs one warning and
 * returns a batch parser that parses each sentence with CoreNLP's own {@link DependencyParser#predict},
 * with CoreNLP's own settings: the same parses, at CoreNLP's speed ({@link #fast()} tells which).
 *
 * <p>Thread-safe: it holds the loaded parser and no state between calls.
 */
public final class BatchParser {
    private static final Logger LOG = LoggerFactory.getLogger(BatchParser.class);

    private final DependencyParser parser;
    /** The fast path's members, empty when parsing falls back to CoreNLP's own. */
    private final Optional<Fast> fast;

    /** What the fast path reads: the parser's transition system, Dyad's network and the reflected methods. */
    private record Fast(ParsingSystem system, ContiguousClassifier classifier, Method featureArray, Method relation,
            Method structure) {
    }

    private BatchParser(DependencyParser parser, Optional<Fast> fast) {
        this.parser = parser;
        this.fast = fast;
    }

    /**
     * A batch parser over a loaded parser, installing a {@link ContiguousClassifier} that precomputes
     * the contributions of the {@code precomputeCount} most frequent (feature, position) pairs.
     *
     * @throws IllegalStateException when the parser's members are not those of CoreNLP 4.5.10
     */
    public BatchParser(DependencyParser parser, int precomputeCount) {
        this(Objects.requireNonNull(parser, "parser"),
                Optional.of(fast(parser, precomputeCount, ParserMembers.CORENLP_4_5_10.reflect())));
    }

    /**
     * Loads CoreNLP's parser from {@code model} with {@code settings} (CoreNLP's {@code depparse.*}
     * properties, unprefixed) and parses in step with Dyad's network, precomputing {@code precomputeCount}
     * contributions; when this CoreNLP's parser is not the one of 4.5.10, logs one warning and parses
     * with CoreNLP's own parser and settings instead.
     */
    public static BatchParser load(String model, Properties settings, int precomputeCount) {
        return load(model, settings, precomputeCount, ParserMembers.CORENLP_4_5_10, LOG::warn);
    }

    /** As {@link #load(String, Properties, int)}, reflecting {@code members} and warning through {@code warning}. */
    static BatchParser load(String model, Properties settings, int precomputeCount, ParserMembers members,
            Consumer<String> warning) {
        ParserMembers.Reflected reflected;
        try {
            reflected = members.reflect();
        } catch (IllegalStateException e) {
            warning.accept("Dyad's fast dependency parser does not fit this CoreNLP (" + e.getMessage()
                    + "); parsing with CoreNLP's own parser, which gives the same parses more slowly");
            return new BatchParser(DependencyParser.loadFromModelFile(model, settings), Optional.empty());
        }
        Properties own = new Properties();
        own.putAll(settings);
        // CoreNLP's classifier is replaced at once: let it precompute nothing
        own.setProperty("numPreComputed", "0");
        DependencyParser parser = DependencyParser.loadFromModelFile(model, own);
        return new BatchParser(parser, Optional.of(fast(parser, precomputeCount, reflected)));
    }

    private static Fast fast(DependencyParser parser, int precomputeCount, ParserMembers.Reflected members) {
        ContiguousClassifier classifier = ContiguousClassifier.install(parser, precomputeCount, members);
        ParsingSystem system;
        try {
            system = (ParsingSystem) members.system().get(parser);
        } catch (ReflectiveOperationException | ClassCastException e) {
            throw new IllegalStateException("the dependency parser of this CoreNLP version is not the one of 4.5.10: "
                    + e.getMessage(), e);
        }
        if (system.numTransitions() != classifier.transitions()) {
            throw new IllegalStateException("the parser has " + system.numTransitions()
                    + " transitions and its network scores " + classifier.transitions());
        }
        return new Fast(system, classifier, members.featureArray(), members.relation(), members.structure());
    }

    /** True when sentences are parsed in step with Dyad's network, false when by CoreNLP's own parser. */
    public boolean fast() {
        return fast.isPresent();
    }

    /** The parses of the sentences (tokens with POS tags), in their order. */
    public List<GrammaticalStructure> predict(List<? extends CoreMap> sentences) {
        if (fast.isEmpty()) {
            List<GrammaticalStructure> out = new ArrayList<>(sentences.size());
            for (CoreMap s : sentences) {
                out.add(parser.predict(s));
            }
            return out;
        }
        Fast f = fast.get();
        ParsingSystem system = f.system();
        ContiguousClassifier classifier = f.classifier();
        int n = sentences.size();
        Configuration[] states = new Configuration[n];
        for (int i = 0; i < n; i++) {
            states[i] = system.initialConfiguration(sentences.get(i));
        }
        int hidden = classifier.hiddenSize();
        int[] active = new int[n];
        int[][] features = new int[n][];
        float[][] hiddens = new float[n][hidden];
        float[][] scores = new float[n][classifier.scoreLength()];
        while (true) {
            int count = 0;
            boolean moved = false;
            for (int i = 0; i < n; i++) {
                Configuration c = states[i];
                if (system.isTerminal(c)) {
                    continue;
                }
                String only = onlyTransition(system, c);
                if (only != null) {
                    system.apply(c, only);
                } else {
                    active[count] = i;
                    features[count] = (int[]) invoke(f.featureArray(), c);
                    count++;
                }
                moved = true;
            }
            if (!moved) {
                break;
            }
            if (count == 0) {
                continue;
            }
            classifier.scores(features, count, hiddens, scores);
            for (int a = 0; a < count; a++) {
                Configuration c = states[active[a]];
                system.apply(c, best(system, c, scores[a]));
            }
        }
        List<GrammaticalStructure> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(structure(f, sentences.get(i), states[i].tree));
        }
        return out;
    }

    /**
     * The transition that applies when it is the only one, else null. With the root and at most one word
     * on the stack, the parser can only shift (or, with the buffer empty, attach that word to the root):
     * whatever the scores, {@code DependencyParser.predictInner} takes that transition, so the network
     * need not score the state.
     */
    private static String onlyTransition(ParsingSystem system, Configuration c) {
        if (c.getStackSize() > 2) {
            return null;
        }
        String only = null;
        for (String t : system.transitions) {
            if (system.canApply(c, t)) {
                if (only != null) {
                    return null;
                }
                only = t;
            }
        }
        return only;
    }

    /** The highest-scoring transition that applies, as {@code DependencyParser.predictInner} chooses it. */
    private static String best(ParsingSystem system, Configuration c, float[] scores) {
        double optScore = Double.NEGATIVE_INFINITY;
        String optTrans = null;
        for (int j = 0; j < system.numTransitions(); j++) {
            if (scores[j] > optScore) {
                String tr = system.transitions.get(j);
                if (system.canApply(c, tr)) {
                    optScore = scores[j];
                    optTrans = tr;
                }
            }
        }
        return optTrans;
    }

    /** The tree as {@code DependencyParser.predict} turns it into a grammatical structure. */
    private GrammaticalStructure structure(Fast f, CoreMap sentence, DependencyTree tree) {
        List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
        List<TypedDependency> dependencies = new ArrayList<>(tree.n);
        IndexedWord root = new IndexedWord(new Word("ROOT"));
        root.set(CoreAnnotations.IndexAnnotation.class, 0);
        for (int i = 1; i <= tree.n; i++) {
            int head = tree.getHead(i);
            IndexedWord word = new IndexedWord(tokens.get(i - 1));
            IndexedWord headWord = head == 0 ? root : new IndexedWord(tokens.get(head - 1));
            GrammaticalRelation r = head == 0 ? GrammaticalRelation.ROOT
                    : (GrammaticalRelation) invoke(f.relation(), tree.getLabel(i));
            dependencies.add(new TypedDependency(r, headWord, word));
        }
        return (GrammaticalStructure) invoke(f.structure(), dependencies, new TreeGraphNode(root));
    }

    private Object invoke(Method m, Object... arguments) {
        try {
            return m.invoke(parser, arguments);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
