package org.dyad.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ActorRuleTest {
    /** The ids are in stored data and outputs: a rename would silently orphan them. */
    @Test
    void theIdsAreTheOnesWrittenInProvenance() {
        assertThat(Arrays.stream(ActorRule.values()).map(ActorRule::id)).containsExactly("dictionary-name",
                "title-name", "adjective-agent", "appositive", "affiliation", "nationality", "owner",
                "discovered-name", "name-part", "gazetteer-place", "article-country", "story-agent", "definite-description",
                "bound-pronoun", "coreference", "bare-agent", "candidate");
    }

    @ParameterizedTest(name = "{0} has confidence {1}")
    @CsvSource({"dictionary-name, 1.0", "title-name, 1.0", "adjective-agent, 0.9", "coreference, 0.8",
        "appositive, 0.7", "article-country, 0.7", "gazetteer-place, 0.7", "new-actor, 0.7", "'', 0.7"})
    void confidenceFollowsHowTheActorWasResolved(String id, double confidence) {
        assertThat(ActorRule.confidenceOf(id)).isEqualTo(confidence);
    }

    @Test
    void idsAreLookedUpExactly() {
        assertThat(ActorRule.of("title-name")).contains(ActorRule.TITLE_NAME);
        assertThat(ActorRule.of("Title-Name")).isEmpty();
        assertThat(ActorRule.of("new-actor")).isEmpty();
        assertThat(ActorRule.COREFERENCE.is("coreference")).isTrue();
        assertThat(ActorRule.COREFERENCE.is("dictionary-name")).isFalse();
    }

    @Test
    void onlyMentionsThatStandForTheirEntrysRoleCanBeRedated() {
        assertThat(Arrays.stream(ActorRule.values()).filter(ActorRule::entryRole)).containsExactly(
                ActorRule.DICTIONARY_NAME, ActorRule.TITLE_NAME, ActorRule.NAME_PART, ActorRule.BOUND_PRONOUN,
                ActorRule.COREFERENCE);
    }
}
