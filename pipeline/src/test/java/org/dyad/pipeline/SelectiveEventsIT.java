package org.dyad.pipeline;

import org.dyad.format.EventJson;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dyad.coding.ArticleCoder;
import org.dyad.ingest.ArticleReader;
import org.dyad.ingest.Ingested;
import org.dyad.model.Article;
import org.dyad.model.Event;
import org.dyad.nlp.CoreNlpAnalyzer;
import org.dyad.nlp.NlpProfile;
import org.junit.jupiter.api.Test;

/**
 * The events of the selective analysis are those of the full parse, on the sample article and VOA
 * stories, with the real models; {@code dyad bench} checks the same on whole corpora.
 */
class SelectiveEventsIT {
    private static final ArticleCoder CODER = ArticleCoder.standard();
    private static final CoreNlpAnalyzer STANDARD = new CoreNlpAnalyzer(NlpProfile.STANDARD);
    private static final CoreNlpAnalyzer SELECTIVE = new CoreNlpAnalyzer(NlpProfile.SELECTIVE,
            new EventSentenceSelector(CODER));

    @Test
    void theSelectiveAnalysisCodesTheSameEventsAsTheFullParse() throws IOException {
        List<Article> articles = read(Path.of("..", "examples", "2022-01-28-putin-macron-call.txt"), 1);
        articles.addAll(read(Path.of("..", "examples", "voa-stories.jsonl"), 12));
        int events = 0;
        int parsed = 0;
        int sentences = 0;
        for (Article a : articles) {
            var full = CODER.code(STANDARD.analyze(a));
            var fast = CODER.code(SELECTIVE.analyze(a));
            assertThat(json(fast.events())).as(a.id()).containsExactlyInAnyOrderElementsOf(json(full.events()));
            events += full.events().size();
            parsed += (int) fast.document().sentences().stream().filter(s -> s.parsed()).count();
            sentences += fast.document().sentences().size();
        }
        assertThat(events).as("events compared").isGreaterThanOrEqualTo(5);
        // some sentences are left unparsed; how many is a matter of the dictionaries, which dyad bench reports
        assertThat(parsed).as("parsed sentences").isLessThan(sentences);
    }

    private static List<String> json(List<Event> events) throws JsonProcessingException {
        List<String> out = new ArrayList<>();
        for (Event e : events) {
            out.add(EventJson.mapper().writeValueAsString(EventJson.toJson(e)));
        }
        return out;
    }

    private static List<Article> read(Path file, int limit) throws IOException {
        List<Article> out = new ArrayList<>();
        ArticleReader.withDefaults().read(file, i -> {
            if (i instanceof Ingested.Read r && out.size() < limit) {
                out.add(r.article());
            }
        });
        return out;
    }
}
