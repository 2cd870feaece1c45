package org.dyad.nlp;

import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.parser.nndep.ContiguousClassifier;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.pipeline.DependencyParseAnnotator;
import edu.stanford.nlp.util.PropertiesUtils;
import java.lang.reflect.Field;
import java.util.Properties;
import java.util.Set;

/**
 * CoreNLP's dependency-parse annotator with the parser's network scored by {@link ContiguousClassifier}:
 * the same model, transition system and conversion to Universal Dependencies, at a fraction of the
 * cost. Registered with CoreNLP as a custom annotator named {@value #NAME}, so that pipelines with the
 * same settings share one loaded parser, as they share CoreNLP's own annotators.
 *
 * <p>Reads the properties {@code dyadparse.model}, {@code dyadparse.extradependencies} (as CoreNLP's
 * {@code depparse.*}) and {@code dyadparse.precomputed}, the number of frequent (feature, position)
 * pairs whose hidden-layer contribution is precomputed ({@value #PRECOMPUTED} by default, the number
 * CoreNLP precomputes; 4 KB each with the English model).
 */
public final class DependencyParseStage implements Annotator {
    /** The annotator's name in a CoreNLP {@code annotators} list. */
    public static final String NAME = "dyadparse";
    static final int PRECOMPUTED = 20_000;

    private final DependencyParseAnnotator annotator;

    /** Loads the parser; CoreNLP calls this for {@code customAnnotatorClass.dyadparse}. */
    public DependencyParseStage(String name, Properties properties) {
        Properties own = PropertiesUtils.extractPrefixedProperties(properties, name + ".");
        int precomputed = PropertiesUtils.getInt(own, "precomputed", PRECOMPUTED);
        // CoreNLP's classifier is replaced at once: let it precompute nothing
        own.setProperty("numPreComputed", "0");
        annotator = new DependencyParseAnnotator(own);
        ContiguousClassifier.install(parser(annotator), precomputed);
    }

    /** Adds this annotator, with the settings of Dyad's analysis, to CoreNLP pipeline settings. */
    static void register(Properties p) {
        p.setProperty("customAnnotatorClass." + NAME, DependencyParseStage.class.getName());
        p.setProperty(NAME + ".extradependencies", "MAXIMAL");
    }

    private static DependencyParser parser(DependencyParseAnnotator annotator) {
        try {
            Field f = DependencyParseAnnotator.class.getDeclaredField("parser");
            f.setAccessible(true);
            return (DependencyParser) f.get(annotator);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("the dependency-parse annotator of this CoreNLP version is not the one "
                    + "of 4.5: " + e.getMessage(), e);
        }
    }

    @Override
    public void annotate(Annotation annotation) {
        annotator.annotate(annotation);
    }

    @Override
    @SuppressWarnings("rawtypes") // CoreNLP's interface names the raw annotation type
    public Set<Class<? extends CoreAnnotation>> requirementsSatisfied() {
        return annotator.requirementsSatisfied();
    }

    @Override
    @SuppressWarnings("rawtypes") // CoreNLP's interface names the raw annotation type
    public Set<Class<? extends CoreAnnotation>> requires() {
        return annotator.requires();
    }
}
