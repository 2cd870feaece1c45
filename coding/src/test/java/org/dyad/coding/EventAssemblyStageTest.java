package org.dyad.coding;

import org.dyad.stage.Stage;

/** {@link EventAssemblyStage} under the stage test kit, with the shipped dictionaries and gazetteer. */
class EventAssemblyStageTest extends CodingStageTestCase {
    @Override
    protected Class<? extends Stage> stageClass() {
        return EventAssemblyStage.class;
    }
}
