package org.dyad.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.dyad.model.AnnotatedDocument;
import org.dyad.model.Article;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The sample article analysed by CoreNLP and Dyad's coreference rules, with the shipped dictionary. */
class SampleArticleActorsIT {
    private static List<ActorMention> found;
    private static AnnotatedDocument doc;

    @BeforeAll
    static void analyse() throws IOException {
        String file = Files.readString(Path.of("../examples/2022-01-28-putin-macron-call.txt"), StandardCharsets.UTF_8);
        String text = file.substring(file.indexOf("date 2022-01-28") + "date 2022-01-28".length()).strip();
        doc = SharedAnalyzer.analyze(Article.of("sample", LocalDate.of(2022, 1, 28), text));
        found = new ActorResolver(ActorDictionary.standard(), "it").resolve(doc);
    }

    @ParameterizedTest(name = "sentence {0}: ''{1}'' is {2}")
    @CsvSource({
        "0, Russian President Vladimir Putin, RUSGOV",
        "0, Emmanuel Macron, FRAGOV",
        "0, Nato, IGOWSTNAT",
        "0, Moscow, RUS",
        "1, He, RUSGOV",
        "1, Kremlin, RUSGOV",
        "5, French government, FRAGOV",
        "6, Russian troops, RUSMIL",
        "7, Kiev, UKR",
        "7, military alliance, IGOWSTNAT",
        "8, western powers, WST",
        "10, West, WST",
        "11, Russian Foreign Minister Sergey Lavrov, RUSGOV",
        "12, Mr Lavrov, RUSGOV",
        "14, US Secretary of State Antony Blinken, USAGOV",
        "15, German intelligence chief Bruno Kahl, DEUSPY"})
    void resolvesTheSampleArticlesActorsOnItsDate(int sentence, String text, String code) {
        List<String> codes = found.stream().filter(m -> m.sentence() == sentence && m.actor().text().equals(text))
                .map(m -> m.actor().code()).toList();
        assertThat(codes).as("'%s' in sentence %d among %s", text, sentence, found.stream()
                .filter(m -> m.sentence() == sentence).map(m -> m.actor().text() + "=" + m.actor().code()).toList())
                .containsExactly(code);
    }
}
