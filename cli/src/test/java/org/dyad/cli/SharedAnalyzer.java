package org.dyad.cli;

import org.dyad.coding.ArticleCoder;
import org.dyad.nlp.CoreNlpAnalyzer;
import org.dyad.pipeline.EventSentenceSelector;

/**
 * One analyzer and coder for all integration tests of this module's test JVM (models load once),
 * configured as {@code dyad code} is by default.
 */
final class SharedAnalyzer {
    private SharedAnalyzer() {
    }

    private static final class Holder {
        static final ArticleCoder CODER = ArticleCoder.standard();
        static final CoreNlpAnalyzer INSTANCE = new CoreNlpAnalyzer(new CodingOptions().profile,
                new EventSentenceSelector(CODER));
    }

    static CoreNlpAnalyzer get() {
        return Holder.INSTANCE;
    }

    static ArticleCoder coder() {
        return Holder.CODER;
    }
}
