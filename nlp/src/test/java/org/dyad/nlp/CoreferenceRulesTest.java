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
}
