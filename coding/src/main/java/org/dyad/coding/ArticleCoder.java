package org.dyad.coding;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.dyad.actors.ActorDictionary;
import org.dyad.actors.ActorMention;
import org.dyad.actors.ActorResolver;
import org.dyad.geo.EventLocator;
import org.dyad.model.AnnotatedDocument;
import org.dyad.model.Event;
import org.dyad.ontology.Cameo;

/**
 * Codes an annotated document: resolves its actors, codes its events, then places them (when built
 * with an {@link EventLocator}). Holds the dictionaries and the gazetteer in memory; immutable and
 * thread-safe, so one instance serves all workers.
 */
public final class ArticleCoder {
    /** Version of the rules and shipped dictionaries, recorded in every provenance. */
    public static final String VERSION = "dyad-0.1";

    private final ActorResolver actors;
    private final EventCoder events;
    private final Optional<EventLocator> locator;

    /** A coder whose events carry no location. */
    public ArticleCoder(ActorResolver actors, EventCoder events) {
        this(actors, events, Optional.empty());
    }

    /** A coder that places its events with {@code locator} when present. */
    public ArticleCoder(ActorResolver actors, EventCoder events, Optional<EventLocator> locator) {
        this.actors = Objects.requireNonNull(actors, "actors");
        this.events = Objects.requireNonNull(events, "events");
        this.locator = Objects.requireNonNull(locator, "locator: use Optional.empty()");
    }

    /** A coder with the dictionaries and gazetteer shipped with Dyad. */
    public static ArticleCoder standard() {
        return new ArticleCoder(new ActorResolver(ActorDictionary.standard(), VERSION),
                new EventCoder(VerbDictionary.standard(), Cameo.standard(), VERSION),
                Optional.of(EventLocator.standard()));
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
        List<Event> coded = events.code(doc, found);
        if (locator.isPresent()) {
            coded = locator.get().locate(doc, coded);
        }
        return new CodedArticle(doc, found, coded);
    }
}
