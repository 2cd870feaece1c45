package org.dyad.model;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * An annotation layer of an {@link AnnotatedDocument}. Stages declare the layers they read and the
 * ones they assign, and a chain of stages is checked against these declarations when it is built.
 *
 * <p>The first eight are the <em>language</em> layers that the analysis of the text gives; they are
 * fields of the document, and the parse cache stores them under explicit ids. The others are
 * <em>derived</em> layers that coding adds from them (places, actors, codings, events); each is held
 * as one record of the module that defines it, reached through a {@link LayerKey}, and none is stored
 * in the parse cache.
 */
public enum Layer {
    /** Sentences and tokens with character offsets. */
    TOKENS,
    /** Part-of-speech tags. */
    POS,
    /** Lemmas. */
    LEMMAS,
    /** Named-entity classes and mentions. */
    ENTITIES,
    /** Universal Dependencies arcs (possibly only for the sentences that need them). */
    DEPENDENCIES,
    /** Temporal expressions normalised against the article date. */
    TIME,
    /** Coreference chains. */
    COREFERENCE,
    /** Quotations with speakers. */
    QUOTES,
    /** The places the text names, resolved in the gazetteer. */
    PLACES,
    /** The actors of the text, resolved to their codes on the article date. */
    ACTORS,
    /** The sentences a discard phrase keeps from being coded. */
    DISCARDS,
    /** The codings of the sentences: trigger, code, source and target. */
    CODINGS,
    /** The date of each coding's event. */
    EVENT_DATES,
    /** The events merged from the codings. */
    EVENTS,
    /** The issues of the sentences that gave codings. */
    ISSUES,
    /** Where each event took place, when the text says. */
    EVENT_PLACES;

    private static final Set<Layer> LANGUAGE = Collections.unmodifiableSet(EnumSet.range(TOKENS, QUOTES));

    /** The language layers: what an analysis of the text gives, from {@link #TOKENS} to {@link #QUOTES}. */
    public static Set<Layer> language() {
        return LANGUAGE;
    }

    /** True for a language layer (a field of the document), false for a derived one. */
    public boolean isLanguage() {
        return LANGUAGE.contains(this);
    }
}
