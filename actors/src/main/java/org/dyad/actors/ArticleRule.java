package org.dyad.actors;

import java.util.List;
import org.dyad.model.AnnotatedDocument;

/** A rule that resolves further mentions once every sentence of the article is read ({@link Rule.Stage#ARTICLE}). */
non-sealed interface ArticleRule extends Rule {
    /**
     * The further mentions, given the article's mentions resolved so far.
     *
     * @param version the resolver's version, for the provenance of what the rule resolves
     */
    List<ActorMention> resolve(AnnotatedDocument doc, List<ActorMention> found, String version);

    @Override
    default Stage stage() {
        return Stage.ARTICLE;
    }
}
