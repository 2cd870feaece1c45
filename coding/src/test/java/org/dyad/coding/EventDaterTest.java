package org.dyad.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.dyad.model.AnnotatedDocument;
import org.dyad.model.DatePrecision;
import org.dyad.model.EventDate;
import org.dyad.model.Sentence;
import org.dyad.model.SentenceGraph;
import org.dyad.model.testkit.Conllu;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EventDaterTest {
    private static final LocalDate ARTICLE = LocalDate.parse("2022-01-28");
    private final EventDater dater = new EventDater();

    private EventDate dateOf(String conllu, int triggerId) {
        AnnotatedDocument doc = Conllu.parse("2022-01-28", conllu);
        Sentence s = doc.sentences().get(0);
        return dater.date(doc, s, SentenceGraph.of(s), triggerId - 1);
    }

    @Test
    void timeModifyingANounOfTheVerbDatesTheVerb() {
        String c = """
                1 In in _ IN O 4 case
                2 their their _ PRP$ O 4 nmod:poss
                3 phone phone _ NN O 4 compound
                4 call call _ NN O 9 obl
                5 on on _ IN O 6 case
                6 Friday Friday _ NNP DATE=2022-01-28 4 nmod
                7 , , _ , O 9 punct
                8 Putin Putin _ NNP PERSON 9 nsubj
                9 told tell _ VBD O 0 root
                10 Macron Macron _ NNP PERSON 9 obj
                """;
        assertThat(dateOf(c, 9)).isEqualTo(new EventDate(ARTICLE, DatePrecision.DAY, "Friday"));
    }

    @Test
    void participleModifyingTheTriggerNounPassesItsTimeOn() {
        String c = """
                1 the the _ DT O 2 det
                2 responses response _ NNS O 0 root
                3 submitted submit _ VBN O 2 acl
                4 on on _ IN O 5 case
                5 Wednesday Wednesday _ NNP DATE=2022-01-26 3 obl
                """;
        assertThat(dateOf(c, 2)).isEqualTo(new EventDate(LocalDate.parse("2022-01-26"), DatePrecision.DAY,
                "Wednesday"));
    }

    @Test
    void participleOfTheObjectDoesNotDateTheVerb() {
        String c = """
                1 Russia Russia _ NNP LOCATION 2 nsubj
                2 rejected reject _ VBD O 0 root
                3 the the _ DT O 4 det
                4 proposals proposal _ NNS O 2 obj
                5 submitted submit _ VBN O 4 acl
                6 on on _ IN O 7 case
                7 Wednesday Wednesday _ NNP DATE=2022-01-26 5 obl
                """;
        assertThat(dateOf(c, 2)).isEqualTo(EventDate.ofArticle(ARTICLE));
    }

    @Test
    void reportedIntentionTakesTheDateOfTheReport() {
        String c = """
                1 Macron Macron _ NNP PERSON 3 nsubj
                2 had have _ VBD O 3 aux
                3 announced announce _ VBN O 0 root
                4 earlier earlier _ RBR DATE=2022-W04 6 advmod
                5 this this _ DT DATE=2022-W04 6 det
                6 week week _ NN DATE=2022-W04 3 obl:tmod
                7 he he _ PRP O 9 nsubj
                8 would would _ MD O 9 aux
                9 hold hold _ VB O 3 ccomp
                10 the the _ DT O 11 det
                11 call call _ NN O 9 obj
                """;
        EventDate d = dateOf(c, 9);
        assertThat(d.date()).isEqualTo(LocalDate.parse("2022-01-24"));
        assertThat(d.precision()).isEqualTo(DatePrecision.WEEK);
        assertThat(d.text()).isEqualTo("earlier this week");
    }

    @Test
    void clauseLooselyAttachedToAVerbOfSayingTakesItsDate() {
        // CoreNLP attaches a complement without "that" as parataxis
        String c = """
                1 Macron Macron _ NNP PERSON 2 nsubj
                2 announced announce _ VBD O 0 root
                3 on on _ IN O 4 case
                4 Wednesday Wednesday _ NNP DATE=2022-01-26 2 obl
                5 he he _ PRP O 7 nsubj
                6 would would _ MD O 7 aux
                7 hold hold _ VB O 2 parataxis
                8 talks talk _ NNS O 7 obj
                """;
        assertThat(dateOf(c, 7).date()).isEqualTo(LocalDate.parse("2022-01-26"));
    }

    @Test
    void clauseLooselyAttachedToAnotherVerbKeepsTheArticleDate() {
        String c = """
                1 Troops troops _ NNS O 2 nsubj
                2 shelled shell _ VBD O 0 root
                3 on on _ IN O 4 case
                4 Wednesday Wednesday _ NNP DATE=2022-01-26 2 obl
                5 and and _ CC O 7 cc
                6 rebels rebel _ NNS O 7 nsubj
                7 fled flee _ VBD O 2 parataxis
                """;
        assertThat(dateOf(c, 7)).isEqualTo(EventDate.ofArticle(ARTICLE));
    }

    @Test
    void pastEventInALaterMonthWasLastYear() {
        String c = """
                1 Troops troops _ NNS O 2 nsubj
                2 attacked attack _ VBD O 0 root
                3 in in _ IN O 4 case
                4 December December _ NNP DATE=2022-12 2 obl
                """;
        assertThat(dateOf(c, 2)).isEqualTo(new EventDate(LocalDate.parse("2021-12-01"), DatePrecision.MONTH,
                "December"));
    }

    @Test
    void futureMeetingOnAWeekdayIsNotInThePast() {
        String c = """
                1 Lavrov Lavrov _ NNP PERSON 3 nsubj
                2 will will _ MD O 3 aux
                3 meet meet _ VB O 0 root
                4 Blinken Blinken _ NNP PERSON 3 obj
                5 on on _ IN O 6 case
                6 Monday Monday _ NNP DATE=2022-01-24 3 obl
                """;
        assertThat(dateOf(c, 3).date()).isEqualTo(LocalDate.parse("2022-01-31"));
    }

    @Test
    void relativeClauseTakesTheTimeOfItsNoun() {
        String c = """
                1 the the _ DT O 2 det
                2 attack attack _ NN O 0 root
                3 on on _ IN O 4 case
                4 Monday Monday _ NNP DATE=2022-01-24 2 nmod
                5 that that _ WDT O 6 nsubj
                6 killed kill _ VBD O 2 acl:relcl
                7 five five _ CD O 6 obj
                """;
        assertThat(dateOf(c, 6).date()).isEqualTo(LocalDate.parse("2022-01-24"));
    }

    @Test
    void eventWithoutTimeKeepsTheArticleDate() {
        String c = """
                1 Russia Russia _ NNP LOCATION 2 nsubj
                2 denies deny _ VBZ O 0 root
                3 it it _ PRP O 2 obj
                """;
        assertThat(dateOf(c, 2)).isEqualTo(new EventDate(ARTICLE, DatePrecision.DAY, ""));
    }

    @Test
    void durationDatesNothing() {
        String c = """
                1 Lavrov Lavrov _ NNP PERSON 2 nsubj
                2 met meet _ VBD O 0 root
                3 for for _ IN O 5 case
                4 two two _ CD DURATION=P2W 5 nummod
                5 weeks week _ NNS DURATION=P2W 2 obl
                """;
        assertThat(dateOf(c, 2)).isEqualTo(EventDate.ofArticle(ARTICLE));
    }

    @ParameterizedTest
    @CsvSource({
        "2022-01-26, 2022-01-26, DAY",
        "2022-01-28TMO, 2022-01-28, DAY",
        "2022-W04, 2022-01-24, WEEK",
        "2021-W52, 2021-12-27, WEEK",
        "2021-12, 2021-12-01, MONTH",
        "XXXX-03, 2022-03-01, MONTH",
        "2022-Q2, 2022-04-01, MONTH",
        "2021, 2021-01-01, YEAR",
    })
    void normalisedValuesBecomeDates(String value, String date, DatePrecision precision) {
        assertThat(EventDater.parse(value, "t", ARTICLE))
                .contains(new EventDate(LocalDate.parse(date), precision, "t"));
    }

    @ParameterizedTest
    @CsvSource({"PAST_REF", "PRESENT_REF", "P2W", "2022-02-30", "''", "XXXX-WXX-1"})
    void valuesThatNameNoCalendarDateAreIgnored(String value) {
        assertThat(EventDater.parse(value, "t", ARTICLE)).isEqualTo(Optional.empty());
    }
}
