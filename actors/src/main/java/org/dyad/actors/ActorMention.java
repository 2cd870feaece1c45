package org.dyad.actors;

import java.util.List;
import java.util.Objects;
import org.dyad.model.ActorRef;

/**
 * An actor found in a sentence: tokens {@code [tokenBegin, tokenEnd)} with the head token, and the
 * resolved actor (code on the article date, name, text, span and provenance).
 */
public record ActorMention(int sentence, int tokenBegin, int tokenEnd, int head, ActorRef actor) {
    public ActorMention {
        if (tokenBegin < 0 || tokenEnd <= tokenBegin || head < tokenBegin || head >= tokenEnd) {
            throw new IllegalArgumentException("mention tokens [" + tokenBegin + ", " + tokenEnd + ") with head "
                    + head + " are inconsistent");
        }
        Objects.requireNonNull(actor, "actor");
    }

    /** True when token {@code i} lies inside the mention. */
    public boolean covers(int i) {
        return i >= tokenBegin && i < tokenEnd;
    }

    /**
     * The mentions headed by a token. Compound and coordinated phrases give several actors with one
     * head ("the ambassadors of Arnor, Osgiliath and Gondor" heads three), so a caller looking for the
     * actors of an argument should take all of these rather than the first mention that covers it.
     */
    public static List<ActorMention> headedBy(List<ActorMention> mentions, int sentence, int token) {
        return mentions.stream().filter(m -> m.sentence == sentence && m.head == token).toList();
    }
}
