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
    void aSentenceKeepsOneViewAndItsLowerCaseWords() {
        assertThat(SentenceGraph.of(s14)).isSameAs(g).isSameAs(s14.graph());
        assertThat(s14.lowerWord(0)).isEqualTo("mr").isSameAs(s14.lowerWord(0));
        Sentence copy = new Sentence(s14.index(), s14.begin(), s14.end(), s14.tokens(), s14.dependencies(),
                s14.enhanced());
        assertThat(copy).isEqualTo(s14).hasSameHashCodeAs(s14);
        assertThat(copy.graph()).isNotSameAs(g);
    }

    @Test
    void childrenAreInSentenceOrderWhateverTheOrderOfTheArcs() {
        List<Token> tokens = List.of(new Token(0, "Troops", "troop", "NNS", "O", 0, 6),
                new Token(1, "fired", "fire", "VBD", "O", 7, 12), new Token(2, "shots", "shot", "NNS", "O", 13, 18));
        List<Dependency> arcs = List.of(new Dependency(1, 2, "obj"), new Dependency(-1, 1, "root"),
                new Dependency(1, 0, "nsubj"));
        Sentence s = new Sentence(0, 0, 18, tokens, arcs, List.of());
        assertThat(s.graph().children(1)).containsExactly(0, 2);
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
