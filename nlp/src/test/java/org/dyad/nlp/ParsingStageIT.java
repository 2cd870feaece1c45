package org.dyad.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.dyad.model.AnnotatedDocument;
import org.dyad.model.Article;
import org.dyad.model.Sentence;
import org.dyad.stage.Stage;
import org.dyad.stage.testkit.StageTestCase;
import org.junit.jupiter.api.Test;

/**
 * {@link ParsingStage} under the stage test kit, with CoreNLP's real models: the tagged sentences it is
 * given are turned back into CoreNLP's tokens and parsed, and every sentence of every kind of article gets
 * its parse.
 */
class ParsingStageIT extends StageTestCase {
    @Override
    protected Stage stage() {
        return SharedStages.PARSING;
    }

    @Override
    protected AnnotatedDocument prepare(Article article) {
        return SharedStages.TAGGING.apply(AnnotatedDocument.of(article));
    }

    @Override
    protected List<AnnotatedDocument> documents() {
        return Articles.sampleAndVoa(3).stream().map(this::prepare).toList();
    }

    @Override
    protected int randomArticles() {
        return 12;
    }

    @Test
    void everySentenceWithWordsIsParsedWithOneRootArc() {
        for (AnnotatedDocument in : documents()) {
            for (Sentence s : SharedStages.PARSING.apply(in).sentences()) {
                assertThat(s.parsed()).as("%s sentence %d", in.article().id(), s.index()).isTrue();
                assertThat(s.dependencies()).filteredOn(d -> d.relation().equals("root")).hasSize(1);
            }
        }
    }

    @Test
    void aSelectorsSentencesAndThoseCoreferenceConsultsAreParsedTheOthersKeepTheirTags() {
        // sample s1 "He added ..." follows s0, which names Putin and Macron
        ParsingStage second = new ParsingStage(p -> Set.of(1));
        AnnotatedDocument tagged = documents().get(0);
        AnnotatedDocument parsed = second.apply(tagged);
        assertThat(parsed.sentences().stream().filter(Sentence::parsed).map(Sentence::index)).containsExactly(0, 1);
        assertThat(parsed.sentences().subList(0, 2)).isEqualTo(SharedStages.PARSING.apply(tagged).sentences()
                .subList(0, 2));
        assertThat(parsed.sentences().subList(2, parsed.sentences().size()))
                .isEqualTo(tagged.sentences().subList(2, tagged.sentences().size()));
    }
}
