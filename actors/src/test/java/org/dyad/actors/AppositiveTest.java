package org.dyad.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class AppositiveTest {
    /** "Bruno Kahl, Germany's intelligence chief, said." */
    static final String KAHL_APPOSITION = """
            1 Bruno Bruno _ NNP PERSON 2 compound
            2 Kahl Kahl _ NNP PERSON 9 nsubj
            3 , , _ , O 2 punct
            4 Germany Germany _ NNP LOCATION 7 nmod:poss
            5 's 's _ POS O 4 case
            6 intelligence intelligence _ NN O 7 compound
            7 chief chief _ NN O 2 appos
            8 , , _ , O 2 punct
            9 said say _ VBD O 0 root
            """;

    @Test
    void anAppositionAfterTheNameDescribesThePerson() {
        ActorResolver.Resolution r = RuleKit.resolver(ActorResolver.Settings.standard(), new AdjectiveAgent(),
                new Appositive()).resolveAll(RuleKit.document(KAHL_APPOSITION));
        assertThat(RuleKit.provenance(r.mentions(), "Bruno Kahl"))
                .containsExactly("DEUSPY appositive DEU+intelligence chief");
        assertThat(r.discoveries()).extracting(Discovery::name, Discovery::rule)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Bruno Kahl", "appositive"));
    }

    @Test
    void anAppositionBeforeTheNameDescribesItToo() {
        List<ActorMention> found = RuleKit.resolve(RuleKit.document("""
                1 Germany Germany _ NNP LOCATION 4 nmod:poss
                2 's 's _ POS O 1 case
                3 intelligence intelligence _ NN O 4 compound
                4 chief chief _ NN O 9 nsubj
                5 , , _ , O 4 punct
                6 Bruno Bruno _ NNP PERSON 7 compound
                7 Kahl Kahl _ NNP PERSON 4 appos
                8 , , _ , O 4 punct
                9 said say _ VBD O 0 root
                """), new AdjectiveAgent(), new Appositive());
        assertThat(RuleKit.found(found, "Bruno Kahl")).containsExactly("DEUSPY appositive");
    }

    @Test
    void theDescriptionsActorIsSoughtBelowItsHead() {
        List<ActorMention> found = RuleKit.resolve(RuleKit.document("""
                1 Lucy Lucy _ NNP PERSON 2 compound
                2 Mtilatila Mtilatila _ NNP PERSON 8 nsubj
                3 , , _ , O 2 punct
                4 director director _ NN O 2 appos
                5 of of _ IN O 6 case
                6 Kenya Kenya _ NNP LOCATION 4 nmod
                7 , , _ , O 2 punct
                8 said say _ VBD O 0 root
                """), new DictionaryName(), new Appositive());
        assertThat(RuleKit.found(found, "Lucy Mtilatila")).containsExactly("KEN appositive");
    }

    @Test
    void withoutTheRuleThePersonStaysUnknown() {
        List<ActorMention> found = RuleKit.resolve(RuleKit.document(KAHL_APPOSITION), new AdjectiveAgent());
        assertThat(RuleKit.found(found, "Bruno Kahl")).isEmpty();
    }

    @Test
    void anotherPersonsNameDescribesNoOne() {
        PhraseReading r = RuleKit.reading(RuleKit.document("""
                1 Bruno Bruno _ NNP PERSON 2 compound
                2 Kahl Kahl _ NNP PERSON 6 nsubj
                3 , , _ , O 2 punct
                4 Sergey Sergey _ NNP PERSON 5 compound
                5 Lavrov Lavrov _ NNP PERSON 2 appos
                6 said say _ VBD O 0 root
                """), Rule.Stage.HEAD, new DictionaryName());
        assertThat(new Appositive().code(RuleKit.phrase(r, "Bruno"), r)).isEmpty();
    }

    @Test
    void withoutAParseThereIsNoApposition() {
        PhraseReading r = RuleKit.reading(RuleKit.document("""
                1 Bruno Bruno _ NNP PERSON
                2 Kahl Kahl _ NNP PERSON
                3 , , _ , O
                4 Germany Germany _ NNP LOCATION
                5 's 's _ POS O
                6 intelligence intelligence _ NN O
                7 chief chief _ NN O
                """), Rule.Stage.HEAD, new AdjectiveAgent());
        assertThat(new Appositive().code(RuleKit.phrase(r, "Bruno"), r)).isEmpty();
    }
}
