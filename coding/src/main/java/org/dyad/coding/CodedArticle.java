package org.dyad.coding;

import java.util.List;
import java.util.Objects;
import org.dyad.actors.ActorMention;
import org.dyad.model.AnnotatedDocument;
import org.dyad.model.Event;

/**
 * An article after coding: its annotation, the actors found in it, every coding of its sentences
 * (codes outside CAMEO included), the events merged from them, the sentences a discard phrase kept
 * from being coded, and the issues of the sentences that gave codings.
 */
public record CodedArticle(AnnotatedDocument document, List<ActorMention> actors, List<Event> events,
        List<Coding> codings, List<Discarded> discarded, List<IssueList.Issue> issues) {
    /** A sentence left uncoded because it (or, for a story-level phrase, its article) holds a discard phrase. */
    public record Discarded(int sentence, DiscardList.Phrase phrase) {
        public Discarded {
            Objects.requireNonNull(phrase, "phrase");
        }
    }

    public CodedArticle {
        Objects.requireNonNull(document, "document");
        actors = List.copyOf(actors);
        events = List.copyOf(events);
        codings = List.copyOf(codings);
        discarded = List.copyOf(discarded);
        issues = List.copyOf(issues);
    }

    /** An article with events only (no codings, discards or issues recorded). */
    public CodedArticle(AnnotatedDocument document, List<ActorMention> actors, List<Event> events) {
        this(document, actors, events, List.of(), List.of(), List.of());
    }
}
