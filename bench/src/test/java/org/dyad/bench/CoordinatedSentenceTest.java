package org.dyad.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.dyad.coding.ArticleCoder;
import org.dyad.coding.CodedArticle;
import org.dyad.model.AnnotatedDocument;
import org.junit.jupiter.api.Test;

/** The benchmark's sentence is what it claims: a coordination the shipped coder codes in full. */
class CoordinatedSentenceTest {
    @Test
    void theLongestListIsCodedAsTheTwoCountriesCriticizingRussia() {
        AnnotatedDocument doc = CoordinatedSentence.document(5_000);
        assertThat(doc.article().text()).startsWith("France and Germany, France and Germany, ")
                .endsWith("France and Germany criticized Russia.");
        assertThat(doc.sentences().get(0).size()).isEqualTo(4 * 2_500 + 2);
        CodedArticle coded = ArticleCoder.standard().code(doc);
        assertThat(coded.actors()).hasSize(5_001);
        assertThat(coded.events()).extracting(e -> e.source().code() + " " + e.targetCode() + " " + e.type().root())
                .containsExactlyInAnyOrder("FRA RUS 11", "DEU RUS 11");
    }
}
