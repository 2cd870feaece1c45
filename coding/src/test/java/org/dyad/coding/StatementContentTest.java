package org.dyad.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What a statement says: an obligation, a censure or praise of its clause's subject. */
class StatementContentTest {
    private static final StepFixture FIXTURE = StepFixture.standard();

    private static Optional<CodePair> content(String conllu) {
        SentenceView v = FIXTURE.view(conllu);
        return StatementContent.of(v, FIXTURE.trigger(v, "said").head());
    }

    @Test
    void anObligationIsADemandOrWithShouldAnAppeal() {
        String must = """
                1 Arnor Arnor _ NNP LOCATION 2 nsubj
                2 said say _ VBD O 0 root
                3 Gondor Gondor _ NNP LOCATION 5 nsubj
                4 %s %s _ MD O 5 aux
                5 withdraw withdraw _ VB O 2 ccomp
                """;
        assertThat(content(must.formatted("must", "must"))).contains(CodePair.of("100"));
        assertThat(content(must.formatted("should", "should"))).contains(CodePair.of("020"));
        assertThat(content(must.formatted("will", "will"))).isEmpty();
        // "Arnor said Gondor should not withdraw": an appeal to refrain is an appeal
        assertThat(content("""
                1 Arnor Arnor _ NNP LOCATION 2 nsubj
                2 said say _ VBD O 0 root
                3 Gondor Gondor _ NNP LOCATION 6 nsubj
                4 should should _ MD O 6 aux
                5 not not _ RB O 6 advmod
                6 withdraw withdraw _ VB O 2 ccomp
                """)).contains(CodePair.of("020"));
    }

    @Test
    void aCensureIsCriticismAndANegatedOneNothing() {
        assertThat(content("""
                1 Arnor Arnor _ NNP LOCATION 2 nsubj
                2 said say _ VBD O 0 root
                3 Gondor Gondor _ NNP LOCATION 5 nsubj
                4 was be _ VBD O 5 aux
                5 ignoring ignore _ VBG O 2 ccomp
                6 Arnor Arnor _ NNP LOCATION 5 obj
                """)).contains(CodePair.of("111"));
        assertThat(content("""
                1 Arnor Arnor _ NNP LOCATION 2 nsubj
                2 said say _ VBD O 0 root
                3 Gondor Gondor _ NNP LOCATION 6 nsubj
                4 was be _ VBD O 6 cop
                5 not not _ RB O 6 advmod
                6 wrong wrong _ JJ O 2 ccomp
                """)).isEmpty();
    }

    @Test
    void anAdverbOfCensureCriticisesTheConductItModifiesDoneOrNot() {
        String listened = """
                1 Arnor Arnor _ NNP LOCATION 2 nsubj
                2 said say _ VBD O 0 root
                3 Gondor Gondor _ NNP LOCATION 7 nsubj
                4 had have _ VBD O 7 aux
                5 regrettably regrettably _ RB O 7 advmod
                6 not not _ RB O 7 advmod
                7 listened listen _ VBN O 2 ccomp
                """;
        assertThat(content(listened)).contains(CodePair.of("111"));
        assertThat(content(listened.replace("6 not not _ RB", "6 always always _ RB"))).contains(CodePair.of("111"));
        assertThat(content(listened.replace("5 regrettably regrettably", "5 finally finally"))).isEmpty();
    }
    private static Optional<CodePair> warning(String conllu) {
        SentenceView v = FIXTURE.view(conllu);
        return StatementContent.warning(v, FIXTURE.trigger(v, "warned").head());
    }

    @Test
    void aWarningOfWhatMayComeIsAThreatAndOfWhatIsAStatement() {
        String warned = """
                1 Arnor Arnor _ NNP LOCATION 2 nsubj
                2 warned warn _ VBD O 0 root
                3 Gondor Gondor _ NNP LOCATION 2 obj
                4 it it _ PRP O 6 nsubj
                5 %s %s _ MD O 6 aux
                6 retaliate retaliate _ VB O 2 ccomp
                """;
        assertThat(warning(warned.formatted("would", "would"))).as("a threat").isEmpty();
        assertThat(warning(warned.formatted("may", "may"))).as("a threat").isEmpty();
        // "Arnor warned Gondor the fire is too big": a statement
        assertThat(warning("""
                1 Arnor Arnor _ NNP LOCATION 2 nsubj
                2 warned warn _ VBD O 0 root
                3 Gondor Gondor _ NNP LOCATION 2 obj
                4 fire fire _ NN O 7 nsubj
                5 is be _ VBZ O 7 cop
                6 too too _ RB O 7 advmod
                7 big big _ JJ O 2 ccomp
                """)).contains(CodePair.of("010"));
        // "Arnor warned that Gondor was ignoring Mordor": criticism
        assertThat(warning("""
                1 Arnor Arnor _ NNP LOCATION 2 nsubj
                2 warned warn _ VBD O 0 root
                3 Gondor Gondor _ NNP LOCATION 5 nsubj
                4 was be _ VBD O 5 aux
                5 ignoring ignore _ VBG O 2 ccomp
                6 Mordor Mordor _ NNP LOCATION 5 obj
                """)).contains(CodePair.of("111"));
        // "Arnor warned of war": no clause, a threat
        assertThat(warning("""
                1 Arnor Arnor _ NNP LOCATION 2 nsubj
                2 warned warn _ VBD O 0 root
                3 of of _ IN O 4 case
                4 war war _ NN O 2 obl
                """)).isEmpty();
    }
}
