package org.dyad.cli;

import org.dyad.nlp.CoreNlpAnalyzer;
import org.dyad.nlp.NlpProfile;

/** The one CoreNLP analyzer of this module's integration tests, loaded on first use. */
final class SharedAnalyzer {
    private SharedAnalyzer() {
    }

    static CoreNlpAnalyzer get() {
        return Holder.ANALYZER;
    }

    private static final class Holder {
        static final CoreNlpAnalyzer ANALYZER = new CoreNlpAnalyzer(NlpProfile.STANDARD);
    }
}
