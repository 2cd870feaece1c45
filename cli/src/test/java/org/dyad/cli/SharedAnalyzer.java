package org.dyad.cli;

import org.dyad.nlp.CoreNlpAnalyzer;
import org.dyad.nlp.NlpProfile;

/** One CoreNLP analyzer for all integration tests of this module's test JVM (models load once). */
final class SharedAnalyzer {
    private SharedAnalyzer() {
    }

    private static final class Holder {
        static final CoreNlpAnalyzer INSTANCE = new CoreNlpAnalyzer(NlpProfile.STANDARD);
    }

    static CoreNlpAnalyzer get() {
        return Holder.INSTANCE;
    }
}
