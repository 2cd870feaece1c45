package org.dyad.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import org.dyad.model.Sentence;
import org.dyad.model.testkit.Conllu;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class DiscardAndIssueListTest {
    private static final String PETRARCH_DISCARDS = """
            # Story-level discards are indicated with a '+'.
            +World Golf Championships   # pas 26-Feb-2014
            BASEBALL
            AVATAR_  # exact word
            MONTHS LATER
            """;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "The Arnor baseball team won          | baseball | false",
        "Baseballs were thrown                | baseball | false",
        "Months later the baseball team won   | baseball | false",
        "They watched Avatar again            | avatar   | false",
        "They watched Avatars again           |          | false",
        "Arnor hosts the World Golf Championships | world golf championships | true",
        "Two months later Gondor attacked     | months later | false",
        "Gondor attacked Arnor                |          | false"})
    void findsDiscardPhrases(String text, String phrase, boolean story) throws IOException {
        DiscardList d = DiscardList.readPetrarch(new StringReader(PETRARCH_DISCARDS), "test.discards.txt");
        var found = d.find(Conllu.words(text));
        if (phrase == null) {
            assertThat(found).isEmpty();
        } else {
            assertThat(found).hasValueSatisfying(p -> {
                assertThat(String.join(" ", p.words())).isEqualTo(phrase);
                assertThat(p.story()).isEqualTo(story);
            });
        }
    }

    @Test
    void yearsAndSpansOfTimeDiscardByTimeAloneAndCanBeLeftOut() throws IOException {
        DiscardList d = DiscardList.readDyad(new StringReader("""
                sentence 1989*
                sentence weeks ago*
                sentence months later*
                sentence april 1942*
                sentence baseball*
                """), "test.discards.dyad");
        assertThat(d.phrases()).filteredOn(DiscardList.Phrase::temporal).extracting(DiscardList.Phrase::text)
                .containsExactly("1989", "weeks ago", "months later");
        DiscardList kept = d.without(DiscardList.Phrase::temporal);
        assertThat(kept.find(Conllu.words("AMC said it would cease production by 1989"))).isEmpty();
        assertThat(kept.find(Conllu.words("Two weeks ago warships protected a ship"))).isEmpty();
        assertThat(kept.find(Conllu.words("The attack of April 1942 was recalled"))).isPresent();
        assertThat(d.find(Conllu.words("AMC said it would cease production by 1989"))).isPresent();
    }

    @Test
    void discardsRoundTripThroughDyadsFormat() throws IOException {
        DiscardList d = DiscardList.readPetrarch(new StringReader(PETRARCH_DISCARDS), "test.discards.txt");
        StringWriter w = new StringWriter();
        d.writeDyad(w, List.of("h"));
        assertThat(w.toString()).contains("story world golf championships*", "sentence avatar\n");
        DiscardList again = DiscardList.readDyad(new StringReader(w.toString()), "test.discards.dyad");
        assertThat(again.phrases()).extracting(DiscardList.Phrase::text)
                .containsExactlyElementsOf(d.phrases().stream().map(DiscardList.Phrase::text).toList());
        assertThatThrownBy(() -> DiscardList.readDyad(new StringReader("maybe x\n"), "bad.discards.dyad"))
                .hasMessageStartingWith("bad.discards.dyad:1:");
    }

    @Test
    void expandsIssuePhrasesAsPetrarchDoes() {
        assertThat(IssueList.expand("n:atrocity")).containsExactly("atrocity", "atrocities");
        assertThat(IssueList.expand("ethnic v:purge")).containsExactly("ethnic purge", "ethnic purges", "ethnic purged",
                "ethnic purging");
        assertThat(IssueList.expand("pre+n:school")).containsExactly("pre school", "pre schools", "pre-school",
                "pre-schools");
    }

    @Test
    void tagsSentencesWithIssuesUnlessAnExclusionIsThere() throws IOException {
        IssueList issues = IssueList.readPetrarch(new StringReader("""
                <ISSUE CATEGORY="ENERGY">
                n:oil [OIL]
                natural gas [GAS]
                ~olive oil
                </ISSUE>
                """), "test.issues.txt");
        assertThat(issues.find(Conllu.words("Gondor sells oil and natural gas and oils"))).extracting(
                IssueList.Issue::code, IssueList.Issue::count).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("OIL", 2), org.assertj.core.groups.Tuple.tuple("GAS", 1));
        assertThat(issues.find(Conllu.words("Gondor sells olive oil"))).isEmpty();
        StringWriter w = new StringWriter();
        issues.writeDyad(w, List.of());
        IssueList again = IssueList.readDyad(new StringReader(w.toString()), "test.issues.dyad");
        assertThat(again.phrases()).hasSameSizeAs(issues.phrases());
    }
}
