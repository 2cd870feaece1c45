package org.dyad.nlp;

/** The CoreNLP-backed stages, loaded once per test JVM and shared by the integration tests. */
final class SharedStages {
    static final TaggingStage TAGGING = new TaggingStage();
    static final ParsingStage PARSING = new ParsingStage(SentenceSelector.ALL);

    private SharedStages() {
    }
}
