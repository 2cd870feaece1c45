package org.dyad.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.dyad.model.AnnotatedDocument;
import org.dyad.model.Article;
import org.dyad.model.CorefChain;
import org.dyad.model.Layer;
import org.dyad.model.Mention;
import org.dyad.model.Quote;
import org.dyad.model.Sentence;
import org.dyad.model.StageInterrupted;
import org.dyad.model.Token;
import org.dyad.nlp.TextAnalyzer;
import org.junit.jupiter.api.Test;

class ChunkedAnalyzerTest {
    /** Paragraphs of sentences naming places, about 9,000 characters. */
    private static Article longArticle() {
        StringBuilder text = new StringBuilder();
        for (int p = 0; p < 60; p++) {
            for (int s = 0; s < 3; s++) {
                text.append("The minister of Peru met the envoy of Chile in Lima on Monday. ");
            }
            text.append("\n\n");
        }
        return new Article("long", LocalDate.parse("2022-01-28"), "A title", text.toString().strip(), "", "");
    }

    @Test
    void chunksJoinIntoTheDocumentTheWholeTextGivesWithOffsetsIntoTheArticle() {
        Article a = longArticle();
        AnnotatedDocument whole = new WordAnalyzer().analyze(a);
        AnnotatedDocument joined = new ChunkedAnalyzer(new WordAnalyzer(), 1_000).analyze(a);
        // the stand-in is local to sentences, so cutting at paragraph breaks changes nothing of them
        assertThat(joined.sentences()).hasSameSizeAs(whole.sentences());
        for (int i = 0; i < whole.sentences().size(); i++) {
            Sentence w = whole.sentences().get(i);
            Sentence j = joined.sentences().get(i);
            assertThat(j.index()).isEqualTo(i);
            assertThat(j.begin()).isEqualTo(w.begin());
            assertThat(j.end()).isEqualTo(w.end());
            assertThat(j.tokens()).isEqualTo(w.tokens());
        }
        for (Sentence s : joined.sentences()) {
            for (Token t : s.tokens()) {
                assertThat(a.text().substring(t.begin(), t.end())).isEqualTo(t.word());
            }
        }
        assertThat(joined.entities()).isEqualTo(whole.entities());
        assertThat(joined.times()).isEqualTo(whole.times());
        assertThat(joined.entities()).allSatisfy(e -> assertThat(a.text().substring(e.begin(), e.end()))
                .isEqualTo(e.text()));
    }

    @Test
    void eachChunksChainsAndQuotesKeepTheirPlaceAndDistinctNumbers() {
        Article a = longArticle();
        AnnotatedDocument joined = new ChunkedAnalyzer(new WordAnalyzer(), 1_000).analyze(a);
        int chunks = TextChunks.of(a.text(), 1_000).size();
        assertThat(chunks).isGreaterThan(5);
        assertThat(joined.coreference()).hasSize(chunks).extracting(CorefChain::id).doesNotHaveDuplicates();
        assertThat(joined.quotes()).hasSize(chunks).extracting(Quote::index)
                .containsExactlyElementsOf(java.util.stream.IntStream.range(0, chunks).boxed().toList());
        for (CorefChain c : joined.coreference()) {
            for (Mention m : c.mentions()) {
                Sentence s = joined.sentences().get(m.sentence());
                assertThat(s.token(m.head()).word()).isEqualTo(m.text());
                assertThat(a.text().substring(m.begin(), m.end())).isEqualTo(m.text());
            }
        }
        assertThat(joined.quotes()).allSatisfy(q -> assertThat(a.text().substring(q.begin(), q.end())).isEqualTo(q.text()));
    }

    @Test
    void anArticleShorterThanAChunkIsAnalysedWhole() {
        Article a = new Article("short", LocalDate.parse("2022-01-28"), "", "Peru met Chile. Lima agreed.", "", "");
        assertThat(new ChunkedAnalyzer(new WordAnalyzer(), 1_000).analyze(a)).isEqualTo(new WordAnalyzer().analyze(a));
    }

    @Test
    void anInterruptionInAChunkIsPlacedInTheWholeArticle() {
        Article a = longArticle();
        List<TextChunks.Span> spans = TextChunks.of(a.text(), 1_000);
        // the third chunk's analysis stops at its second sentence
        TextAnalyzer stopsInThirdChunk = new TextAnalyzer() {
            private int calls;

            @Override
            public AnnotatedDocument analyze(Article part) {
                if (++calls == 3) {
                    AnnotatedDocument d = new WordAnalyzer().analyze(part);
                    Sentence s = d.sentences().get(1);
                    throw new StageInterrupted(1, s.begin(), s.end());
                }
                return new WordAnalyzer().analyze(part);
            }

            @Override
            public Set<Layer> layers() {
                return Set.of();
            }
        };
        AnnotatedDocument firstTwo = new WordAnalyzer().analyze(new Article("x", a.date(), "",
                a.text().substring(0, spans.get(1).end()), "", ""));
        assertThatThrownBy(() -> new ChunkedAnalyzer(stopsInThirdChunk, 1_000).analyze(a))
                .isInstanceOfSatisfying(StageInterrupted.class, e -> {
                    assertThat(e.sentence()).hasValue(firstTwo.sentences().size() + 1);
                    assertThat(a.text().substring(e.begin(), e.end()))
                            .isEqualTo("The minister of Peru met the envoy of Chile in Lima on Monday.");
                    assertThat(e.begin()).isGreaterThan(spans.get(2).begin());
                });
    }

    @Test
    void anInterruptedThreadStopsBetweenChunks() {
        Article a = longArticle();
        Thread.currentThread().interrupt();
        try {
            assertThatThrownBy(() -> new ChunkedAnalyzer(new WordAnalyzer(), 1_000).analyze(a))
                    .isInstanceOfSatisfying(StageInterrupted.class, e -> {
                        assertThat(e.sentence()).isEmpty();
                        assertThat(e.begin()).isZero();
                    });
        } finally {
            Thread.interrupted();
        }
    }
}
