package org.dyad.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.dyad.model.AnnotatedDocument;
import org.dyad.model.Sentence;
import org.dyad.model.SentenceGraph;
import org.dyad.model.testkit.Conllu;
import org.junit.jupiter.api.Test;

class ParseRepairsTest {
    /** The parser's analysis of "... powers upping readiness while threatening Moscow with sanctions ." */
    private static final String MISPARSED = """
            1 powers power NNS NNS O 0 root
            2 upping up VBG VBG O 1 acl
            3 readiness readiness NN NN O 2 obj
            4 while while IN IN O 2 advmod
            5 threatening threaten VBG VBG O 6 amod
            6 Moscow Moscow NNP NNP LOCATION 4 dep
            7 with with IN IN O 8 case
            8 sanctions sanction NNS NNS O 6 nmod 6:nmod:with
            9 . . . . O 1 punct
            """;

    @Test
    void subordinatedGerundBecomesAnAdverbialClauseWithItsObject() {
        Sentence s = ParseRepairs.repair(Conllu.parse("2022-01-28", MISPARSED).sentences().get(0));
        SentenceGraph g = SentenceGraph.of(s);
        assertThat(g.head(4)).isEqualTo(1);
        assertThat(g.relation(4)).isEqualTo("advcl");
        assertThat(g.relation(3)).isEqualTo("mark");
        assertThat(g.child(4, "obj")).isEqualTo(5);
        assertThat(g.children(4, "obl")).containsExactly(7);
        assertThat(g.enhancedHeads(7)).anyMatch(d -> d.governor() == 4 && d.relation().equals("obl:with"));
    }

    @Test
    void aRealAdjectiveIsLeftAlone() {
        AnnotatedDocument doc = Conllu.parse("2022-01-28", """
                1 the the DT DT O 3 det
                2 ailing ail VBG VBG O 3 amod
                3 president president NN NN O 4 nsubj
                4 spoke speak VBD VBD O 0 root
                """);
        Sentence s = doc.sentences().get(0);
        assertThat(ParseRepairs.repair(s)).isEqualTo(s);
    }
}
