package org.dyad.coding;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.dyad.model.AnnotatedDocument;
import org.dyad.model.Layer;
import org.dyad.stage.Stage;

/**
 * Dates each coding's event by its trigger ({@link EventDater}): the time expression that governs it,
 * else the article's date moved by the verb's tense and the clause around it.
 */
final class EventDatingStage implements Stage {
    private static final Set<Layer> REQUIRES = Collections.unmodifiableSet(EnumSet.of(Layer.TOKENS, Layer.POS, Layer.LEMMAS,
            Layer.DEPENDENCIES, Layer.TIME, Layer.CODINGS));

    private final EventCoder coder;

    EventDatingStage(EventCoder coder) {
        this.coder = Objects.requireNonNull(coder, "coder");
    }

    @Override
    public Set<Layer> requires() {
        return REQUIRES;
    }

    @Override
    public Set<Layer> assigns() {
        return Set.of(Layer.EVENT_DATES);
    }

    @Override
    public AnnotatedDocument apply(AnnotatedDocument document) {
        document.require(REQUIRES.toArray(Layer[]::new));
        return document.with(CodingLayers.EVENT_DATES, new CodingLayers.CodingDates(
                coder.dates(document, document.get(CodingLayers.CODINGS).all())));
    }
}
