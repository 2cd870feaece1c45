package org.dyad.nlp;

import java.util.List;
import org.dyad.model.AnnotatedDocument;
import org.dyad.model.Article;
import org.dyad.model.testkit.Conllu;
import org.dyad.stage.Stage;
import org.dyad.stage.testkit.StageTestCase;
import org.dyad.stage.testkit.WordAnalysis;

/**
 * {@link QuotationStage} under the stage test kit, on the sample article as CoreNLP analysed it and on the kit's
 * texts through {@link WordAnalysis}: Dyad's own rules, no CoreNLP loaded.
 */
class QuotationStageTest extends StageTestCase {
    private final QuotationStage stage = new QuotationStage();

    @Override
    protected Stage stage() {
        return stage;
    }

    @Override
    protected AnnotatedDocument prepare(Article article) {
        return WordAnalysis.analyze(article);
    }

    @Override
    protected List<AnnotatedDocument> documents() {
        return List.of(Conllu.sample());
    }
}
