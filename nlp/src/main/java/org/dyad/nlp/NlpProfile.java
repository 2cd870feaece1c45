package org.dyad.nlp;

/**
 * Which analysis to run.
 *
 * <ul>
 *   <li>{@link #STANDARD}: CoreNLP tokens, POS, lemmas, named entities with SUTime dates normalised
 *       against the article date, and Universal Dependencies; then Dyad's own coreference and
 *       quotation rules (see {@link CoreferenceRules}, {@link QuoteFinder}). The default.</li>
 *   <li>{@link #CORENLP_COREF}: the same, with CoreNLP's statistical coreference and quote
 *       attributor instead of Dyad's rules. About six times slower; for comparison and research.</li>
 * </ul>
 */
public enum NlpProfile {
    STANDARD,
    CORENLP_COREF
}
