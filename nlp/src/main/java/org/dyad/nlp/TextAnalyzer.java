package org.dyad.nlp;

import java.util.Set;
import org.dyad.model.AnnotatedDocument;
import org.dyad.model.Article;
import org.dyad.model.Layer;

/**
 * Turns an article into an annotated document. Implementations are thread-safe: one instance, with
 * its models loaded once, serves all worker threads.
 */
public interface TextAnalyzer {
    /**
     * Analyses one article.
     *
     * @throws RuntimeException when the analysis fails on this article; callers quarantine the article
     *     with {@link org.dyad.model.ErrorCode#NLP_FAILED} and go on
     */
    AnnotatedDocument analyze(Article article);

    /** The layers every returned document carries. */
    Set<Layer> layers();
}
