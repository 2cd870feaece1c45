package org.dyad.coding;

import org.dyad.stage.Stage;

/** {@link DiscardStage} under the stage test kit, with the shipped dictionaries and gazetteer. */
class DiscardStageTest extends CodingStageTestCase {
    @Override
    protected Class<? extends Stage> stageClass() {
        return DiscardStage.class;
    }
}
