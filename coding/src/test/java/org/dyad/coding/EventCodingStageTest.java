package org.dyad.coding;

import org.dyad.stage.Stage;

/** {@link EventCodingStage} under the stage test kit, with the shipped dictionaries and gazetteer. */
class EventCodingStageTest extends CodingStageTestCase {
    @Override
    protected Class<? extends Stage> stageClass() {
        return EventCodingStage.class;
    }
}
