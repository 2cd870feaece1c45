package org.dyad.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import org.dyad.model.AnnotatedDocument;
import org.junit.jupiter.api.Test;

class MentionCoverageTest {
    private static final SentenceBank BANK = SentenceBank.load("sentences.conllu");

    @Test
    void countsNamedMentionsInTheArgumentsOfEventVerbs() {
        AnnotatedDocument doc = BANK.document(LocalDate.of(2022, 3, 1), "Antony Blinken met Sergei Lavrov in Geneva.",
                "Bruno Kahl, Germany's intelligence chief, said Moscow had not decided.");
        MentionCoverage coverage = new MentionCoverage(t -> Set.of("meet", "decide").contains(t.lemma()));
        coverage.add(doc, new ActorResolver(ActorDictionary.standard(), "test").resolve(doc));
        // Blinken (subject) and Lavrov (object) of "met"; Moscow (subject of "decided"); not Geneva (an
        // oblique of place), not Kahl (subject of "said", not an event verb here)
        assertThat(coverage.counted()).extracting(MentionCoverage.Counted::text)
                .containsExactly("Antony Blinken", "Sergei Lavrov", "Moscow");
        assertThat(coverage.total().share()).isEqualTo(1.0);
    }

    @Test
    void anUnknownNameIsListedAsUnresolved() {
        AnnotatedDocument doc = BANK.document(LocalDate.of(2022, 3, 1), "Antony Blinken met Sergei Lavrov in Geneva.");
        MentionCoverage coverage = new MentionCoverage(t -> t.lemma().equals("meet"));
        // a dictionary without Blinken
        coverage.add(doc, new ActorResolver(ActorDictionary.layer("core.actors.dyad"), "test").resolve(doc));
        assertThat(coverage.total()).isEqualTo(new MentionCoverage.Tally(0, 2));
        assertThat(coverage.unresolved(5)).extracting(java.util.Map.Entry::getKey)
                .containsExactly("Antony Blinken (PERSON)", "Sergei Lavrov (PERSON)");
    }
}
