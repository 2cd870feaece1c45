package org.dyad.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class NamePartTest {
    private static final String KIM = """
            1 Kim Kim _ NNP PERSON 3 compound
            2 Jong Jong _ NNP PERSON 3 compound
            3 Un Un _ NNP PERSON 4 nsubj
            4 fired fire _ VBD O 0 root
            5 a a _ DT O 6 det
            6 missile missile _ NN O 4 obj

            1 Envoys envoy _ NNS O 2 nsubj
            2 met meet _ VBD O 0 root
            3 Kim Kim _ NNP PERSON 2 obj

            """;

    @Test
    void aOneWordPartOfAResolvedPersonsNameIsThatPerson() {
        List<ActorMention> found = RuleKit.resolve(RuleKit.document(KIM), new DictionaryName(), new NamePart());
        assertThat(RuleKit.provenance(found, "Kim")).containsExactly("PRKGOV name-part KIM_JONG_UN");
    }

    @Test
    void withoutTheRuleThePartStaysUnknown() {
        List<ActorMention> found = RuleKit.resolve(RuleKit.document(KIM), new DictionaryName());
        assertThat(RuleKit.found(found, "Kim")).isEmpty();
        assertThat(RuleKit.found(found, "Kim Jong Un")).containsExactly("PRKGOV dictionary-name");
    }

    @Test
    void aPartTwoPersonsShareResolvesToNeither() {
        DiscourseContext context = new DiscourseContext(RuleKit.document(KIM), List.of(),
                new DictionaryIndex(RuleKit.DICTIONARY));
        context.learnNamePart("kim", new DiscourseContext.NamedPerson("PRKGOV", "Kim Jong Un", "KIM_JONG_UN"));
        assertThat(context.namePart("kim")).isPresent();
        context.learnNamePart("kim", new DiscourseContext.NamedPerson("PRKGOV", "Kim Jong Un", "KIM_JONG_UN"));
        assertThat(context.namePart("kim")).isPresent();
        context.learnNamePart("kim", new DiscourseContext.NamedPerson("KORGOV", "Kim Dae-jung", "KIM_DAE_JUNG"));
        assertThat(context.namePart("kim")).isEmpty();
    }
}
