package org.dyad.nlp;

import java.util.Properties;

/** The CoreNLP settings of Dyad's analyses: which annotators, with which models and options. */
final class CoreNlpSettings {
    private CoreNlpSettings() {
    }

    /** The CoreNLP settings of a profile's whole-document pipeline. */
    static Properties properties(NlpProfile profile) {
        Properties p = new Properties();
        tokenization(p);
        if (profile == NlpProfile.CORENLP_COREF) {
            // CoreNLP's coreference reads the full recognizer's classes and graphs that only CoreNLP's
            // own parse annotator derives
            p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse,coref,quote");
            p.setProperty("coref.algorithm", "statistical");
            fullNamedEntities(p);
            p.setProperty("ner.useSUTime", "false");
            p.setProperty("depparse.extradependencies", "MAXIMAL");
        } else {
            p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner," + DependencyParseAnnotator.NAME);
            names(p);
            DependencyParseAnnotator.register(p);
        }
        return p;
    }

    /**
     * Bare CoreNLP as an event coder built on it runs it, the yardstick of {@link CoreNlpBaseline}: the
     * same tokenization, CoreNLP's full recognizer (three CRF models, numeric classifiers, SUTime)
     * and its own parse annotator with Enhanced++ dependencies.
     */
    static Properties baselineProperties() {
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse");
        tokenization(p);
        fullNamedEntities(p);
        p.setProperty("depparse.extradependencies", "MAXIMAL");
        return p;
    }

    private static void tokenization(Properties p) {
        // "build-up", "confidence-building" stay one token: event nouns are written with hyphens
        p.setProperty("tokenize.options", "splitHyphenated=false,invertible=true");
        p.setProperty("ssplit.newlineIsSentenceBreak", "two");
    }

    private static void fullNamedEntities(Properties p) {
        p.setProperty("ner.applyFineGrained", "false");
        p.setProperty("ner.buildEntityMentions", "true");
    }

    /**
     * The names Dyad reads: CoreNLP's 3-class CRF (PERSON, ORGANIZATION, LOCATION) alone. In CoreNLP's
     * combination of its three English models the 3-class model is consulted first and is the only
     * one with those classes, so the names are those of the full recognizer; the other two models
     * add only MISC, money, percentages and times, and the numeric classifiers numbers and dates,
     * which nothing in Dyad reads (dates come from {@link DateFinder}).
     */
    private static void names(Properties p) {
        fullNamedEntities(p);
        p.setProperty("ner.model", "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz");
        p.setProperty("ner.applyNumericClassifiers", "false");
        p.setProperty("ner.useSUTime", "false");
    }

    /** Tokens, sentences, POS and lemmas: the floor of every analysis. */
    static Properties previewProperties() {
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit,pos,lemma");
        tokenization(p);
        return p;
    }

    /** What the tagging stage runs: tokens, sentences, POS, lemmas and names. */
    static Properties namedPreviewProperties() {
        Properties p = previewProperties();
        p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
        names(p);
        return p;
    }

    /** The parser alone, run on the chosen sentences of an already tagged document. */
    static Properties deepProperties() {
        Properties p = new Properties();
        p.setProperty("annotators", DependencyParseAnnotator.NAME);
        p.setProperty("enforceRequirements", "false");
        DependencyParseAnnotator.register(p);
        return p;
    }
}
