package org.dyad.store;

import java.util.List;
import java.util.Objects;
import org.dyad.model.ActorRef;
import org.dyad.model.AnnotatedDocument;
import org.dyad.model.Event;

/**
 * What the store keeps of one coded article: its annotation (the parse cache), the actors found in
 * it, and the events it reported. The store holds no coder: whoever codes articles hands them over
 * in this form.
 */
public record CodedDocument(AnnotatedDocument document, List<Actor> actors, List<Event> events) {
    /**
     * An actor found in a sentence: tokens {@code [tokenBegin, tokenEnd)} with the head token, and the
     * resolved actor.
     */
    public record Actor(int sentence, int tokenBegin, int tokenEnd, int head, ActorRef actor) {
        public Actor {
            if (sentence < 0 || tokenBegin < 0 || tokenEnd <= tokenBegin || head < tokenBegin || head >= tokenEnd) {
                throw new IllegalArgumentException("actor tokens [" + tokenBegin + ", " + tokenEnd + ") of sentence "
                        + sentence + " with head " + head + " are inconsistent");
            }
            Objects.requireNonNull(actor, "actor");
        }
    }

    public CodedDocument {
        Objects.requireNonNull(document, "document");
        actors = List.copyOf(actors);
        events = List.copyOf(events);
    }

    /** The article's id. */
    public String id() {
        return document.article().id();
    }
}
