package org.dyad.coding;

import org.dyad.stage.Stage;

/** {@link ActorStage} under the stage test kit, with the shipped dictionaries and gazetteer. */
class ActorStageTest extends CodingStageTestCase {
    @Override
    protected Class<? extends Stage> stageClass() {
        return ActorStage.class;
    }
}
