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
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Parses several sentences in step with CoreNLP's neural dependency parser: at each step every sentence
 * whose parse is unfinished takes one transition, and the network scores all their states together
 * ({@link ContiguousClassifier#scores}), so its output weights are read once a step rather than once a
 * sentence. Each sentence goes through the transitions, scores and choices that
 * {@link DependencyParser#predict(CoreMap)} gives it, and gets the same {@link GrammaticalStructure};
 * a state in which only one transition applies takes it unscored, as the parser would.
 * Part of Dyad, not of CoreNLP: it lives in CoreNLP's package to reach the parser's transition system.
 *
 * <p>Thread-safe: it holds the loaded parser and no state between calls.
 */
public final class BatchParser {
    private final DependencyParser parser;
    private final ParsingSystem system;
    private final ContiguousClassifier classifier;
    private final Method featureArray;
    private final Method relation;
    private final Method structure;

    /**
     * A batch parser over a loaded parser, installing a {@link ContiguousClassifier} that precomputes
     * the contributions of the {@code precomputeCount} most frequent (feature, position) pairs.
     *
     * @throws IllegalStateException when the parser's members are not those of CoreNLP 4.5
     */
    public BatchParser(DependencyParser parser, int precomputeCount) {
        this.parser = Objects.requireNonNull(parser, "parser");
        this.classifier = ContiguousClassifier.install(parser, precomputeCount);
        try {
            Field f = DependencyParser.class.getDeclaredField("system");
            f.setAccessible(true);
            this.system = (ParsingSystem) f.get(parser);
            this.featureArray = method("getFeatureArray", Configuration.class);
            this.relation = method("makeGrammaticalRelation", String.class);
            this.structure = method("makeGrammaticalStructure", List.class, TreeGraphNode.class);
        } catch (ReflectiveOperationException | ClassCastException e) {
            throw new IllegalStateException("the dependency parser of this CoreNLP version is not the one of 4.5: "
                    + e.getMessage(), e);
        }
        if (system.numTransitions() != classifier.transitions()) {
            throw new IllegalStateException("the parser has " + system.numTransitions()
                    + " transitions and its network scores " + classifier.transitions());
        }
    }

    private static Method method(String name, Class<?>... parameters) throws NoSuchMethodException {
        Method m = DependencyParser.class.getDeclaredMethod(name, parameters);
        m.setAccessible(true);
        return m;
    }

    /** The parses of the sentences (tokens with POS tags), in their order. */
    public List<GrammaticalStructure> predict(List<? extends CoreMap> sentences) {
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
                String only = onlyTransition(c);
                if (only != null) {
                    system.apply(c, only);
                } else {
                    active[count] = i;
                    features[count] = features(c);
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
                system.apply(c, best(c, scores[a]));
            }
        }
        List<GrammaticalStructure> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(structure(sentences.get(i), states[i].tree));
        }
        return out;
    }

    /**
     * The transition that applies when it is the only one, else null. With the root and at most one word
     * on the stack, the parser can only shift (or, with the buffer empty, attach that word to the root):
     * whatever the scores, {@code DependencyParser.predictInner} takes that transition, so the network
     * need not score the state.
     */
    private String onlyTransition(Configuration c) {
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
    private String best(Configuration c, float[] scores) {
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

    private int[] features(Configuration c) {
        return (int[]) invoke(featureArray, c);
    }

    /** The tree as {@code DependencyParser.predict} turns it into a grammatical structure. */
    private GrammaticalStructure structure(CoreMap sentence, DependencyTree tree) {
        List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
        List<TypedDependency> dependencies = new ArrayList<>(tree.n);
        IndexedWord root = new IndexedWord(new Word("ROOT"));
        root.set(CoreAnnotations.IndexAnnotation.class, 0);
        for (int i = 1; i <= tree.n; i++) {
            int head = tree.getHead(i);
            IndexedWord word = new IndexedWord(tokens.get(i - 1));
            IndexedWord headWord = head == 0 ? root : new IndexedWord(tokens.get(head - 1));
            GrammaticalRelation r = head == 0 ? GrammaticalRelation.ROOT
                    : (GrammaticalRelation) invoke(relation, tree.getLabel(i));
            dependencies.add(new TypedDependency(r, headWord, word));
        }
        return (GrammaticalStructure) invoke(structure, dependencies, new TreeGraphNode(root));
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
