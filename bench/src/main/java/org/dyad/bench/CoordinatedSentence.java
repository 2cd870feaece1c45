package org.dyad.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.dyad.model.AnnotatedDocument;
import org.dyad.model.Article;
import org.dyad.model.Dependency;
import org.dyad.model.EntityMention;
import org.dyad.model.Layer;
import org.dyad.model.Sentence;
import org.dyad.model.Token;

/**
 * A one-sentence article that coordinates many actors, "France and Germany, France and Germany, ...
 * criticized Russia.", with the parse CoreNLP gives such a list (the first name the subject, every
 * other name a conjunct of it; the basic tree serves as the enhanced graph, as it does for sentences
 * this long) and the names tagged as locations: the hostile input whose coordination once took the
 * coder minutes, built without loading any model.
 */
public final class CoordinatedSentence {
    private CoordinatedSentence() {
    }

    /**
     * The article with {@code items} names ({@code items / 2} pairs "France and Germany").
     *
     * @throws IllegalArgumentException when {@code items} is below 2 or odd
     */
    public static AnnotatedDocument document(int items) {
        if (items < 2 || items % 2 != 0) {
            throw new IllegalArgumentException("items was " + items + "; need an even number >= 2");
        }
        StringBuilder text = new StringBuilder();
        List<Token> tokens = new ArrayList<>();
        List<Dependency> arcs = new ArrayList<>();
        List<EntityMention> names = new ArrayList<>();
        int verb = 4 * (items / 2) - 1; // each pair but the first is preceded by a comma
        for (int p = 0; p < items / 2; p++) {
            if (p > 0) {
                add(text, tokens, ",", ",", ",", "O");
                arcs.add(new Dependency(tokens.size(), tokens.size() - 1, "punct"));
            }
            int first = tokens.size();
            add(text, tokens, "France", "France", "NNP", "LOCATION");
            arcs.add(p == 0 ? new Dependency(verb, first, "nsubj") : new Dependency(0, first, "conj"));
            add(text, tokens, "and", "and", "CC", "O");
            arcs.add(new Dependency(first + 2, first + 1, "cc"));
            add(text, tokens, "Germany", "Germany", "NNP", "LOCATION");
            arcs.add(new Dependency(0, first + 2, "conj"));
            names.add(name(tokens, first));
            names.add(name(tokens, first + 2));
        }
        add(text, tokens, "criticized", "criticize", "VBD", "O");
        arcs.add(new Dependency(Dependency.ROOT, verb, "root"));
        add(text, tokens, "Russia", "Russia", "NNP", "LOCATION");
        arcs.add(new Dependency(verb, verb + 1, "obj"));
        names.add(name(tokens, verb + 1));
        add(text, tokens, ".", ".", ".", "O");
        arcs.add(new Dependency(verb, verb + 2, "punct"));
        arcs.sort((a, b) -> Integer.compare(a.dependent(), b.dependent()));
        Article article = Article.of("coordination-" + items, LocalDate.of(2022, 1, 28), text.toString());
        Sentence s = new Sentence(0, 0, text.length(), tokens, arcs, arcs);
        return new AnnotatedDocument(article, List.of(s), names, List.of(), List.of(), List.of(),
                EnumSet.of(Layer.TOKENS, Layer.POS, Layer.LEMMAS, Layer.ENTITIES, Layer.DEPENDENCIES, Layer.TIME,
                        Layer.COREFERENCE, Layer.QUOTES));
    }

    private static void add(StringBuilder text, List<Token> tokens, String word, String lemma, String pos, String ner) {
        if (!tokens.isEmpty() && !word.equals(",") && !word.equals(".")) {
            text.append(' ');
        }
        int begin = text.length();
        text.append(word);
        tokens.add(new Token(tokens.size(), word, lemma, pos, ner, begin, text.length()));
    }

    private static EntityMention name(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        return new EntityMention(0, i, i + 1, "LOCATION", t.begin(), t.end(), t.word());
    }
}
