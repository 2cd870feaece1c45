package edu.stanford.nlp.parser.nndep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The private members the fast path reads are those of the CoreNLP on the class path; no model is loaded. */
class ParserMembersTest {
    @Test
    void thisCoreNlpsParserHasTheMembersOf4510() {
        ParserMembers.Reflected r = ParserMembers.CORENLP_4_5_10.reflect();
        assertThat(r.system().getType()).isEqualTo(ParsingSystem.class);
        assertThat(r.featureArray().getReturnType()).isEqualTo(int[].class);
        assertThat(r.structure().getReturnType().getSimpleName()).isEqualTo("GrammaticalStructure");
    }

    @Test
    void aMissingMemberIsNamedWithTheVersionItWasWrittenAgainst() {
        ParserMembers renamed = new ParserMembers("system", "classifier", "config", "preComputed", "featuresOf",
                "makeGrammaticalRelation", "makeGrammaticalStructure");
        assertThatThrownBy(renamed::reflect).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no member 'featuresOf'").hasMessageContaining("CoreNLP 4.5.10");
    }
}
