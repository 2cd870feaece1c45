package org.dyad.pipeline;

import java.util.Optional;
import org.dyad.model.Article;
import org.dyad.model.Rejection;

/**
 * A check of each article before it is analysed, e.g. against what a store already holds. Called on
 * the thread that runs the pipeline, in input order.
 */
@FunctionalInterface
public interface ArticleScreen {
    /** Lets every article through. */
    ArticleScreen NONE = (article, origin) -> Optional.empty();

    /** The reason to quarantine the article instead of analysing it, if any. */
    Optional<Rejection> screen(Article article, String origin);
}
