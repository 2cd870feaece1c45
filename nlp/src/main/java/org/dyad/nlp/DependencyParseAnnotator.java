package org.dyad.nlp;

import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.parser.nndep.BatchParser;
import edu.stanford.nlp.parser.nndep.ContiguousClassifier;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphFactory;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.util.CoreMap;
import edu.stanford.nlp.util.PropertiesUtils;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import org.dyad.model.StageInterrupted;

/**
 * Dependency parses by CoreNLP's neural parser with its network scored by {@link ContiguousClassifier},
 * the sentences of a document parsed in step ({@link BatchParser}, in the parser module): the same
 * model, transition system and conversion to Universal Dependencies, at a fraction of the cost; with
 * CoreNLP's own parser, after one warning, should the parser module not fit the CoreNLP on the class path. Unlike CoreNLP's
 * {@code depparse} annotator, which derives five graphs from each parse, it derives the two that Dyad
 * reads: the basic tree and the Enhanced++ graph. Registered with CoreNLP as
 * a custom annotator named {@value #NAME}, so that pipelines with the same settings share one loaded
 * parser, as they share CoreNLP's own annotators.
 *
 * <p>Reads the properties {@code dyadparse.model}, {@code dyadparse.extradependencies} (as CoreNLP's
 * {@code depparse.*}) and {@code dyadparse.precomputed}, the number of frequent (feature, position)
 * pairs whose hidden-layer contribution is precomputed ({@value #PRECOMPUTED} by default, twice
 * CoreNLP's number; 4 KB each with the English model, 160 MB in all). A contribution is the same
 * whether precomputed or computed when needed, so the number changes the speed, not the parses: on
 * VOA stories 40,000 parsed a fifth faster than 20,000, and 60,000 or 100,000 no faster. Thread-safe.
 */
public final class DependencyParseAnnotator implements Annotator {
    /** The annotator's name in a CoreNLP {@code annotators} list. */
    public static final String NAME = "dyadparse";
    static final int PRECOMPUTED = 40_000;
    /**
     * The longest sentence, in tokens, whose Enhanced++ graph is derived; a longer one gets its basic tree
     * as its enhanced graph. CoreNLP's conversion looks nodes up by a scan of the graph for each
     * conjunct, so its cost grows faster than the square of a coordination's length (a list of 1,600
     * names kept a thread busy for minutes). Sentences of news stories stay far below this.
     */
    static final int MAX_ENHANCED_TOKENS = 400;

    private final BatchParser parser;
    private final GrammaticalStructure.Extras extras;

    /** Loads the parser; CoreNLP calls this for {@code customAnnotatorClass.dyadparse}. */
    public DependencyParseAnnotator(String name, Properties properties) {
        Properties own = PropertiesUtils.extractPrefixedProperties(properties, name + ".");
        int precomputed = PropertiesUtils.getInt(own, "precomputed", PRECOMPUTED);
        // the fast path when this CoreNLP is the one the parser module was written against, else CoreNLP's own
        parser = BatchParser.load(own.getProperty("model", DependencyParser.DEFAULT_MODEL), own, precomputed);
        extras = GrammaticalStructure.Extras.valueOf(own.getProperty("extradependencies", "NONE"));
    }

    /** Adds this annotator, with the settings of Dyad's analysis, to CoreNLP pipeline settings. */
    static void register(Properties p) {
        p.setProperty("customAnnotatorClass." + NAME, DependencyParseAnnotator.class.getName());
        p.setProperty(NAME + ".extradependencies", "MAXIMAL");
    }

    @Override
    public void annotate(Annotation annotation) {
        List<CoreMap> sentences = annotation.get(CoreAnnotations.SentencesAnnotation.class);
        List<GrammaticalStructure> parses = parser.predict(sentences);
        for (int i = 0; i < sentences.size(); i++) {
            CoreMap sentence = sentences.get(i);
            // as CoreNLP's own annotators do: a caller that interrupts the thread stops the analysis
            if (Thread.interrupted()) {
                Integer index = sentence.get(CoreAnnotations.SentenceIndexAnnotation.class);
                throw new StageInterrupted(index == null ? i : index,
                        sentence.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class),
                        sentence.get(CoreAnnotations.CharacterOffsetEndAnnotation.class));
            }
            GrammaticalStructure gs = parses.get(i);
            SemanticGraph basic = SemanticGraphFactory.makeFromTree(gs, SemanticGraphFactory.Mode.BASIC, extras, null);
            sentence.set(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class, basic);
            sentence.set(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class,
                    sentence.get(CoreAnnotations.TokensAnnotation.class).size() > MAX_ENHANCED_TOKENS ? basic
                            : SemanticGraphFactory.makeFromTree(gs, SemanticGraphFactory.Mode.ENHANCED_PLUS_PLUS, extras,
                                    null));
        }
    }

    @Override
    @SuppressWarnings("rawtypes") // CoreNLP's interface names the raw annotation type
    public Set<Class<? extends CoreAnnotation>> requirementsSatisfied() {
        return Set.of(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class,
                SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class);
    }

    @Override
    @SuppressWarnings("rawtypes") // CoreNLP's interface names the raw annotation type
    public Set<Class<? extends CoreAnnotation>> requires() {
        return Set.of(CoreAnnotations.TokensAnnotation.class, CoreAnnotations.SentencesAnnotation.class,
                CoreAnnotations.PartOfSpeechAnnotation.class);
    }
}
