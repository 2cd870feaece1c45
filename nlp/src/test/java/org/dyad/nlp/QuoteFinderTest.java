package org.dyad.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.dyad.model.AnnotatedDocument;
import org.dyad.model.Layer;
import org.dyad.model.Quote;
import org.dyad.model.Sentence;
import org.dyad.model.testkit.Conllu;
import org.junit.jupiter.api.Test;

class QuoteFinderTest {
    private final QuoteFinder finder = new QuoteFinder();

    @Test
    void quotationsAreFoundAndAttributedToTheSubjectOfTheReportingVerb() {
        AnnotatedDocument doc = finder.find(Conllu.sample());
        assertThat(doc.layers()).contains(Layer.QUOTES);
        assertThat(doc.quotes()).extracting(Quote::text).containsExactly("demanding dialogue", "something");
        // "Mr Lavrov said the West was ignoring Russia's interests but there was “something” ..."
        assertThat(doc.quotes().get(1).speaker()).hasValueSatisfying(m -> assertThat(m.text()).isEqualTo("Lavrov"));
        assertThat(doc.text(doc.quotes().get(0).begin(), doc.quotes().get(0).end())).isEqualTo("demanding dialogue");
    }

    @Test
    void aQuotationWithoutAReportingVerbHasNoSpeaker() {
        AnnotatedDocument doc = finder.find(Conllu.parse("2022-01-28", """
                1 " " `` `` O 2 punct
                2 Peace peace NN NN O 0 root
                3 " " '' '' O 2 punct
                """));
        assertThat(doc.quotes()).hasSize(1);
        assertThat(doc.quotes().get(0).speaker()).isEmpty();
    }

    @Test
    void theSpeakerRuleConsultsTheSentencesWithAReportingVerbAroundAQuotation() {
        // “demanding dialogue” in s9 (announced), “something” in s12 (said)
        assertThat(finder.parsesConsulted(Conllu.sample())).containsExactly(9, 12);
    }

    @Test
    void parsingTheConsultedSentencesAloneGivesEveryQuotationItsSpeaker() {
        AnnotatedDocument full = Conllu.sample();
        Set<Integer> keep = finder.parsesConsulted(full);
        List<Sentence> sentences = full.sentences().stream()
                .map(s -> keep.contains(s.index()) ? s : Sentence.unparsed(s.index(), s.begin(), s.end(), s.tokens()))
                .toList();
        AnnotatedDocument partial = new AnnotatedDocument(full.article(), sentences, full.entities(), full.times(),
                List.of(), List.of(), full.layers());
        List<Quote> expected = finder.find(full).quotes();
        assertThat(expected).anyMatch(q -> q.speaker().isPresent());
        assertThat(finder.find(partial).quotes()).isEqualTo(expected);
    }
}
