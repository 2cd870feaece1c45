package org.dyad.nlp;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import org.dyad.model.AnnotatedDocument;
import org.dyad.model.Layer;
import org.dyad.stage.Stage;

/** Quotations with their speakers ({@link QuoteFinder}): the subject of the reporting verb outside each. */
public final class QuotationStage implements Stage {
    private static final Set<Layer> REQUIRES = Collections.unmodifiableSet(EnumSet.of(Layer.TOKENS, Layer.POS, Layer.LEMMAS, Layer.ENTITIES,
            Layer.DEPENDENCIES));

    private final QuoteFinder finder = new QuoteFinder();

    @Override
    public Set<Layer> requires() {
        return REQUIRES;
    }

    @Override
    public Set<Layer> assigns() {
        return Set.of(Layer.QUOTES);
    }

    @Override
    public AnnotatedDocument apply(AnnotatedDocument document) {
        document.require(REQUIRES.toArray(Layer[]::new));
        return finder.find(document);
    }
}
