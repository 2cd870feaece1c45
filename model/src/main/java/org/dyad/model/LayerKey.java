package org.dyad.model;

import java.util.Objects;

/**
 * How a derived layer's content is typed: the layer and the record that holds it, defined by the
 * module that assigns the layer ({@code Toponyms.LAYER} in geo, the keys of {@code CodingLayers} in
 * coding). {@link AnnotatedDocument#get} and {@link AnnotatedDocument#with} check the content against
 * {@code type}, so a layer is never read as another type than it was written.
 *
 * @param <T> the content type
 */
public record LayerKey<T>(Layer layer, Class<T> type) {
    public LayerKey {
        Objects.requireNonNull(layer, "layer");
        Objects.requireNonNull(type, "type");
        if (layer.isLanguage()) {
            throw new IllegalArgumentException("layer " + layer + " is a language layer, a field of the document;"
                    + " keys are for the derived layers " + java.util.EnumSet.complementOf(
                            java.util.EnumSet.copyOf(Layer.language())));
        }
    }
}
