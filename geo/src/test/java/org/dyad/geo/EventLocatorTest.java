package org.dyad.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.dyad.model.ActorRef;
import org.dyad.model.AnnotatedDocument;
import org.dyad.model.Event;
import org.dyad.model.EventDate;
import org.dyad.model.EventType;
import org.dyad.model.Evidence;
import org.dyad.model.Place;
import org.dyad.model.Provenance;
import org.dyad.model.Sentence;
import org.dyad.model.Trigger;
import org.dyad.model.testkit.Conllu;
import org.junit.jupiter.api.Test;

class EventLocatorTest {
    private final EventLocator locator = new EventLocator(new Geoparser(new ToponymResolver(
            StandardGazetteer.INSTANCE)));

    /** An event of the sentence {@code sentence} with its trigger at token {@code token} (0-based). */
    private static Event event(AnnotatedDocument doc, int sentence, int token, String sourceText) {
        Sentence s = doc.sentences().get(sentence);
        Provenance p = Provenance.rule("test", "test");
        ActorRef source = new ActorRef("RUS", "Russia", sourceText, 0, 1, p);
        return new Event("e", doc.article().id(), doc.article().date(), EventDate.ofArticle(doc.article().date()),
                source, Optional.empty(), new EventType("150", "Demonstrate military power", 4, -7.2,
                        Optional.empty(), Optional.empty()),
                Optional.empty(), Optional.empty(), Trigger.of(s, token), List.of(Evidence.of(doc, s)), 1.0, p);
    }

    private Optional<Place> locate(AnnotatedDocument doc, Event e) {
        return locator.locate(doc, List.of(e)).get(0).location();
    }

    @Test
    void buildUpOnItsBorderWithUkraineIsAtTheRussiaUkraineBorder() {
        AnnotatedDocument doc = Conllu.sample();
        int sentence = sentenceContaining(doc, "build-up");
        int token = tokenOf(doc.sentences().get(sentence), "build-up");
        Place p = locate(doc, event(doc, sentence, token, "Russian troops")).orElseThrow();
        assertThat(p.type()).isEqualTo("region");
        assertThat(p.name()).isEqualTo("Russia–Ukraine border");
        assertThat(p.countryCode()).isEqualTo("RU");
        assertThat(p.text()).isEqualTo("border with Ukraine");
        // between Moscow and Kyiv, near the real border around 52° N, 34° E
        assertThat(p.latitude()).isBetween(50.0, 55.0);
        assertThat(p.longitude()).isBetween(31.0, 38.0);
    }

    @Test
    void deploymentNearRussianTerritoryIsInRussia() {
        AnnotatedDocument doc = Conllu.sample();
        int sentence = sentenceContaining(doc, "deployment");
        int token = tokenOf(doc.sentences().get(sentence), "deployment");
        Place p = locate(doc, event(doc, sentence, token, "Russia")).orElseThrow();
        assertThat(p.countryCode()).isEqualTo("RU");
        assertThat(p.type()).isEqualTo("country");
        assertThat(p.text()).isEqualTo("Russian");
    }

    @Test
    void eventWithoutAttachedPlaceTakesTheBestPlaceOfItsSentence() {
        AnnotatedDocument doc = Conllu.parse("2009-03-20", """
                1 Marines Marines _ NNPS O 2 nsubj
                2 clashed clash _ VBD O 0 root
                3 with with _ IN O 4 case
                4 insurgents insurgent _ NNS O 2 obl
                5 in in _ IN O 6 case
                6 Ramadi Ramadi _ NNP LOCATION 4 nmod
                7 , , _ , O 6 punct
                8 Iraqi Iraqi _ JJ MISC 9 amod
                9 officials official _ NNS O 10 nsubj
                10 said say _ VBD O 2 parataxis
                """);
        Place p = locate(doc, event(doc, 0, 1, "Marines")).orElseThrow();
        assertThat(p.name()).isEqualTo("Ramadi, Anbar, Iraq");
        assertThat(p.type()).isEqualTo("city");
    }

    @Test
    void demonymOfAnActorDoesNotPlaceTheEvent() {
        AnnotatedDocument doc = Conllu.parse("2022-01-28", """
                1 Russian Russian _ JJ MISC 2 amod
                2 troops troops _ NNS O 3 nsubj
                3 withdrew withdraw _ VBD O 0 root
                """);
        assertThat(locate(doc, event(doc, 0, 2, "Russian troops"))).isEmpty();
    }

    private static int sentenceContaining(AnnotatedDocument doc, String word) {
        for (Sentence s : doc.sentences()) {
            if (s.tokens().stream().anyMatch(t -> t.word().equals(word))) {
                return s.index();
            }
        }
        throw new AssertionError("no sentence with " + word);
    }

    private static int tokenOf(Sentence s, String word) {
        for (int i = 0; i < s.size(); i++) {
            if (s.token(i).word().equals(word)) {
                return i;
            }
        }
        throw new AssertionError("no token " + word);
    }

    @Test
    void eventsKeepTheirOrderAndDates() {
        AnnotatedDocument doc = Conllu.sample();
        Event e = event(doc, 0, 0, "Russia").withDate(new EventDate(LocalDate.parse("2022-01-26"),
                org.dyad.model.DatePrecision.DAY, "Wednesday"));
        assertThat(locator.locate(doc, List.of(e, e))).hasSize(2)
                .allSatisfy(x -> assertThat(x.date().text()).isEqualTo("Wednesday"));
    }
}
