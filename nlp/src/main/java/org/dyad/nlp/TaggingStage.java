package org.dyad.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import edu.stanford.nlp.util.RuntimeInterruptedException;
import edu.stanford.nlp.util.logging.RedwoodConfiguration;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import org.dyad.model.AnnotatedDocument;
import org.dyad.model.Layer;
import org.dyad.model.StageInterrupted;
import org.dyad.stage.Stage;

/**
 * The first stage of the analysis: CoreNLP's tokenizer, sentence splitter, tagger, lemmatizer and
 * 3-class name recognizer (person, organisation, location: the classes Dyad's rules read), then
 * {@link DateFinder}'s dates normalised against the article date, their tokens tagged {@code DATE}.
 * Loads CoreNLP's models in its constructor (CoreNLP shares them between pipelines of one process).
 */
public final class TaggingStage implements Stage {
    private static final Set<Layer> ASSIGNS = Collections.unmodifiableSet(EnumSet.of(Layer.TOKENS, Layer.POS, Layer.LEMMAS, Layer.ENTITIES,
            Layer.TIME));

    private final StanfordCoreNLP pipeline;

    /** Loads the tokenizer, tagger, lemmatizer and name model. */
    public TaggingStage() {
        RedwoodConfiguration.errorLevel().apply();
        pipeline = new StanfordCoreNLP(CoreNlpSettings.namedPreviewProperties());
    }

    @Override
    public Set<Layer> requires() {
        return Set.of();
    }

    @Override
    public Set<Layer> assigns() {
        return ASSIGNS;
    }

    @Override
    public AnnotatedDocument apply(AnnotatedDocument document) {
        Annotation ann = annotated(pipeline, document);
        TaggedContent content = new TaggedContent();
        for (CoreMap cm : ann.get(CoreAnnotations.SentencesAnnotation.class)) {
            content.addTagged(document.article(), cm);
        }
        EnumSet<Layer> layers = EnumSet.copyOf(ASSIGNS);
        layers.addAll(document.layers());
        return new AnnotatedDocument(document.article(), content.sentences, content.entities, content.times,
                document.coreference(), document.quotes(), layers, document.derived());
    }

    /**
     * The article annotated by {@code pipeline}; a {@link StageInterrupted} over the whole text when the
     * thread is interrupted, as CoreNLP's annotators stop then.
     */
    static Annotation annotated(StanfordCoreNLP pipeline, AnnotatedDocument document) {
        Annotation ann = CoreMaps.annotation(document.article());
        try {
            pipeline.annotate(ann);
        } catch (RuntimeInterruptedException e) {
            throw interrupted(document, e);
        }
        return ann;
    }

    static StageInterrupted interrupted(AnnotatedDocument document, RuntimeInterruptedException e) {
        StageInterrupted where = StageInterrupted.inText(0, document.article().text().length());
        where.initCause(e);
        return where;
    }
}
