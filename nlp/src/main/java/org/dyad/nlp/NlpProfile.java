package org.dyad.nlp;

/**
 * Which analysis to run.
 *
 * <ul>
 *   <li>{@link #SELECTIVE}: a cheap pass over every sentence (tokens, POS, lemmas, and the
 *       person/organisation/location names of CoreNLP's 3-class model), then the analysis of
 *       {@link #STANDARD} only on the sentences a {@link SentenceSelector} picks (those that can hold
 *       an event) and on those that coreference and quotation rules read. The other sentences keep
 *       their preview annotation and no parse. The default of the command line.</li>
 *   <li>{@link #STANDARD}: CoreNLP tokens, POS, lemmas, named entities with SUTime dates normalised
 *       against the article date, and Universal Dependencies on every sentence; then Dyad's own
 *       coreference and quotation rules (see {@link CoreferenceRules}, {@link QuoteFinder}).</li>
 *   <li>{@link #CORENLP_COREF}: {@link #STANDARD} with CoreNLP's statistical coreference and quote
 *       attributor instead of Dyad's rules. About six times slower; for comparison and research.</li>
 * </ul>
 */
public enum NlpProfile {
    STANDARD,
    CORENLP_COREF,
    SELECTIVE
}
