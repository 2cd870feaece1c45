package org.dyad.coding;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Mutual acts take their own code as reverse; others keep theirs. */
class ReciprocityTest {
    @Test
    void aMeetingOrANegotiationIsBothPartiesAndAnAttackIsNot() {
        assertThat(Reciprocity.mutual(CodePair.of("046"))).isEqualTo(CodePair.parse("046:046"));
        assertThat(Reciprocity.mutual(CodePair.of("040"))).isEqualTo(CodePair.parse("040:040"));
        assertThat(Reciprocity.mutual(CodePair.of("190"))).isEqualTo(CodePair.of("190"));
        // who calls whom matters: "the mother called police"
        assertThat(Reciprocity.mutual(CodePair.of("041"))).isEqualTo(CodePair.of("041"));
        // the side that breaks off talks acts alone: "the workers broke off talks with employers"
        assertThat(Reciprocity.mutual(CodePair.of("164"))).isEqualTo(CodePair.of("164"));
        // a visit's reverse is hosting, as the dictionary says
        assertThat(Reciprocity.mutual(CodePair.parse("042:043"))).isEqualTo(CodePair.parse("042:043"));
    }
}
