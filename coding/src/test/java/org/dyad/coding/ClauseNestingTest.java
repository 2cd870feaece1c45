package org.dyad.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dyad.model.ActorRef;
import org.dyad.model.AnnotatedDocument;
import org.dyad.ontology.Cameo;
import org.junit.jupiter.api.Test;

/** Clause nesting: which of a sentence's coded triggers count, and who reported each. */
class ClauseNestingTest {
    private static final StepFixture FIXTURE = StepFixture.standard();
    private final TriggerCoder coder = new TriggerCoder(FIXTURE.verbs, Cameo.standard(), "test");
    private final ClauseNesting nesting = new ClauseNesting();

    /** "GON MOR 190 by ARN" for each coding the nesting keeps in the last sentence of a document. */
    private List<String> kept(AnnotatedDocument doc) {
        List<SentenceView> views = FIXTURE.views(doc);
        SentenceView v = views.get(views.size() - 1);
        List<TriggerCoder.Coded> coded = FIXTURE.triggers(v).stream()
                .map(o -> coder.code(v, o, CoderSettings.defaults())).toList();
        return nesting.apply(v, coded).stream().map(c -> c.source().code() + " " + c.targetCode() + " " + c.code()
                + c.reportedBy().map(ActorRef::code).map(r -> " by " + r).orElse("")).toList();
    }

    private List<String> kept(String conllu) {
        return kept(StepFixture.parse(conllu));
    }

    @Test
    void aReportedActionIsKeptWithItsReporterAndTheSayingDropped() {
        assertThat(kept("""
                1 Arnor Arnor _ NNP LOCATION 2 nsubj
                2 said say _ VBD O 0 root
                3 Gondor Gondor _ NNP LOCATION 4 nsubj
                4 attacked attack _ VBD O 2 ccomp
                5 Mordor Mordor _ NNP LOCATION 4 obj
                """)).containsExactly("GON MOR 190 by ARN");
    }

    @Test
    void aConsultationThatReportsSomethingIsAnEventOfItsOwn() {
        // "Arnor told Gondor Mordor attacked Eriador": the telling (041 here) and the reported attack
        assertThat(kept("""
                1 Arnor Arnor _ NNP LOCATION 2 nsubj
                2 told tell _ VBD O 0 root
                3 Gondor Gondor _ NNP LOCATION 2 obj
                4 Mordor Mordor _ NNP LOCATION 5 nsubj
                5 attacked attack _ VBD O 2 ccomp
                6 Eriador Eriador _ NNP LOCATION 5 obj
                """)).containsExactly("ARN GON 041", "MOR ERI 190 by ARN");
    }

    @Test
    void underAnyOtherVerbTheOuterActionWins() {
        // "Arnor urged Gondor to attack Mordor": the urging, not an attack that has not happened
        assertThat(kept("""
                1 Arnor Arnor _ NNP LOCATION 2 nsubj
                2 urged urge _ VBD O 0 root
                3 Gondor Gondor _ NNP LOCATION 2 obj
                4 to to _ TO O 5 mark
                5 attack attack _ VB O 2 xcomp
                6 Mordor Mordor _ NNP LOCATION 5 obj
                """)).containsExactly("ARN GON 020");
    }

    @Test
    void anActionToldAsBackgroundIsNotCodedAgain() {
        assertThat(kept("""
                1 Arnor Arnor _ NNP LOCATION 2 nsubj
                2 attacked attack _ VBD O 0 root
                3 Gondor Gondor _ NNP LOCATION 2 obj
                4 after after _ IN O 6 mark
                5 Mordor Mordor _ NNP LOCATION 6 nsubj
                6 criticized criticize _ VBD O 2 advcl
                7 Eriador Eriador _ NNP LOCATION 6 obj
                """)).containsExactly("ARN GON 190");
    }

    @Test
    void anEventNounThatIsTheObjectOfACodedVerbIsThatVerbsEvent() {
        assertThat(kept("""
                1 Arnor Arnor _ NNP LOCATION 2 nsubj
                2 rejected reject _ VBD O 0 root
                3 Mordor Mordor _ NNP LOCATION 5 nmod:poss
                4 's 's _ POS O 3 case
                5 demands demand _ NNS O 2 obj
                """)).containsExactly("ARN MOR 120");
    }

    @Test
    void whatIsSaidInAQuotationIsReportedByItsSpeaker() {
        assertThat(kept(StepFixture.quoting(StepFixture.parse("""
                1 Gondor Gondor _ NNP LOCATION 2 nsubj
                2 spoke speak _ VBD O 0 root

                1 Arnor Arnor _ NNP LOCATION 2 nsubj
                2 criticized criticize _ VBD O 0 root
                3 Mordor Mordor _ NNP LOCATION 2 obj
                """), 1, 0))).containsExactly("ARN MOR 111 by GON");
    }
}
