package org.dyad.coding;

import org.dyad.stage.Stage;

/** {@link EventLocatingStage} under the stage test kit, with the shipped dictionaries and gazetteer. */
class EventLocatingStageTest extends CodingStageTestCase {
    @Override
    protected Class<? extends Stage> stageClass() {
        return EventLocatingStage.class;
    }
}
