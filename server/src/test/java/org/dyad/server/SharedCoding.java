package org.dyad.server;

import org.dyad.coding.ArticleCoder;
import org.dyad.nlp.CoreNlpAnalyzer;
import org.dyad.nlp.NlpProfile;
import org.dyad.pipeline.EventSentenceSelector;

/** One coder and CoreNLP analyzer for every integration test of this module's test JVM (models load once). */
final class SharedCoding {
    private SharedCoding() {
    }

    private static final class Holder {
        static final ArticleCoder CODER = ArticleCoder.standard();
        static final CoreNlpAnalyzer ANALYZER = new CoreNlpAnalyzer(NlpProfile.SELECTIVE, new EventSentenceSelector(CODER));
    }

    /** Coding as {@code dyad code} does, with the shared analyzer. */
    static Coding coding() {
        return Coding.of(Holder.CODER, () -> Holder.ANALYZER);
    }
}
