package org.dyad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.dyad.coding.ArticleCoder;
import org.dyad.coding.CodedArticle;
import org.dyad.model.AnnotatedDocument;
import org.dyad.model.Event;
import org.dyad.model.testkit.Conllu;
import org.dyad.nlp.CoreferenceRules;
import org.dyad.nlp.QuoteFinder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The ten events of the sample article (2022-01-28, the Putin-Macron call) with the shipped
 * dictionaries, coded from the parse CoreNLP gave it (the model test kit's capture) with Dyad's own
 * coreference rules; no language models are loaded. Codes are compared by their country or
 * organisation part and the CAMEO root, as the acceptance check does. The capture has the right
 * attachments where CoreNLP's are wrong in two sentences ({@link Conllu#sample()}), so this tests the
 * coder on a right parse: with CoreNLP's own, the real pipeline codes nine of the ten
 * ({@code SampleArticleIT}; docs/design.md, "No parse repairs").
 */
class SampleEventsTest {
    private static List<Event> events;

    @BeforeAll
    static void code() {
        AnnotatedDocument doc = new QuoteFinder().find(new CoreferenceRules().resolve(Conllu.sample()));
        CodedArticle coded = ArticleCoder.standard().code(doc);
        events = coded.events();
    }

    static Stream<Arguments> theTenEvents() {
        return Stream.of(
                Arguments.of(Set.of("RUS"), Set.of("FRA"), "04", "phone call"),
                Arguments.of(Set.of("NATO"), Set.of("RUS", "UKR"), "12", "rejected by the military alliance"),
                Arguments.of(Set.of("WST", "NATO", "USA"), Set.of("RUS"), "13", "threatening Moscow with heavy sanctions"),
                Arguments.of(Set.of("FRA"), Set.of("RUS"), "03", "hold the call with Mr Putin"),
                Arguments.of(Set.of("RUS"), Set.of("USA"), "03", "expected to meet US Secretary of State"),
                Arguments.of(Set.of("RUS"), Set.of("NATO", "USA", "WST"), "11", "ignoring Russia"),
                Arguments.of(Set.of("RUS"), Set.of("UKR", "WST", "USA", "NATO", ""), "01", "denies it is planning"),
                Arguments.of(Set.of("USA", "NATO"), Set.of("RUS"), "03", "willing to engage with Moscow"),
                Arguments.of(Set.of("RUS"), Set.of("UKR", ""), "15", "build-up of about 100,000 Russian troops"),
                Arguments.of(Set.of("RUS"), Set.of("NATO", "USA", "WST", ""), "10", "security demands"));
    }

    private static String group(String code) {
        if (code.startsWith("IGO") && code.contains("NAT")) {
            return "NATO";
        }
        return code.length() >= 3 ? code.substring(0, 3) : code;
    }

    @ParameterizedTest(name = "{0} -> {1} CAMEO {2}x ({3})")
    @MethodSource("theTenEvents")
    void codesTheEvent(Set<String> sources, Set<String> targets, String root, String evidence) {
        assertThat(events).as("events %s", events.stream().map(e -> e.source().code() + " " + e.targetCode() + " "
                + e.type().cameo()).toList()).anySatisfy(e -> {
                    assertThat(sources).contains(group(e.source().code()));
                    assertThat(targets).contains(e.target().isEmpty() ? "" : group(e.targetCode()));
                    assertThat(e.type().root()).isEqualTo(root);
                    assertThat(e.evidence().get(0).text().replaceAll("\\s+", " ")).contains(evidence);
                });
    }

    @Test
    void theWrittenResponsesAreTheConsultationsOfTheirSenders() {
        // "the written responses submitted by the US and Nato on Wednesday" (their date: WhenAndWhereIT)
        assertThat(events.stream().filter(e -> e.trigger().text().equals("responses")))
                .extracting(e -> group(e.source().code()) + " " + e.type().cameo())
                .containsExactlyInAnyOrder("USA 040", "NATO 040");
    }

    @Test
    void nothingComesFromTheNegatedReadoutSentence() {
        assertThat(events).noneSatisfy(e -> assertThat(e.evidence()).anySatisfy(
                ev -> assertThat(ev.text()).containsIgnoringCase("readout")));
    }
}
