package org.dyad.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dyad.model.testkit.Conllu;
import org.junit.jupiter.api.Test;

/**
 * Corrections in Dyad's own verb dictionary ({@code dyad.verbs.dyad}) and in how patterns are read,
 * through the shipped coder on hand-written parses: each says what the pattern it corrects got wrong
 * on real text.
 */
class ShippedCorrectionsTest {
    private static final class Shipped {
        static final ArticleCoder CODER = Dictionaries.standard().coder();
    }

    private static List<String> codings(String conllu) {
        return Shipped.CODER.code(Conllu.parse("2018-07-01", conllu)).codings().stream()
                .map(c -> c.source().code() + " " + c.targetCode() + " " + c.code()).toList();
    }

    @Test
    void aMeetingHeldSomewhereIsAMeetingAndOneToComeAnIntent() {
        String held = """
                1 Russia Russia _ NNP LOCATION 2 nsubj
                2 met meet _ VBD O 0 root
                3 with with _ IN O 4 case
                4 China China _ NNP LOCATION 2 obl
                5 at at _ IN O 8 case
                6 the the _ DT O 8 det
                7 Vienna Vienna _ NNP LOCATION 8 compound
                8 summit summit _ NN O 2 obl
                9 . . _ . O 2 punct
                """;
        assertThat(codings(held)).containsExactly("RUS CHN 040", "CHN RUS 040");
        String future = """
                1 Russia Russia _ NNP LOCATION 3 nsubj
                2 will will _ MD O 3 aux
                3 meet meet _ VB O 0 root
                4 with with _ IN O 5 case
                5 China China _ NNP LOCATION 3 obl
                6 at at _ IN O 9 case
                7 the the _ DT O 9 det
                8 Vienna Vienna _ NNP LOCATION 9 compound
                9 summit summit _ NN O 3 obl
                10 . . _ . O 3 punct
                """;
        assertThat(codings(future)).containsExactly("RUS CHN 036");
    }

    @Test
    void puttingSomethingOffIsNoRejectionButObstructingIs() {
        String delayed = """
                1 Russia Russia _ NNP LOCATION 2 nsubj
                2 delayed delay _ VBD O 0 root
                3 tariffs tariff _ NNS O 2 obj
                4 on on _ IN O 5 case
                5 China China _ NNP LOCATION 3 nmod
                6 . . _ . O 2 punct
                """;
        assertThat(codings(delayed)).isEmpty();
        assertThat(codings(delayed.replace("delayed delay", "obstructed obstruct"))).containsExactly("RUS CHN 120");
    }

    @Test
    void governingAndOverturningAreNoCooperationOrSeizure() {
        String controlled = """
                1 Russia Russia _ NNP LOCATION 2 nsubj
                2 controlled control _ VBD O 0 root
                3 China China _ NNP LOCATION 2 obj
                4 . . _ . O 2 punct
                """;
        assertThat(codings(controlled)).isEmpty();
        assertThat(codings(controlled.replace("controlled control", "overturned overturn"))).isEmpty();
        assertThat(codings(controlled.replace("controlled control", "hijacked hijack"))).containsExactly("RUS CHN 171");
    }

    @Test
    void moneyGivenToSomeoneIsEconomicAid() {
        assertThat(codings("""
                1 Russia Russia _ NNP LOCATION 2 nsubj
                2 funded fund _ VBD O 0 root
                3 China China _ NNP LOCATION 2 obj
                4 . . _ . O 2 punct
                """)).containsExactly("RUS CHN 071");
    }

    @Test
    void movingSomeoneToActIsAnAppeal() {
        String encouraged = """
                1 Russia Russia _ NNP LOCATION 2 nsubj
                2 encouraged encourage _ VBD O 0 root
                3 China China _ NNP LOCATION 2 obj
                4 to to _ TO O 5 mark
                5 join join _ VB O 2 xcomp
                6 talks talk _ NNS O 5 obj
                7 . . _ . O 2 punct
                """;
        assertThat(codings(encouraged)).containsExactly("RUS CHN 020");
        assertThat(codings(encouraged.replace("encouraged encourage", "persuaded persuade"))).containsExactly("RUS CHN 020");
    }

    @Test
    void givingIsAidAndLearningNoConsultation() {
        String provided = """
                1 Russia Russia _ NNP LOCATION 2 nsubj
                2 provided provide _ VBD O 0 root
                3 vaccines vaccine _ NNS O 2 obj
                4 to to _ IN O 5 case
                5 China China _ NNP LOCATION 2 obl
                6 . . _ . O 2 punct
                """;
        assertThat(codings(provided)).containsExactly("RUS CHN 070");
        assertThat(codings(provided.replace("provided provide", "lent lend").replace("vaccines vaccine", "money money")))
                .containsExactly("RUS CHN 071");
        assertThat(codings(provided.replace("provided provide", "learned learn").replace("to to", "from from")))
                .isEmpty();
    }

    @Test
    void aVerbSharingANounsLemmaIsNotThatNounOfAWordSet() {
        // CAMEO.2.0's "* &TREATY" (030) must not read "according to witnesses" as an accord
        String attacked = """
                1 Russia Russia _ NNP LOCATION 2 nsubj
                2 attacked attack _ VBD O 0 root
                3 China China _ NNP LOCATION 2 obj
                4 , , _ , O 2 punct
                5 according accord _ VBG O 7 case
                6 to to _ IN O 5 fixed
                7 witnesses witness _ NNS O 2 obl
                8 . . _ . O 2 punct
                """;
        assertThat(codings(attacked)).containsExactly("RUS CHN 190");
        String accords = """
                1 Russia Russia _ NNP LOCATION 2 nsubj
                2 attacked attack _ VBD O 0 root
                3 China China _ NNP LOCATION 5 nmod:poss
                4 's 's _ POS O 3 case
                5 accords accord _ NNS O 2 obj
                6 . . _ . O 2 punct
                """;
        assertThat(codings(accords)).as("a noun still matches by its lemma").containsExactly("RUS CHN 030");
    }

    @Test
    void denyingWhatSomeoneAsksForIsRejectingItNotDenyingResponsibility() {
        String request = """
                1 Russia Russia _ NNP LOCATION 2 nsubj
                2 denied deny _ VBD O 0 root
                3 China China _ NNP LOCATION 5 nmod:poss
                4 's 's _ POS O 3 case
                5 request request _ NN O 2 obj
                6 . . _ . O 2 punct
                """;
        assertThat(codings(request)).containsExactly("RUS CHN 120");
        assertThat(codings(request.replace("5 request request", "5 accusations accusation")))
                .containsExactly("RUS CHN 016");
    }
}
