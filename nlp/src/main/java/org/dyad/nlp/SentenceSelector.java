package org.dyad.nlp;

import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.dyad.model.AnnotatedDocument;

/**
 * Chooses the sentences of an article that need the full analysis (all named-entity classes, time
 * expressions and the dependency parse) in the {@link NlpProfile#SELECTIVE} profile.
 *
 * <p>{@link #select} sees a <em>preview</em> of the article: every sentence with its tokens,
 * part-of-speech tags and lemmas, named entities of the classes {@code PERSON}, {@code ORGANIZATION}
 * and {@code LOCATION} only, and no dependencies (layers {@code TOKENS, POS, LEMMAS, ENTITIES}). A
 * selector that drops a sentence promises that nothing downstream needs more than that preview of
 * it; selectors answer for that promise. The analyzer adds on its own the sentences its coreference
 * rules read to resolve the pronouns of the selected ones ({@link CoreferenceRules#parsesConsulted}).
 * Quotation speakers are found only in parsed sentences: a selector that wants every quotation
 * attributed as in {@link NlpProfile#STANDARD} adds {@link QuoteFinder#parsesConsulted}. Implementations
 * are thread-safe: the analyzer calls one instance from every worker.
 */
@FunctionalInterface
public interface SentenceSelector {
    /** Selects every sentence: the selective profile then gives the same documents as {@link NlpProfile#STANDARD}. */
    SentenceSelector ALL = preview -> IntStream.range(0, preview.sentences().size()).boxed()
            .collect(Collectors.toUnmodifiableSet());

    /**
     * The indices of the sentences of {@code preview} to analyse fully.
     *
     * @return indices in {@code [0, preview.sentences().size())}; any other index is a bug in the
     *     selector and makes the analysis fail
     */
    Set<Integer> select(AnnotatedDocument preview);
}
