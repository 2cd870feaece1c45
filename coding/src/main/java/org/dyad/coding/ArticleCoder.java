package org.dyad.coding;

import java.util.List;
import java.util.Objects;
import org.dyad.actors.ActorDictionary;
import org.dyad.actors.ActorMention;
import org.dyad.actors.ActorResolver;
import org.dyad.model.AnnotatedDocument;
import org.dyad.ontology.Cameo;

/**
 * Codes an annotated document: resolves its actors, then codes its events. Holds the dictionaries
 * in memory; immutable and thread-safe, so one instance serves all workers.
 */
public final class ArticleCoder {
    /** Version of the rules and shipped dictionaries, recorded in every provenance. */
    public static final String VERSION = "dyad-0.1";

    private final ActorResolver actors;
    private final EventCoder events;

    public ArticleCoder(ActorResolver actors, EventCoder events) {
        this.actors = Objects.requireNonNull(actors, "actors");
        this.events = Objects.requireNonNull(events, "events");
    }

    /** A coder with the dictionaries shipped with Dyad. */
    public static ArticleCoder standard() {
        return new ArticleCoder(new ActorResolver(ActorDictionary.standard(), VERSION),
                new EventCoder(VerbDictionary.standard(), Cameo.standard(), VERSION));
    }

    /** The actor resolver this coder runs, for stages that must find the same actors before coding. */
    public ActorResolver actors() {
        return actors;
    }

    /** True when a word with this lemma can trigger an event in this coder's dictionaries. */
    public boolean triggers(String lemma) {
        return events.triggers(lemma);
    }

    /** Codes one document. */
    public CodedArticle code(AnnotatedDocument doc) {
        List<ActorMention> found = actors.resolve(doc);
        return new CodedArticle(doc, found, events.code(doc, found));
    }
}
