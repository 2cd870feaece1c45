package org.dyad.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dyad.model.Article;
import org.dyad.model.Sentence;
import org.dyad.model.TimeExpression;
import org.dyad.model.Token;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateFinderTest {
    /** Friday 2022-01-28, the date of the sample article. */
    private static final LocalDate FRIDAY = LocalDate.of(2022, 1, 28);

    /**
     * The dates found in a sentence written as space-separated tokens, a token optionally tagged
     * {@code word/POS} (numbers are CD, words ending in s NNS, others NN), as "text=value" pairs.
     */
    private static String datesIn(String sentence) {
        StringBuilder text = new StringBuilder();
        List<Token> tokens = new ArrayList<>();
        for (String w : sentence.split(" ")) {
            String word = w;
            String pos = w.matches("[\\d,.]+") ? "CD" : w.endsWith("s") ? "NNS" : "NN";
            int slash = w.lastIndexOf('/');
            if (slash > 0) {
                word = w.substring(0, slash);
                pos = w.substring(slash + 1);
            }
            if (text.length() > 0) {
                text.append(' ');
            }
            tokens.add(new Token(tokens.size(), word, word, pos, "O", text.length(), text.length() + word.length()));
            text.append(word);
        }
        Article article = new Article("a", FRIDAY, "", text.toString(), "", "");
        Sentence s = Sentence.unparsed(0, 0, text.length(), tokens);
        List<String> out = new ArrayList<>();
        for (TimeExpression t : new DateFinder().find(article, s)) {
            out.add(t.text() + "=" + t.value());
        }
        return String.join("; ", out);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "in their phone call on Friday , Mr Putin told|Friday=2022-01-28",
        "the responses submitted by the US on Wednesday|Wednesday=2022-01-26",
        "Macron announced earlier this week that|earlier this week=2022-W04",
        "the ministers will meet on Monday|Monday=2022-01-31",
        "they met last Monday|last Monday=2022-01-24",
        "the attack on Monday night killed five|Monday night=2022-01-24",
        "fighting erupted in December|in December=2021-12",
        "the treaty signed on January 26 , 2022|January 26 , 2022=2022-01-26",
        "the treaty signed on Jan. 26|Jan. 26=2022-01-26",
        "the treaty of 26 January 2022|26 January 2022=2022-01-26",
        "elections held in March 2021|March 2021=2021-03",
        "the raid of 2022-01-20|2022-01-20=2022-01-20",
        "officials said today|today=2022-01-28",
        "the troops arrived yesterday|yesterday=2022-01-27",
        "talks resume tomorrow|tomorrow=2022-01-29",
        "he said last night|last night=2022-01-27",
        "they met last week|last week=2022-W03",
        "they meet next month|next month=2022-02",
        "the vote later this year|later this year=2022",
        "protests last weekend|last weekend=2022-W03-WE",
        "the deal signed three days ago|three days ago=2022-01-25",
        "the war began two years ago|two years ago=2020",
        "sanctions imposed in 2014|2014=2014",
        "the 2020/CD election/NN was|2020=2020",
        "it sent 2000 troops|''",
        "he may/MD visit|''",
        "they march/VBP on|''",
        "the fighting has lasted for two years|''",
        "the talks recently ended|''",
        "February 30 is no day|''"})
    void findsTheDatesThatDateEvents(String sentence, String expected) {
        assertThat(datesIn(sentence)).isEqualTo(expected);
    }
}
