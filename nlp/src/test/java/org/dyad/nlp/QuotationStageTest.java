package org.dyad.nlp;

import org.dyad.stage.Stage;
import org.dyad.stage.testkit.WordAnalysisStageTestCase;
import org.dyad.stage.testkit.WordAnalysis;

/**
 * {@link QuotationStage} under the stage test kit, on the sample article as CoreNLP analysed it and on the kit's
 * texts through {@link WordAnalysis}: Dyad's own rules, no CoreNLP loaded.
 */
class QuotationStageTest extends WordAnalysisStageTestCase {
    private final QuotationStage stage = new QuotationStage();

    @Override
    protected Stage stage() {
        return stage;
    }
}
