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

    /** The parser's analysis of "... something in the written responses submitted by the US on Wednesday ." */
    private static final String PARTITIVE = """
            1 there there EX EX O 2 expl
            2 was be VBD VBD O 0 root
            3 something something NN NN O 2 nsubj
            4 in in IN IN O 7 case
            5 the the DT DT O 7 det
            6 written write VBN VBN O 7 amod
            7 responses response NNS NNS O 3 nmod 3:nmod:in
            8 submitted submit VBN VBN O 3 acl
            9 by by IN IN O 11 case
            10 the the DT DT O 11 det
            11 US US NNP NNP LOCATION 8 obl 8:obl:by
            12 on on IN IN O 13 case
            13 Wednesday Wednesday NNP NNP DATE 8 obl 8:obl:on
            14 . . . . O 2 punct
            """;

    @Test
    void aParticipleAfterAPartitivesNounDescribesTheNoun() {
        Sentence s = ParseRepairs.repair(Conllu.parse("2022-01-28", PARTITIVE).sentences().get(0));
        SentenceGraph g = SentenceGraph.of(s);
        assertThat(g.head(7)).isEqualTo(6);
        assertThat(g.relation(7)).isEqualTo("acl");
        assertThat(g.enhancedHeads(7)).allMatch(d -> d.governor() == 6);
        assertThat(g.head(10)).isEqualTo(7);
    }

    @Test
    void aParticipleOfAContentNounIsLeftAlone() {
        // "the head of the committee appointed by the president": either reading is English; the parser's stays
        AnnotatedDocument doc = Conllu.parse("2022-01-28", """
                1 the the DT DT O 2 det
                2 head head NN NN O 0 root
                3 of of IN IN O 5 case
                4 the the DT DT O 5 det
                5 committee committee NN NN O 2 nmod 2:nmod:of
                6 appointed appoint VBN VBN O 2 acl
                7 by by IN IN O 9 case
                8 the the DT DT O 9 det
                9 president president NN NN O 6 obl 6:obl:by
                """);
        Sentence s = doc.sentences().get(0);
        assertThat(ParseRepairs.repair(s)).isEqualTo(s);
    }

    @Test
    void aParticipleWithItsOwnSubjectIsLeftAlone() {
        AnnotatedDocument doc = Conllu.parse("2022-01-28", """
                1 something something NN NN O 0 root
                2 in in IN IN O 3 case
                3 responses response NNS NNS O 1 nmod 1:nmod:in
                4 written write VBN VBN O 1 acl
                5 they they PRP PRP O 4 nsubj
                """);
        Sentence s = doc.sentences().get(0);
        assertThat(ParseRepairs.repair(s)).isEqualTo(s);
    }

    /** The parser's analysis of "Saddam Hussein, who presided over a meeting, visited Mosul today ." */
    private static final String STRANDED = """
            1 Saddam Saddam NNP NNP PERSON 2 compound
            2 Hussein Hussein NNP NNP PERSON 0 root 0:root|4:nsubj
            3 , , , , O 2 punct
            4 who who WP WP O 5 nsubj 2:ref
            5 presided preside VBD VBD O 2 acl:relcl
            6 over over IN IN O 8 case
            7 a a DT DT O 8 det
            8 meeting meeting NN NN O 5 obl 5:obl:over
            9 , , , , O 5 punct
            10 visited visit VBD VBD O 5 dep
            11 Mosul Mosul NNP NNP LOCATION 10 obj
            12 today today NN NN DATE 10 obl:tmod
            13 . . . . O 2 punct
            """;

    @Test
    void aPredicateStrandedInASubjectsRelativeClauseBecomesTheRootWithTheNounAsSubject() {
        Sentence s = ParseRepairs.repair(Conllu.parse("1987-04-07", STRANDED).sentences().get(0));
        SentenceGraph g = SentenceGraph.of(s);
        assertThat(g.head(9)).isEqualTo(-1);
        assertThat(g.relation(9)).isEqualTo("root");
        assertThat(g.head(1)).isEqualTo(9);
        assertThat(g.relation(1)).isEqualTo("nsubj");
        assertThat(g.head(12)).isEqualTo(9);
        assertThat(g.enhancedHeads(1)).anyMatch(d -> d.governor() == 9 && d.relation().equals("nsubj"));
        // the relative clause stays on the noun
        assertThat(g.head(4)).isEqualTo(1);
    }

    @Test
    void aVerbCoordinatedInsideARelativeClauseIsLeftAlone() {
        // "Hussein, who presided and visited Mosul": a conjunct, not a stranded predicate
        Sentence s = Conllu.parse("1987-04-07", STRANDED.replace("9 , , , , O 5 punct", "9 and and CC CC O 10 cc")
                .replace("10 visited visit VBD VBD O 5 dep", "10 visited visit VBD VBD O 5 conj")).sentences().get(0);
        assertThat(ParseRepairs.repair(s)).isEqualTo(s);
    }
}
