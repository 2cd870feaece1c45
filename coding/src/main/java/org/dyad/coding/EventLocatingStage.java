package org.dyad.coding;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.dyad.geo.EventLocator;
import org.dyad.geo.Toponym;
import org.dyad.geo.Toponyms;
import org.dyad.model.AnnotatedDocument;
import org.dyad.model.Event;
import org.dyad.model.Layer;
import org.dyad.model.Place;
import org.dyad.stage.Stage;

/** Places each event ({@link EventLocator}) among the document's places: where the text says it happened. */
final class EventLocatingStage implements Stage {
    private static final Set<Layer> REQUIRES = Collections.unmodifiableSet(EnumSet.of(Layer.TOKENS, Layer.POS, Layer.LEMMAS, Layer.ENTITIES,
            Layer.DEPENDENCIES, Layer.COREFERENCE, Layer.PLACES, Layer.EVENTS));

    private final EventLocator locator;

    EventLocatingStage(EventLocator locator) {
        this.locator = Objects.requireNonNull(locator, "locator");
    }

    @Override
    public Set<Layer> requires() {
        return REQUIRES;
    }

    @Override
    public Set<Layer> assigns() {
        return Set.of(Layer.EVENT_PLACES);
    }

    @Override
    public AnnotatedDocument apply(AnnotatedDocument document) {
        document.require(REQUIRES.toArray(Layer[]::new));
        List<Toponym> toponyms = document.get(Toponyms.LAYER).all();
        List<Event> events = document.get(CodingLayers.EVENTS).all();
        List<Optional<Place>> places = events.stream().map(e -> locator.place(document, toponyms, e)).toList();
        return document.with(CodingLayers.EVENT_PLACES, new CodingLayers.EventPlaces(places));
    }
}
