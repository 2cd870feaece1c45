package org.dyad.coding;

import java.util.List;
import java.util.Optional;
import org.dyad.actors.ActorResolver;
import org.dyad.model.Event;
import org.dyad.model.EventDate;
import org.dyad.model.Layer;
import org.dyad.model.LayerKey;
import org.dyad.model.Place;

/**
 * The derived layers that coding assigns, each a record reached through its {@link LayerKey}: the
 * actors ({@link ActorResolver.Resolution}), the discarded sentences, the codings, their dates, the
 * events, the issues and the events' places. ({@link Layer#PLACES} is the geo module's
 * {@code Toponyms}.)
 */
public final class CodingLayers {
    /** The actors of the document, the persons it describes and the country it is about. */
    public static final LayerKey<ActorResolver.Resolution> ACTORS = new LayerKey<>(Layer.ACTORS,
            ActorResolver.Resolution.class);
    /** The sentences a discard phrase keeps from being coded. */
    public static final LayerKey<Discards> DISCARDS = new LayerKey<>(Layer.DISCARDS, Discards.class);
    /** The codings of the sentences. */
    public static final LayerKey<Codings> CODINGS = new LayerKey<>(Layer.CODINGS, Codings.class);
    /** The date of each coding's event. */
    public static final LayerKey<CodingDates> EVENT_DATES = new LayerKey<>(Layer.EVENT_DATES, CodingDates.class);
    /** The events. */
    public static final LayerKey<Events> EVENTS = new LayerKey<>(Layer.EVENTS, Events.class);
    /** The issues of the sentences that gave codings. */
    public static final LayerKey<Issues> ISSUES = new LayerKey<>(Layer.ISSUES, Issues.class);
    /** Where each event took place. */
    public static final LayerKey<EventPlaces> EVENT_PLACES = new LayerKey<>(Layer.EVENT_PLACES, EventPlaces.class);

    private CodingLayers() {
    }

    /** The discarded sentences, in sentence order. */
    public record Discards(List<CodedArticle.Discarded> sentences) {
        public Discards {
            sentences = List.copyOf(sentences);
        }
    }

    /** The codings, sentence by sentence. */
    public record Codings(List<Coding> all) {
        public Codings {
            all = List.copyOf(all);
        }
    }

    /** For each coding, in the same order, its event's date; empty for a coding that gives no event (a code outside CAMEO). */
    public record CodingDates(List<Optional<EventDate>> dates) {
        public CodingDates {
            dates = List.copyOf(dates);
        }
    }

    /** The events merged from the codings, in the order of their first coding. */
    public record Events(List<Event> all) {
        public Events {
            all = List.copyOf(all);
        }
    }

    /** The issues of the sentences that gave codings. */
    public record Issues(List<IssueList.Issue> all) {
        public Issues {
            all = List.copyOf(all);
        }
    }

    /** For each event, in the same order, where it took place, when the text says. */
    public record EventPlaces(List<Optional<Place>> places) {
        public EventPlaces {
            places = List.copyOf(places);
        }
    }
}
