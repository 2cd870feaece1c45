package org.dyad.coding;

import org.dyad.stage.Stage;

/** {@link EventDatingStage} under the stage test kit, with the shipped dictionaries and gazetteer. */
class EventDatingStageTest extends CodingStageTestCase {
    @Override
    protected Class<? extends Stage> stageClass() {
        return EventDatingStage.class;
    }
}
