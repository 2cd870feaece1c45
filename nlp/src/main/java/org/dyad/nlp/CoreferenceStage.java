package org.dyad.nlp;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import org.dyad.model.AnnotatedDocument;
import org.dyad.model.Layer;
import org.dyad.stage.Stage;

/** Dyad's own coreference ({@link CoreferenceRules}): short names to full ones, pronouns to their antecedents. */
public final class CoreferenceStage implements Stage {
    private static final Set<Layer> REQUIRES = Collections.unmodifiableSet(EnumSet.of(Layer.TOKENS, Layer.POS, Layer.ENTITIES,
            Layer.DEPENDENCIES));

    private final CoreferenceRules rules = new CoreferenceRules();

    @Override
    public Set<Layer> requires() {
        return REQUIRES;
    }

    @Override
    public Set<Layer> assigns() {
        return Set.of(Layer.COREFERENCE);
    }

    @Override
    public AnnotatedDocument apply(AnnotatedDocument document) {
        document.require(REQUIRES.toArray(Layer[]::new));
        return rules.resolve(document);
    }
}
