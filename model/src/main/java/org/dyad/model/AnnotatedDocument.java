package org.dyad.model;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * An article with its linguistic annotation: the one type that flows from the NLP stage through
 * actor resolution and event coding. Immutable and safe to share across threads.
 *
 * <p>{@code layers} says which annotations are present; a stage that needs a layer calls
 * {@link #require(Layer...)} so that a pipeline built in the wrong order fails at once with a clear
 * message instead of coding nothing.
 */
public record AnnotatedDocument(Article article, List<Sentence> sentences, List<EntityMention> entities,
        List<TimeExpression> times, List<CorefChain> coreference, List<Quote> quotes, Set<Layer> layers) {
    public AnnotatedDocument {
        Objects.requireNonNull(article, "article");
        sentences = List.copyOf(sentences);
        entities = List.copyOf(entities);
        times = List.copyOf(times);
        coreference = List.copyOf(coreference);
        quotes = List.copyOf(quotes);
        layers = layers.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(layers));
        int length = article.text().length();
        for (int i = 0; i < sentences.size(); i++) {
            Sentence s = sentences.get(i);
            if (s.index() != i) {
                throw new IllegalArgumentException("sentence " + i + " of article " + article.id() + " has index "
                        + s.index());
            }
            if (s.end() > length) {
                throw new IllegalArgumentException("sentence " + i + " ends at " + s.end() + " past the "
                        + length + " characters of article " + article.id());
            }
        }
        for (EntityMention e : entities) {
            checkTokens(sentences, e.sentence(), e.tokenEnd(), "entity '" + e.text() + "'");
        }
        for (TimeExpression t : times) {
            checkTokens(sentences, t.sentence(), t.tokenEnd(), "time '" + t.text() + "'");
        }
        for (CorefChain c : coreference) {
            for (Mention m : c.mentions()) {
                checkTokens(sentences, m.sentence(), m.tokenEnd(), "mention '" + m.text() + "'");
            }
        }
    }

    private static void checkTokens(List<Sentence> sentences, int sentence, int tokenEnd, String what) {
        if (sentence >= sentences.size() || tokenEnd > sentences.get(sentence).size()) {
            throw new IllegalArgumentException(what + " refers to sentence " + sentence + " token " + tokenEnd
                    + " which does not exist");
        }
    }

    /**
     * Fails when a layer that a stage needs is missing.
     *
     * @throws IllegalStateException naming the missing layers and the fix
     */
    public void require(Layer... needed) {
        EnumSet<Layer> missing = EnumSet.noneOf(Layer.class);
        for (Layer l : needed) {
            if (!layers.contains(l)) {
                missing.add(l);
            }
        }
        if (!missing.isEmpty()) {
            throw new IllegalStateException("article " + article.id() + " lacks annotation layers " + missing
                    + " (has " + layers + "); run an NLP profile that adds them before this stage");
        }
    }

    /** The text of a character span of the article. */
    public String text(int begin, int end) {
        return article.slice(begin, end);
    }

    /** The text of a token range of one sentence. */
    public String text(Sentence s, int tokenBegin, int tokenEnd) {
        if (tokenEnd <= tokenBegin) {
            return "";
        }
        return article.slice(s.token(tokenBegin).begin(), s.token(tokenEnd - 1).end());
    }
}
