package org.dyad.geo;

import java.util.List;
import org.dyad.model.Layer;
import org.dyad.model.LayerKey;

/**
 * The {@link Layer#PLACES} layer of a document: its place mentions resolved in the gazetteer, in text
 * order, as {@link Geoparser#parse} gives them.
 */
public record Toponyms(List<Toponym> all) {
    /** The key of the layer. */
    public static final LayerKey<Toponyms> LAYER = new LayerKey<>(Layer.PLACES, Toponyms.class);

    public Toponyms {
        all = List.copyOf(all);
    }
}
