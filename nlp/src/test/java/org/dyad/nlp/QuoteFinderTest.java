package org.dyad.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.dyad.model.AnnotatedDocument;
import org.dyad.model.Layer;
import org.dyad.model.Quote;
import org.dyad.model.testkit.Conllu;
import org.junit.jupiter.api.Test;

class QuoteFinderTest {
    @Test
    void quotationsAreFoundAndAttributedToTheSubjectOfTheReportingVerb() {
        AnnotatedDocument doc = new QuoteFinder().find(Conllu.sample());
        assertThat(doc.layers()).contains(Layer.QUOTES);
        assertThat(doc.quotes()).extracting(Quote::text).containsExactly("demanding dialogue", "something");
        // "Mr Lavrov said the West was ignoring Russia's interests but there was “something” ..."
        assertThat(doc.quotes().get(1).speaker()).hasValueSatisfying(m -> assertThat(m.text()).isEqualTo("Lavrov"));
        assertThat(doc.text(doc.quotes().get(0).begin(), doc.quotes().get(0).end())).isEqualTo("demanding dialogue");
    }

    @Test
    void aQuotationWithoutAReportingVerbHasNoSpeaker() {
        AnnotatedDocument doc = new QuoteFinder().find(Conllu.parse("2022-01-28", """
                1 " " `` `` O 2 punct
                2 Peace peace NN NN O 0 root
                3 " " '' '' O 2 punct
                """));
        assertThat(doc.quotes()).hasSize(1);
        assertThat(doc.quotes().get(0).speaker()).isEmpty();
    }
}
