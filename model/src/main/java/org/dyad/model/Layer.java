package org.dyad.model;

/** An annotation layer of an {@link AnnotatedDocument}; stages declare the layers they need. */
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
    QUOTES
}
