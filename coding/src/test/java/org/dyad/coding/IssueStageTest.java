package org.dyad.coding;

import org.dyad.stage.Stage;

/** {@link IssueStage} under the stage test kit, with the shipped dictionaries and gazetteer. */
class IssueStageTest extends CodingStageTestCase {
    @Override
    protected Class<? extends Stage> stageClass() {
        return IssueStage.class;
    }
}
