package org.dyad.model;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The contents of a document's derived layers ({@link Layer#isLanguage()} false), each a record of the
 * module that assigns it, keyed by its {@link LayerKey}. Immutable; {@link #with} gives a copy.
 */
public final class DerivedLayers {
    /** No derived layer. */
    public static final DerivedLayers NONE = new DerivedLayers(new EnumMap<>(Layer.class));

    private final Map<Layer, Object> contents;

    private DerivedLayers(EnumMap<Layer, Object> contents) {
        this.contents = Collections.unmodifiableMap(contents);
    }

    /** The layers held. */
    public java.util.Set<Layer> layers() {
        return contents.keySet();
    }

    /** The content of a layer, when held. */
    public <T> Optional<T> find(LayerKey<T> key) {
        Object o = contents.get(key.layer());
        if (o == null) {
            return Optional.empty();
        }
        if (!key.type().isInstance(o)) {
            throw new IllegalStateException("layer " + key.layer() + " holds a " + o.getClass().getName()
                    + ", not the " + key.type().getName() + " that key asks for; one layer has one content type");
        }
        return Optional.of(key.type().cast(o));
    }

    /** These layers with {@code key}'s layer set to {@code content}. */
    public <T> DerivedLayers with(LayerKey<T> key, T content) {
        Objects.requireNonNull(content, () -> "content of layer " + key.layer());
        EnumMap<Layer, Object> next = contents.isEmpty() ? new EnumMap<>(Layer.class) : new EnumMap<>(contents);
        next.put(key.layer(), key.type().cast(content));
        return new DerivedLayers(next);
    }

    /** These layers less those not in {@code keep}. */
    public DerivedLayers only(java.util.Set<Layer> keep) {
        EnumMap<Layer, Object> next = new EnumMap<>(Layer.class);
        contents.forEach((l, o) -> {
            if (keep.contains(l)) {
                next.put(l, o);
            }
        });
        return new DerivedLayers(next);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DerivedLayers other && contents.equals(other.contents);
    }

    @Override
    public int hashCode() {
        return contents.hashCode();
    }

    @Override
    public String toString() {
        return contents.toString();
    }
}
