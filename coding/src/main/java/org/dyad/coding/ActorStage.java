package org.dyad.coding;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.dyad.actors.ActorResolver;
import org.dyad.actors.PlaceCountries;
import org.dyad.geo.Toponyms;
import org.dyad.model.AnnotatedDocument;
import org.dyad.model.Layer;
import org.dyad.stage.Stage;

/**
 * Resolves the actors of a document ({@link ActorResolver}) on the article date. With a gazetteer's
 * countries it reads the {@link Layer#PLACES} layer too: a place no dictionary knows stands for its
 * country ("an attack on Dadaab" is an attack on Kenya).
 */
final class ActorStage implements Stage {
    private final ActorResolver resolver;
    private final Optional<GazetteerCountries> countries;
    private final Set<Layer> requires;

    /** Resolves with {@code resolver}; with {@code countries} when it reads places. */
    ActorStage(ActorResolver resolver, Optional<GazetteerCountries> countries) {
        this.resolver = Objects.requireNonNull(resolver, "resolver");
        this.countries = resolver.readsPlaces() ? countries : Optional.empty();
        if (resolver.readsPlaces() && countries.isEmpty()) {
            throw new IllegalArgumentException("a resolver that reads places needs the gazetteer's countries");
        }
        EnumSet<Layer> r = EnumSet.of(Layer.TOKENS, Layer.POS, Layer.LEMMAS, Layer.ENTITIES, Layer.DEPENDENCIES,
                Layer.COREFERENCE);
        if (this.countries.isPresent()) {
            r.add(Layer.PLACES);
        }
        this.requires = r;
    }

    @Override
    public Set<Layer> requires() {
        return requires;
    }

    @Override
    public Set<Layer> assigns() {
        return Set.of(Layer.ACTORS);
    }

    @Override
    public AnnotatedDocument apply(AnnotatedDocument document) {
        document.require(requires.toArray(Layer[]::new));
        return document.with(CodingLayers.ACTORS, resolve(document));
    }

    /** The actors of a document that carries the layers this stage requires. */
    ActorResolver.Resolution resolve(AnnotatedDocument document) {
        if (countries.isEmpty()) {
            return resolver.resolveAll(document, List.<PlaceCountries.Placed>of());
        }
        return resolver.resolveAll(document, countries.get().countries(document,
                document.get(Toponyms.LAYER).all()));
    }
}
