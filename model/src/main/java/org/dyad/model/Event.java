package org.dyad.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A coded event: {@code source} did {@code type} to {@code target} on {@code date}, according to
 * the sentences in {@code evidence}. {@code target} is empty for events without one ("Russia
 * denies ..."). {@code reportedBy} is the speaker when the event was reported in someone's words.
 * {@code trigger} is the word that carries the event in the first supporting sentence.
 * {@code provenance} names the rule and dictionary entry that coded it.
 */
public record Event(String id, String articleId, LocalDate articleDate, EventDate date, ActorRef source,
        Optional<ActorRef> target, EventType type, Optional<Place> location, Optional<ActorRef> reportedBy,
        Trigger trigger, List<Evidence> evidence, double confidence, Provenance provenance) {
    public Event {
        Checks.nonBlank(id, "event id");
        Checks.nonBlank(articleId, "article id");
        Objects.requireNonNull(articleDate, "articleDate");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(target, "target: use Optional.empty()");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(location, "location: use Optional.empty()");
        Objects.requireNonNull(reportedBy, "reportedBy: use Optional.empty()");
        Objects.requireNonNull(trigger, "trigger");
        evidence = List.copyOf(evidence);
        if (evidence.isEmpty()) {
            throw new IllegalArgumentException("event " + id + " has no evidence; every event needs a sentence");
        }
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("confidence was " + confidence + "; it must be within [0, 1]");
        }
        Objects.requireNonNull(provenance, "provenance");
    }

    /** This event with another date. */
    public Event withDate(EventDate d) {
        return new Event(id, articleId, articleDate, d, source, target, type, location, reportedBy, trigger, evidence,
                confidence, provenance);
    }

    /** This event with a location. */
    public Event withLocation(Optional<Place> place) {
        return new Event(id, articleId, articleDate, date, source, target, type, place, reportedBy, trigger, evidence,
                confidence, provenance);
    }

    /** This event with another confidence. */
    public Event withConfidence(double c) {
        return new Event(id, articleId, articleDate, date, source, target, type, location, reportedBy, trigger, evidence,
                c, provenance);
    }

    /** This event with more supporting sentences. */
    public Event withEvidence(List<Evidence> more) {
        return new Event(id, articleId, articleDate, date, source, target, type, location, reportedBy, trigger, more,
                confidence, provenance);
    }

    /** The target's code, or {@code ""} when the event has no target. */
    public String targetCode() {
        return target.map(ActorRef::code).orElse("");
    }
}
