package org.dyad.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dyad.model.AnnotatedDocument;
import org.dyad.model.CorefChain;
import org.dyad.model.Layer;
import org.dyad.model.Mention;
import org.dyad.model.testkit.Conllu;
import org.junit.jupiter.api.Test;

class CoreferenceRulesTest {
    private final AnnotatedDocument doc = new CoreferenceRules().resolve(Conllu.sample());

    private List<String> chainOf(int sentence, String text) {
        for (CorefChain c : doc.coreference()) {
            for (Mention m : c.mentions()) {
                if (m.sentence() == sentence && m.text().equals(text)) {
                    return c.mentions().stream().map(x -> "s" + x.sentence() + " " + x.text()).toList();
                }
            }
        }
        return List.of();
    }

    @Test
    void addsTheLayer() {
        assertThat(doc.layers()).contains(Layer.COREFERENCE);
    }

    @Test
    void shortNamesJoinTheFullName() {
        assertThat(chainOf(14, "Lavrov")).contains("s11 Sergey Lavrov", "s12 Lavrov");
        assertThat(chainOf(4, "Mr Macron").isEmpty() ? chainOf(4, "Macron") : chainOf(4, "Mr Macron"))
                .anyMatch(m -> m.endsWith("Emmanuel Macron"));
    }

    @Test
    void pronounAfterAnAppositiveTitleRefersToTheFirstPersonOfThePreviousSentence() {
        // "..., Russian President Vladimir Putin has told his French counterpart Emmanuel Macron. He added ..."
        assertThat(chainOf(1, "He")).contains("s0 Vladimir Putin").doesNotContain("s0 Emmanuel Macron");
    }

    @Test
    void pronounInAReportedClauseRefersToTheReporter() {
        // "Mr Macron had announced earlier this week he would hold the call with Mr Putin"
        assertThat(chainOf(9, "he")).anyMatch(m -> m.endsWith("Macron")).noneMatch(m -> m.endsWith("Putin"));
        // "Mr Lavrov said he expected to meet ... Blinken"
        assertThat(chainOf(14, "he")).anyMatch(m -> m.endsWith("Lavrov"));
    }

    @Test
    void chainsNeverJoinTwoDifferentNamedPeople() {
        for (CorefChain c : doc.coreference()) {
            long people = c.mentions().stream().map(Mention::text)
                    .filter(t -> t.equals("Vladimir Putin") || t.equals("Emmanuel Macron") || t.equals("Sergey Lavrov"))
                    .distinct().count();
            assertThat(people).as("chain %s", c.mentions()).isLessThanOrEqualTo(1);
        }
    }

    @Test
    void aPronounWhoseAntecedentSentenceNamesTwoPeopleNeedsThatSentenceParsed() {
        // "He added ..." follows a sentence naming both Putin and Macron: only the parse says who is the subject
        assertThat(new CoreferenceRules().parsesConsulted(Conllu.sample(), java.util.Set.of(1)))
                .containsExactly(0, 1);
    }

    @Test
    void aPronounWithAnAntecedentInItsOwnSentenceNeedsNoOtherParse() {
        // "Mr Lavrov said he expected to meet ..."
        assertThat(new CoreferenceRules().parsesConsulted(Conllu.sample(), java.util.Set.of(14))).containsExactly(14);
    }

    @Test
    void aSentenceWithoutPronounsNeedsNoParseForCoreference() {
        // "The French government has not yet released their own readout of the call." ("their" is not resolved)
        assertThat(new CoreferenceRules().parsesConsulted(Conllu.sample(), java.util.Set.of(5))).isEmpty();
    }

    @Test
    void parsedConsultedSentencesGiveThePronounTheSameChainAsAFullParse() {
        AnnotatedDocument full = Conllu.sample();
        java.util.Set<Integer> keep = new CoreferenceRules().parsesConsulted(full, java.util.Set.of(1));
        AnnotatedDocument partial = withParsesOnly(full, keep);
        AnnotatedDocument resolved = new CoreferenceRules().resolve(partial);
        assertThat(chain(resolved, 1, "He")).isEqualTo(chain(doc, 1, "He")).contains("s0 Vladimir Putin");
    }

    /** The subject of the antecedent sentence is its second person: only the parse can tell. */
    private static final String SUBJECT_SECOND = """
            1 After after SCONJ IN O 2 mark
            2 meeting meet VERB VBG O 6 advcl
            3 Macron Macron PROPN NNP PERSON 2 obj
            4 , , PUNCT , O 6 punct
            5 Putin Putin PROPN NNP PERSON 6 nsubj
            6 left leave VERB VBD O 0 root
            7 . . PUNCT . O 6 punct

            1 He he PRON PRP O 2 nsubj
            2 spoke speak VERB VBD O 0 root
            3 . . PUNCT . O 2 punct
            """;

    @Test
    void theConsultedParseDecidesBetweenTwoCandidates() {
        AnnotatedDocument full = Conllu.parse("2022-01-28", SUBJECT_SECOND);
        assertThat(new CoreferenceRules().parsesConsulted(full, java.util.Set.of(1))).containsExactly(0, 1);
        assertThat(chain(new CoreferenceRules().resolve(withParsesOnly(full, java.util.Set.of(0, 1))), 1, "He"))
                .containsExactly("s0 Putin", "s1 He");
        // without it the rule falls back to the first person named, which is wrong here
        assertThat(chain(new CoreferenceRules().resolve(withParsesOnly(full, java.util.Set.of(1))), 1, "He"))
                .containsExactly("s0 Macron", "s1 He");
    }

    private static AnnotatedDocument withParsesOnly(AnnotatedDocument d, java.util.Set<Integer> parsed) {
        List<org.dyad.model.Sentence> sentences = d.sentences().stream()
                .map(s -> parsed.contains(s.index()) ? s : org.dyad.model.Sentence.unparsed(s.index(), s.begin(),
                        s.end(), s.tokens()))
                .toList();
        return new AnnotatedDocument(d.article(), sentences, d.entities(), d.times(), List.of(), List.of(), d.layers());
    }

    private static List<String> chain(AnnotatedDocument d, int sentence, String text) {
        for (CorefChain c : d.coreference()) {
            for (Mention m : c.mentions()) {
                if (m.sentence() == sentence && m.text().equals(text)) {
                    return c.mentions().stream().map(x -> "s" + x.sentence() + " " + x.text()).toList();
                }
            }
        }
        return List.of();
    }
}
