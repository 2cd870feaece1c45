package org.dyad.actors;

import org.dyad.model.AnnotatedDocument;
import org.dyad.model.Article;
import org.dyad.nlp.CoreNlpAnalyzer;
import org.dyad.nlp.NlpProfile;

/** One CoreNLP analyzer for all integration tests of this module's test JVM (models load once). */
public final class SharedAnalyzer {
    private SharedAnalyzer() {
    }

    private static final class Holder {
        static final CoreNlpAnalyzer INSTANCE = new CoreNlpAnalyzer(NlpProfile.STANDARD);
    }

    /** The article analysed with the standard profile. */
    public static AnnotatedDocument analyze(Article article) {
        return Holder.INSTANCE.analyze(article);
    }
}
