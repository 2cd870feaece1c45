package org.dyad.stage.testkit;

import java.util.List;
import org.dyad.model.AnnotatedDocument;
import org.dyad.model.Article;
import org.dyad.model.testkit.Conllu;

/**
 * The stage test kit for a stage that reads the word analysis alone: the kit's texts go through
 * {@link WordAnalysis} (Dyad's own rules, no CoreNLP loaded) and the sample article as CoreNLP
 * analysed it is a document of its own.
 */
public abstract class WordAnalysisStageTestCase extends StageTestCase {
    @Override
    protected AnnotatedDocument prepare(Article article) {
        return WordAnalysis.analyze(article);
    }

    @Override
    protected List<AnnotatedDocument> documents() {
        return List.of(Conllu.sample());
    }
}
