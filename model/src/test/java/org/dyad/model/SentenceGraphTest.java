package org.dyad.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.dyad.model.testkit.Conllu;
import org.junit.jupiter.api.Test;

class SentenceGraphTest {
    // "Mr Lavrov said he expected to meet US Secretary of State Antony Blinken again ..."
    private final Sentence s14 = Conllu.sample().sentences().get(14);
    private final SentenceGraph g = SentenceGraph.of(s14);

    @Test
    void headsChildrenAndRelations() {
        assertThat(g.roots()).containsExactly(2); // said
        assertThat(g.relation(1)).isEqualTo("nsubj");
        assertThat(g.children(2, "ccomp")).containsExactly(4); // expected
        assertThat(g.child(6, "obj")).isEqualTo(12); // meet -> Blinken
        assertThat(g.child(6, "nsubj")).isEqualTo(-1);
    }

    @Test
    void enhancedArcsGiveTheControlledSubject() {
        assertThat(g.enhancedChildren(6)).extracting(Dependency::relation).contains("nsubj:xsubj");
        assertThat(g.enhancedHeads(3)).extracting(Dependency::governor).contains(4, 6);
    }

    @Test
    void subtreeAndDominance() {
        assertThat(g.subtree(12)).containsExactly(7, 8, 9, 10, 11, 12);
        assertThat(g.dominates(2, 12)).isTrue();
        assertThat(g.dominates(12, 2)).isFalse();
    }

    @Test
    void prefixMatchesSubtypesOnly() {
        // "obl" matches "obl:tmod" but "ob" matches nothing
        Sentence s9 = Conllu.sample().sentences().get(9);
        SentenceGraph g9 = SentenceGraph.of(s9);
        assertThat(g9.children(3, "obl")).containsExactly(6);
        assertThat(g9.children(3, "ob")).isEmpty();
    }

    @Test
    void recordsRejectInconsistentInput() {
        Token t = new Token(0, "Hi", "hi", "UH", "O", 0, 2);
        assertThatThrownBy(() -> new Sentence(0, 0, 2, List.of(t), List.of(new Dependency(-1, 3, "root")), List.of()))
                .hasMessageContaining("refers past");
        assertThatThrownBy(() -> new Evidence(0, 0, 5, "abc")).hasMessageContaining("span");
        assertThatThrownBy(() -> Article.of("a", LocalDate.of(2022, 1, 28), " ")).hasMessageContaining("blank");
        assertThatThrownBy(() -> new EventType("36", "x", 5, 0, java.util.Optional.empty(), java.util.Optional.empty()))
                .hasMessageContaining("quadClass");
    }
}
