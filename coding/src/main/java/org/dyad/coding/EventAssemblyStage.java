package org.dyad.coding;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.dyad.model.AnnotatedDocument;
import org.dyad.model.Event;
import org.dyad.model.Layer;
import org.dyad.stage.Stage;

/**
 * Turns the dated codings into events ({@link EventCoder#events}): one per (date, source, target,
 * code) with every supporting sentence, its CAMEO type and its confidence; those below the settings'
 * least confidence are left out.
 */
final class EventAssemblyStage implements Stage {
    private static final Set<Layer> REQUIRES = Collections.unmodifiableSet(EnumSet.of(Layer.TOKENS, Layer.CODINGS, Layer.EVENT_DATES));

    private final EventCoder coder;
    private final CoderSettings settings;

    EventAssemblyStage(EventCoder coder, CoderSettings settings) {
        this.coder = Objects.requireNonNull(coder, "coder");
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    @Override
    public Set<Layer> requires() {
        return REQUIRES;
    }

    @Override
    public Set<Layer> assigns() {
        return Set.of(Layer.EVENTS);
    }

    @Override
    public AnnotatedDocument apply(AnnotatedDocument document) {
        document.require(REQUIRES.toArray(Layer[]::new));
        List<Event> events = coder.events(document, document.get(CodingLayers.CODINGS).all(),
                document.get(CodingLayers.EVENT_DATES).dates()).stream()
                .filter(e -> e.confidence() >= settings.minConfidence()).toList();
        return document.with(CodingLayers.EVENTS, new CodingLayers.Events(events));
    }
}
