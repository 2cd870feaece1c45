package org.dyad.stage.testkit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.dyad.model.Article;

/**
 * Articles that attack a stage: texts with nothing to read, huge tokens, odd Unicode, control
 * characters, very long sentences, many sentences; and random articles from news vocabulary (actors,
 * event verbs, places, dates), drawn from a seed so that a failure can be repeated.
 */
public final class HostileTexts {
    /** Words the random articles are made of: what Dyad's stages look for, and what they must step over. */
    private static final String[] WORDS = {"Russia", "Ukraine", "France", "Germany", "Moscow", "Kyiv", "Kiev",
        "Nato", "the", "United", "Nations", "President", "Vladimir", "Putin", "Mr", "Macron", "Russian", "troops",
        "officials", "government", "minister", "police", "rebels", "said", "told", "accused", "criticized",
        "rejected", "met", "attacked", "denied", "threatened", "sanctions", "talks", "on", "in", "with", "and", "of",
        "to", "he", "she", "they", "it", "their", "not", "would", "will", "Friday", "Wednesday", "last", "week",
        "border", "near", "Donetsk", "Paris", "Berlin", "\u201cdemanding", "dialogue\u201d", ",", "\"", "'s", "(", ")",
        "100,000", "2022", "Bruno", "Kahl", "German", "intelligence", "chief", "military", "alliance", "call"};

    private HostileTexts() {
    }

    /** The hostile articles: each one of the ways text goes wrong. */
    public static List<Article> hostile() {
        List<Article> out = new ArrayList<>();
        // texts no tokenizer finds a word in: the document has no sentences (an empty or blank text is
        // refused by Article itself, so no stage can meet it)
        out.add(article("no-words", "\u200b\u200b"));
        out.add(article("only-punctuation", "... !!! ???"));
        out.add(article("unicode-spaces", "\u00a0\u2007\u202f\u3000"));
        out.add(article("one-letter", "a"));
        out.add(article("huge-token", "Russia criticized " + "x".repeat(20_000) + " on Friday."));
        out.add(article("huge-number", "Ukraine said " + "9".repeat(5_000) + " troops moved."));
        out.add(article("odd-unicode", "\u0627\u0644\u0631\u0626\u064a\u0633 Putin \ud83d\ude80 met Macron "
                + "\u2067Kyiv\u2069 in Pa\u0301ris \uff32\uff55\uff53\uff53\uff49\uff41 \ud835\udd4f"
                + " e\u0301\u0302\u0303 \ufeffNato."));
        out.add(article("control-characters", "Russia\u0000 accused\u0001 Ukraine\u0007 of \u001b[31mattacks"
                + "\u007f on\u0085 Friday.\u000b\u000c Nato\u0008 rejected\u0002 it."));
        out.add(article("lone-surrogates", "France \ud800 criticized \udc00 Germany."));
        out.add(article("long-sentence", longSentence(450)));
        out.add(article("many-sentences", "Russia criticized Ukraine. ".repeat(300)));
        out.add(article("no-sentence-end", "France and Germany met in Paris on Wednesday and talked"));
        out.add(article("newlines", "Russia\n\n\ncriticized\r\n\r\nUkraine\n\n.\n\n"));
        return out;
    }

    /** {@code n} random articles of news words, from {@code seed}. */
    public static List<Article> random(long seed, int n) {
        Random r = new Random(seed);
        List<Article> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            StringBuilder text = new StringBuilder();
            int sentences = 1 + r.nextInt(8);
            for (int s = 0; s < sentences; s++) {
                int words = 1 + r.nextInt(25);
                for (int w = 0; w < words; w++) {
                    text.append(w == 0 ? "" : " ").append(WORDS[r.nextInt(WORDS.length)]);
                }
                text.append(r.nextInt(5) == 0 ? "" : ".").append(s + 1 < sentences ? " " : "");
            }
            out.add(article("random-" + seed + "-" + i, text.toString()));
        }
        return out;
    }

    private static String longSentence(int pairs) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < pairs / 3; i++) {
            b.append(i == 0 ? "" : ", ").append("France and Germany");
        }
        return b.append(" criticized Russia on Friday.").toString();
    }

    private static Article article(String id, String text) {
        return Article.of(id, LocalDate.parse("2022-01-28"), text);
    }
}
