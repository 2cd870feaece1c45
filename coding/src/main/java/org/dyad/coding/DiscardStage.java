package org.dyad.coding;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.dyad.model.AnnotatedDocument;
import org.dyad.model.Layer;
import org.dyad.model.Sentence;
import org.dyad.stage.Stage;

/**
 * The sentences a discard phrase keeps from being coded ({@link DiscardList}): each sentence that holds
 * one, or, when a story-level phrase appears anywhere, every sentence of the article.
 */
final class DiscardStage implements Stage {
    private final DiscardList discards;

    DiscardStage(DiscardList discards) {
        this.discards = Objects.requireNonNull(discards, "discards");
    }

    @Override
    public Set<Layer> requires() {
        return Set.of(Layer.TOKENS);
    }

    @Override
    public Set<Layer> assigns() {
        return Set.of(Layer.DISCARDS);
    }

    @Override
    public AnnotatedDocument apply(AnnotatedDocument document) {
        document.require(Layer.TOKENS);
        List<CodedArticle.Discarded> discarded = new ArrayList<>();
        Optional<DiscardList.Phrase> story = Optional.empty();
        for (Sentence s : document.sentences()) {
            Optional<DiscardList.Phrase> p = discards.find(s);
            if (p.isPresent()) {
                discarded.add(new CodedArticle.Discarded(s.index(), p.get()));
                if (p.get().story() && story.isEmpty()) {
                    story = p;
                }
            }
        }
        if (story.isPresent()) {
            discarded.clear();
            for (Sentence s : document.sentences()) {
                discarded.add(new CodedArticle.Discarded(s.index(), story.get()));
            }
        }
        return document.with(CodingLayers.DISCARDS, new CodingLayers.Discards(discarded));
    }
}
