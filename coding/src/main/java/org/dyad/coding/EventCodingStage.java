package org.dyad.coding;

import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.dyad.actors.ActorMention;
import org.dyad.actors.ActorResolver;
import org.dyad.geo.Toponyms;
import org.dyad.model.AnnotatedDocument;
import org.dyad.model.Layer;
import org.dyad.stage.Stage;

/**
 * Codes the sentences that no discard phrase keeps from it ({@link EventCoder#codings}): each trigger's
 * code, sources and targets among the document's actors, quotations by actors included. When it reads
 * the document's places (a coder that places events), a town or province naming an event's venue
 * ("the Jeddah talks") is no party to it ({@link Venues}).
 */
final class EventCodingStage implements Stage {
    private static final Set<Layer> REQUIRES = Collections.unmodifiableSet(EnumSet.of(Layer.TOKENS, Layer.POS, Layer.LEMMAS, Layer.ENTITIES,
            Layer.DEPENDENCIES, Layer.QUOTES, Layer.ACTORS, Layer.DISCARDS));

    private final EventCoder coder;
    private final CoderSettings settings;
    private final boolean readsPlaces;
    private final Set<Layer> requires;

    EventCodingStage(EventCoder coder, CoderSettings settings) {
        this(coder, settings, false);
    }

    /** A stage that reads the document's places ({@code Layer.PLACES}) when {@code readsPlaces}. */
    EventCodingStage(EventCoder coder, CoderSettings settings, boolean readsPlaces) {
        this.coder = Objects.requireNonNull(coder, "coder");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.readsPlaces = readsPlaces;
        EnumSet<Layer> r = EnumSet.copyOf(REQUIRES);
        if (readsPlaces) {
            r.add(Layer.PLACES);
        }
        this.requires = Collections.unmodifiableSet(r);
    }

    @Override
    public Set<Layer> requires() {
        return requires;
    }

    @Override
    public Set<Layer> assigns() {
        return Set.of(Layer.CODINGS);
    }

    @Override
    public AnnotatedDocument apply(AnnotatedDocument document) {
        document.require(requires.toArray(Layer[]::new));
        Set<Integer> skipped = new HashSet<>();
        document.get(CodingLayers.DISCARDS).sentences().forEach(d -> skipped.add(d.sentence()));
        ActorResolver.Resolution actors = document.get(CodingLayers.ACTORS);
        List<ActorMention> mentions = readsPlaces && settings.dyad()
                ? Venues.without(document, actors.mentions(), document.get(Toponyms.LAYER).all())
                : actors.mentions();
        return document.with(CodingLayers.CODINGS, new CodingLayers.Codings(coder.codings(document,
                mentions, actors.storyCountry(), settings, skipped)));
    }
}
