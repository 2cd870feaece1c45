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
 * The events of the sample article (2022-01-28, the Putin-Macron call) with the shipped
 * dictionaries, coded from the parse CoreNLP gave it (the model test kit's capture) with Dyad's own
 * coreference rules; no language models are loaded. Codes are compared by their country or
 * organisation part and the CAMEO root, as the acceptance check does. Nine of the ten events the
 * acceptance check names: the tenth, western powers threatening Moscow with sanctions, is lost to
 * CoreNLP's parse of "while threatening Moscow" (the gerund as an adjective of "Moscow"), which Dyad
 * no longer repairs (docs/design.md, "No parse repairs").
 */
class SampleEventsTest {
    private static List<Event> events;

    @BeforeAll
    static void code() {
        AnnotatedDocument doc = new QuoteFinder().find(new CoreferenceRules().resolve(Conllu.sample()));
        CodedArticle coded = ArticleCoder.standard().code(doc);
        events = coded.events();
    }

    static Stream<Arguments> theEvents() {
        return Stream.of(
                Arguments.of(Set.of("RUS"), Set.of("FRA"), "04", "phone call"),
                Arguments.of(Set.of("NATO"), Set.of("RUS", "UKR"), "12", "rejected by the military alliance"),
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
    @MethodSource("theEvents")
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
        // the sample's sentence 12 with "submitted" attached to "responses"; CoreNLP attaches it to "something"
        AnnotatedDocument doc = Conllu.parse("2022-01-28", """
                1 Lavrov Lavrov _ NNP PERSON 2 nsubj 2:nsubj
                2 said say _ VBD O 0 root 0:root
                3 there there _ EX O 4 expl 4:expl
                4 was be _ VBD O 2 ccomp 2:ccomp
                5 something something _ NN O 4 nsubj 4:nsubj
                6 in in _ IN O 9 case 9:case
                7 the the _ DT O 9 det 9:det
                8 written written _ JJ O 9 amod 9:amod
                9 responses response _ NNS O 5 nmod 5:nmod:in
                10 submitted submit _ VBN O 9 acl 9:acl
                11 by by _ IN O 13 case 13:case
                12 the the _ DT O 13 det 13:det
                13 US US _ NNP LOCATION 10 obl 10:obl:by
                14 and and _ CC O 15 cc 15:cc
                15 Nato Nato _ NNP ORGANIZATION 13 conj 13:conj:and|10:obl:by
                16 on on _ IN O 17 case 17:case
                17 Wednesday Wednesday _ NNP DATE=2022-01-26 10 obl 10:obl:on
                18 . . _ . O 2 punct 2:punct
                """);
        List<Event> coded = ArticleCoder.standard().code(new CoreferenceRules().resolve(doc)).events();

        assertThat(coded.stream().filter(e -> e.trigger().text().equals("responses")))
                .extracting(e -> group(e.source().code()) + " " + e.type().cameo())
                .containsExactlyInAnyOrder("USA 040", "NATO 040");
    }

    @Test
    void nothingComesFromTheNegatedReadoutSentence() {
        assertThat(events).noneSatisfy(e -> assertThat(e.evidence()).anySatisfy(
                ev -> assertThat(ev.text()).containsIgnoringCase("readout")));
    }
}
