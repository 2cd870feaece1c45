package org.dyad.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.dyad.model.AnnotatedDocument;
import org.dyad.model.Article;
import org.dyad.model.EntityMention;
import org.dyad.model.Layer;
import org.dyad.model.Sentence;
import org.junit.jupiter.api.Test;

/** The selective profile against the standard one, on real articles with the real models. */
class SelectiveAnalysisIT {
    /** One set of analyzers per test JVM: CoreNLP shares the models between them. */
    private static final class Analyzers {
        static final CoreNlpAnalyzer STANDARD = new CoreNlpAnalyzer(NlpProfile.STANDARD);
        static final CoreNlpAnalyzer EVERY_SENTENCE = new CoreNlpAnalyzer(NlpProfile.SELECTIVE, SentenceSelector.ALL);
        static final CoreNlpAnalyzer SECOND_SENTENCE = new CoreNlpAnalyzer(NlpProfile.SELECTIVE, p -> Set.of(1));
        static final CoreNlpAnalyzer OUT_OF_RANGE = new CoreNlpAnalyzer(NlpProfile.SELECTIVE, p -> Set.of(10_000));
        static final List<Article> ARTICLES = Articles.sampleAndVoa(4);
        static final List<AnnotatedDocument> STANDARD_DOCS = ARTICLES.stream().map(STANDARD::analyze).toList();
    }

    private static final Set<String> NAME_CLASSES = Set.of("PERSON", "ORGANIZATION", "LOCATION");

    @Test
    void theAnalysisOfAnArticleDoesNotDependOnWhatWasAnalysedBefore() {
        // SUTime keeps the direction of a bare weekday between documents; VOA story 8010842 of Friday
        // 2025-03-14 says "Thursday" (the 13th) and once came out as the 20th after other stories
        Article late = Articles.voa("8010842");
        AnnotatedDocument after = Analyzers.STANDARD.analyze(late);
        AnnotatedDocument fresh = new CoreNlpAnalyzer(NlpProfile.STANDARD).analyze(late);
        assertThat(after.times()).isEqualTo(fresh.times());
        assertThat(after.times()).anyMatch(t -> t.text().equals("Thursday") && t.value().equals("2025-03-13"));
    }

    @Test
    void selectingEverySentenceGivesTheStandardAnalysis() {
        for (int i = 0; i < Analyzers.ARTICLES.size(); i++) {
            assertThat(Analyzers.EVERY_SENTENCE.analyze(Analyzers.ARTICLES.get(i)))
                    .as(Analyzers.ARTICLES.get(i).id()).isEqualTo(Analyzers.STANDARD_DOCS.get(i));
        }
    }

    @Test
    void thePreviewFindsTheNamesOfTheFullRecognizer() {
        for (int i = 0; i < Analyzers.ARTICLES.size(); i++) {
            AnnotatedDocument preview = Analyzers.EVERY_SENTENCE.preview(Analyzers.ARTICLES.get(i));
            List<EntityMention> full = Analyzers.STANDARD_DOCS.get(i).entities().stream()
                    .filter(e -> NAME_CLASSES.contains(e.type())).toList();
            assertThat(full).as(Analyzers.ARTICLES.get(i).id()).isNotEmpty();
            assertThat(preview.entities()).as(Analyzers.ARTICLES.get(i).id()).isEqualTo(full);
            assertThat(preview.layers()).containsExactlyInAnyOrder(Layer.TOKENS, Layer.POS, Layer.LEMMAS,
                    Layer.ENTITIES, Layer.TIME);
            assertThat(preview.times()).as(Analyzers.ARTICLES.get(i).id())
                    .isEqualTo(Analyzers.STANDARD_DOCS.get(i).times());
            assertThat(preview.sentences()).noneMatch(Sentence::parsed);
        }
    }

    @Test
    void onlyTheSelectedSentencesAndThoseCoreferenceConsultsAreParsed() {
        // sample s1 "He added ..." follows s0, which names Putin and Macron
        AnnotatedDocument doc = Analyzers.SECOND_SENTENCE.analyze(Analyzers.ARTICLES.get(0));
        AnnotatedDocument standard = Analyzers.STANDARD_DOCS.get(0);
        assertThat(doc.sentences().stream().filter(Sentence::parsed).map(Sentence::index)).containsExactly(0, 1);
        assertThat(doc.sentences().subList(0, 2)).isEqualTo(standard.sentences().subList(0, 2));
        assertThat(doc.sentences().get(2).tokens().stream().map(t -> t.word() + "/" + t.pos() + "/" + t.lemma()))
                .isEqualTo(standard.sentences().get(2).tokens().stream()
                        .map(t -> t.word() + "/" + t.pos() + "/" + t.lemma()).toList());
        // dates come from the tokens, so every sentence has them, parsed or not
        assertThat(doc.times()).isEqualTo(standard.times()).anyMatch(t -> t.sentence() > 1);
    }

    @Test
    void aSelectorThatChoosesASentenceThatDoesNotExistFailsTheArticleWithTheFix() {
        assertThatThrownBy(() -> Analyzers.OUT_OF_RANGE.analyze(Analyzers.ARTICLES.get(0)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("chose sentence 10000")
                .hasMessageContaining("must return indices in [0, 16)");
    }

    @Test
    void thePreviewBelongsToTheSelectiveProfile() {
        assertThatThrownBy(() -> Analyzers.STANDARD.preview(Analyzers.ARTICLES.get(0)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("STANDARD");
    }
}
