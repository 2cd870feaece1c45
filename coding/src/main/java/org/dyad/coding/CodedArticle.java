package org.dyad.coding;

import java.util.List;
import java.util.Objects;
import org.dyad.actors.ActorMention;
import org.dyad.model.AnnotatedDocument;
import org.dyad.model.Event;

/** An article after coding: its annotation, the actors found in it, and its events. */
public record CodedArticle(AnnotatedDocument document, List<ActorMention> actors, List<Event> events) {
    public CodedArticle {
        Objects.requireNonNull(document, "document");
        actors = List.copyOf(actors);
        events = List.copyOf(events);
    }
}
