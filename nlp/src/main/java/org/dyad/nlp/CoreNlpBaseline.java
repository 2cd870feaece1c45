package org.dyad.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.logging.RedwoodConfiguration;
import java.util.Objects;
import java.util.Properties;
import org.dyad.model.Article;

/**
 * Bare CoreNLP, with no conversion to Dyad's types and no rules after it: the yardstick that
 * throughput is measured against: CoreNLP's own annotators with their defaults (the full recognizer
 * with SUTime, the parse annotator), with the tokenizer options, sentence splitting and Enhanced++
 * dependencies of {@link CoreNlpAnalyzer}, so the work compared is the same. Models load in the
 * constructor; {@link #annotate} is thread-safe.
 */
public final class CoreNlpBaseline {
    /** The annotator sets measured. */
    public enum Annotators {
        /** Tokens, sentences and POS tags: the least any coder pays to find its verbs. */
        FLOOR("tokenize,ssplit,pos"),
        /** What event coders built on CoreNLP run on every sentence. */
        FULL("tokenize,ssplit,pos,lemma,ner,depparse");

        private final String names;

        Annotators(String names) {
            this.names = names;
        }

        /** CoreNLP's comma-separated annotator names. */
        public String names() {
            return names;
        }
    }

    private final Annotators annotators;
    private final StanfordCoreNLP pipeline;

    /** Loads the models of an annotator set. */
    public CoreNlpBaseline(Annotators annotators) {
        this.annotators = Objects.requireNonNull(annotators, "annotators");
        RedwoodConfiguration.errorLevel().apply();
        Properties p = annotators == Annotators.FULL ? CoreNlpSettings.baselineProperties()
                : CoreNlpSettings.previewProperties();
        p.setProperty("annotators", annotators.names());
        this.pipeline = new StanfordCoreNLP(p);
    }

    /** The annotator set. */
    public Annotators annotators() {
        return annotators;
    }

    /** Annotates an article and returns its number of sentences; the annotation is discarded. */
    public int annotate(Article article) {
        Annotation ann = new Annotation(article.text());
        ann.set(CoreAnnotations.DocDateAnnotation.class, article.date().toString());
        pipeline.annotate(ann);
        return ann.get(CoreAnnotations.SentencesAnnotation.class).size();
    }
}
