package org.dyad.coding;

import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import org.dyad.actors.ActorResolver;
import org.dyad.model.AnnotatedDocument;
import org.dyad.model.Layer;
import org.dyad.stage.Stage;

/**
 * Codes the sentences that no discard phrase keeps from it ({@link EventCoder#codings}): each trigger's
 * code, sources and targets among the document's actors, quotations by actors included.
 */
final class EventCodingStage implements Stage {
    private static final Set<Layer> REQUIRES = Collections.unmodifiableSet(EnumSet.of(Layer.TOKENS, Layer.POS, Layer.LEMMAS, Layer.ENTITIES,
            Layer.DEPENDENCIES, Layer.QUOTES, Layer.ACTORS, Layer.DISCARDS));

    private final EventCoder coder;
    private final CoderSettings settings;

    EventCodingStage(EventCoder coder, CoderSettings settings) {
        this.coder = Objects.requireNonNull(coder, "coder");
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    @Override
    public Set<Layer> requires() {
        return REQUIRES;
    }

    @Override
    public Set<Layer> assigns() {
        return Set.of(Layer.CODINGS);
    }

    @Override
    public AnnotatedDocument apply(AnnotatedDocument document) {
        document.require(REQUIRES.toArray(Layer[]::new));
        Set<Integer> skipped = new HashSet<>();
        document.get(CodingLayers.DISCARDS).sentences().forEach(d -> skipped.add(d.sentence()));
        ActorResolver.Resolution actors = document.get(CodingLayers.ACTORS);
        return document.with(CodingLayers.CODINGS, new CodingLayers.Codings(coder.codings(document,
                actors.mentions(), actors.storyCountry(), settings, skipped)));
    }
}
