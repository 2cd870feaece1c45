package org.dyad.actors;

import java.util.List;

/**
 * A rule that reads a sentence before its units are found ({@link Rule.Stage#TOKENS}): it resolves
 * mentions from the words and the article's earlier mentions and {@link PhraseReading#claim claims}
 * their tokens, which no unit then covers.
 */
non-sealed interface TokenRule extends Rule {
    /**
     * Resolves what the rule finds in the reading's sentence.
     *
     * @param earlier the mentions the reading resolved in the article's earlier sentences, in text order
     */
    void read(PhraseReading r, List<ActorMention> earlier);

    @Override
    default Stage stage() {
        return Stage.TOKENS;
    }
}
