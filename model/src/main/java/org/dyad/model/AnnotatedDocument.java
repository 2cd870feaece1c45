package org.dyad.model;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * An article with its annotation: the one type that flows through every stage, from the tokens to
 * the located events. Immutable and safe to share across threads.
 *
 * <p>{@code layers} says which annotations are present. The language layers ({@link Layer#language()})
 * are the fields {@code sentences} to {@code quotes}; the derived layers (places, actors, codings,
 * events) are held in {@code derived}, each read with {@link #get(LayerKey)} and added with
 * {@link #with(LayerKey, Object)}. A stage that needs a layer calls {@link #require(Layer...)}, and a
 * chain of stages is checked against what each declares when it is built, so that a pipeline in the
 * wrong order fails at once with a clear message instead of coding nothing.
 */
public record AnnotatedDocument(Article article, List<Sentence> sentences, List<EntityMention> entities,
        List<TimeExpression> times, List<CorefChain> coreference, List<Quote> quotes, Set<Layer> layers,
        DerivedLayers derived) {
    public AnnotatedDocument {
        Objects.requireNonNull(article, "article");
        sentences = List.copyOf(sentences);
        entities = List.copyOf(entities);
        times = List.copyOf(times);
        coreference = List.copyOf(coreference);
        quotes = List.copyOf(quotes);
        Objects.requireNonNull(derived, "derived: use DerivedLayers.NONE");
        EnumSet<Layer> all = layers.isEmpty() ? EnumSet.noneOf(Layer.class) : EnumSet.copyOf(layers);
        for (Layer l : all) {
            if (!l.isLanguage() && !derived.layers().contains(l)) {
                throw new IllegalArgumentException("article " + article.id() + " claims layer " + l
                        + " without its content; add it with with(key, content)");
            }
        }
        all.addAll(derived.layers());
        layers = Set.copyOf(all);
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

    /** A document of language layers only, as an analysis gives it. */
    public AnnotatedDocument(Article article, List<Sentence> sentences, List<EntityMention> entities,
            List<TimeExpression> times, List<CorefChain> coreference, List<Quote> quotes, Set<Layer> layers) {
        this(article, sentences, entities, times, coreference, quotes, layers, DerivedLayers.NONE);
    }

    /** The article alone, with no layer: what the first stage of an analysis starts from. */
    public static AnnotatedDocument of(Article article) {
        return new AnnotatedDocument(article, List.of(), List.of(), List.of(), List.of(), List.of(), Set.of());
    }

    /**
     * The content of a derived layer.
     *
     * @throws IllegalStateException when the document lacks the layer, naming it and what it has
     */
    public <T> T get(LayerKey<T> key) {
        return derived.find(key).orElseThrow(() -> new IllegalStateException("article " + article.id()
                + " lacks annotation layer " + key.layer() + " (has " + layers
                + "); run the stage that assigns it before this one"));
    }

    /** This document with a derived layer added (or replaced). */
    public <T> AnnotatedDocument with(LayerKey<T> key, T content) {
        return new AnnotatedDocument(article, sentences, entities, times, coreference, quotes, layers,
                derived.with(key, content));
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
