package org.dyad.geo;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.dyad.model.AnnotatedDocument;
import org.dyad.model.Layer;
import org.dyad.stage.Stage;

/**
 * Finds the places a document names and resolves them in the gazetteer ({@link Geoparser}): the
 * {@link Layer#PLACES} layer, which the actor resolver reads for places no dictionary knows and the
 * event locator for where events happened.
 */
public final class GeoparsingStage implements Stage {
    private static final Set<Layer> REQUIRES = Collections.unmodifiableSet(EnumSet.of(Layer.TOKENS, Layer.POS, Layer.ENTITIES));

    private final Geoparser geoparser;

    public GeoparsingStage(Geoparser geoparser) {
        this.geoparser = Objects.requireNonNull(geoparser, "geoparser");
    }

    @Override
    public Set<Layer> requires() {
        return REQUIRES;
    }

    @Override
    public Set<Layer> assigns() {
        return Set.of(Layer.PLACES);
    }

    @Override
    public AnnotatedDocument apply(AnnotatedDocument document) {
        document.require(REQUIRES.toArray(Layer[]::new));
        return document.with(Toponyms.LAYER, new Toponyms(geoparser.parse(document)));
    }
}
