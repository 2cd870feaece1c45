package org.dyad.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Optional;
import org.dyad.model.ActorRef;
import org.dyad.model.AnnotatedDocument;
import org.dyad.model.Event;
import org.dyad.model.Evidence;
import org.dyad.model.Provenance;
import org.dyad.model.Trigger;
import org.dyad.model.testkit.Conllu;
import org.dyad.ontology.Cameo;
import org.junit.jupiter.api.Test;

/** Assembly: codings become dated events, merged by (date, source, target, code), with confidence and ids. */
class EventAssemblerTest {
    private static final AnnotatedDocument DOC = Conllu.parse("2022-01-28", """
            1 Arnor Arnor _ NNP LOCATION 2 nsubj
            2 attacked attack _ VBD O 0 root
            3 Gondor Gondor _ NNP LOCATION 2 obj
            4 on on _ IN O 5 case
            5 Wednesday Wednesday _ NNP DATE=2022-01-26 2 obl

            1 Arnor Arnor _ NNP LOCATION 2 nsubj
            2 attacked attack _ VBD O 0 root
            3 Gondor Gondor _ NNP LOCATION 2 obj

            1 Arnor Arnor _ NNP LOCATION 2 nsubj
            2 attacked attack _ VBD O 0 root
            3 Gondor Gondor _ NNP LOCATION 2 obj
            4 again again _ RB O 2 advmod
            """);
    private static final ActorRef ARNOR = actor("ARN", "dictionary-name");
    private static final ActorRef GONDOR = actor("GON", "coreference");
    private final EventAssembler assembler = new EventAssembler(Cameo.standard());

    private static ActorRef actor(String code, String rule) {
        return new ActorRef(code, code, code, 0, 5, new Provenance(rule, code, "test"));
    }

    private static Coding coding(int sentence, String code, String rule) {
        return new Coding(sentence, Trigger.of(DOC.sentences().get(sentence), 1), ARNOR, Optional.of(GONDOR), code,
                Optional.empty(), new Provenance(rule, "ATTACK test", "test"));
    }

    @Test
    void codingsOfOneDateSourceTargetAndCodeAreOneEventWithEverySentence() {
        List<Event> events = assembler.events(DOC, List.of(coding(0, "190", "verb source=subject target=argument"),
                coding(1, "190", "verb source=subject target=argument"),
                coding(2, "190", "pattern source=pattern target=pattern"),
                coding(2, "190", "verb source=subject target=argument")));
        // the first sentence's attack was on Wednesday: an event of its own
        assertThat(events).extracting(e -> e.date().date().toString(),
                e -> e.evidence().stream().map(Evidence::sentence).toList())
                .containsExactly(tuple("2022-01-26", List.of(0)),
                        tuple("2022-01-28", List.of(1, 2)));
        // the merged event keeps its first coding's trigger and provenance
        assertThat(events.get(1).trigger().sentence()).isEqualTo(1);
        assertThat(events.get(1).provenance().rule()).isEqualTo("verb source=subject target=argument");
        assertThat(events.get(1).type().cameo()).isEqualTo("190");
        assertThat(events.get(1).type().quadClass()).isEqualTo(4);
    }

    @Test
    void aCodeCameoDoesNotKnowGivesNoEvent() {
        assertThat(assembler.events(DOC, List.of(coding(1, "903", "verb"), coding(1, "174K", "verb"))))
                .isEmpty();
    }

    @Test
    void confidenceIsTheModelsProbabilityOfTheEventsFeatures() {
        ConfidenceModel model = new ConfidenceModel(0.0, java.util.Map.of("target-actor=coreference", -1.0,
                "root=19", 2.0));
        Event e = new EventAssembler(Cameo.standard(), model)
                .events(DOC, List.of(coding(1, "190", "verb source=subject target=argument"))).get(0);
        // intercept 0, root 19 (+2), a target found through coreference (-1): 1 / (1 + e^-1)
        assertThat(e.confidence()).isCloseTo(1 / (1 + Math.exp(-1)), org.assertj.core.data.Offset.offset(1e-9));
        assertThat(EventFeatures.of(e)).contains("code=verb", "source=subject", "target=argument", "root=19",
                "target-actor=coreference");
    }

    @Test
    void theIdIsStableAndDiffersByKey() {
        List<Event> once = assembler.events(DOC, List.of(coding(0, "190", "verb"), coding(1, "190", "verb")));
        List<Event> again = assembler.events(DOC, List.of(coding(0, "190", "verb"), coding(1, "190", "verb")));
        assertThat(once).extracting(Event::id).isEqualTo(again.stream().map(Event::id).toList());
        assertThat(once.get(0).id()).startsWith("test#").isNotEqualTo(once.get(1).id());
    }
}
