package org.dyad.coding;

import java.util.Locale;
import java.util.Optional;
import org.dyad.model.Lexicon;
import org.dyad.model.SentenceGraph;

/**
 * What a statement says, under Dyad's conventions. CAMEO codes a statement by its content, not as a
 * bare statement (010) when the content tells more: a verb of saying whose reported clause
 * <ul>
 *   <li>obliges its subject ("Russia said Sudan must return the helicopter", "has to", "needs to")
 *       is a demand (100); with "should" or "ought to", an appeal (020);</li>
 *   <li>judges its subject's conduct as bad ("said the West was ignoring Russia's interests", "said
 *       the plan was unacceptable", {@link Lexicon#CENSURE_WORDS}; "had regrettably not listened",
 *       {@link Lexicon#CENSURE_ADVERBS}, negated or not) is criticism (111);</li>
 *   <li>judges it as good ({@link Lexicon#PRAISE_WORDS}) is praise (051).</li>
 * </ul>
 * The clause's subject is then the statement's target, found as for any verb of saying. A negated
 * obligation is one still ("told the governments they shouldn't close borders" is an appeal); a
 * negated judgement ("said it was not wrong") tells nothing. Reads the parse; stateless.
 */
final class StatementContent {
    private StatementContent() {
    }

    /** The code of what the verb of saying at {@code head} says, when its reported clause tells one. */
    static Optional<CodePair> of(SentenceView v, int head) {
        if (!Lexicon.REPORTING_VERBS.contains(v.lemma(head))) {
            return Optional.empty();
        }
        SentenceGraph g = v.graph;
        for (int c : g.children(head)) {
            String r = g.baseRelation(c);
            if (!(r.equals("ccomp") || r.equals("parataxis") && c > head)) {
                continue;
            }
            // "told the governments they shouldn't close borders": an appeal to refrain is an appeal;
            // a negated judgement ("said it was not wrong") tells nothing
            Optional<CodePair> code = Modality.negated(g, c) ? obligation(v, c).or(() -> censured(v, c))
                    : content(v, c);
            if (code.isPresent()) {
                return code;
            }
        }
        return Optional.empty();
    }

    /** Verbs of warning: a threat (CAMEO 13) when they announce what may come, a statement when they describe. */
    private static final java.util.Set<String> WARNING_VERBS = java.util.Set.of("warn", "caution");

    /**
     * What a warning at {@code head} says when its clause announces nothing to come: "warned that
     * expanding military cooperation is dangerous" judges (criticism, 111), "officials warn it is too
     * big to put out" only states (010). A clause with a modal or a future ("warned it would execute
     * the hostages", "may take measures") is a threat, and gives none here; so does a warning
     * without a clause ("warned of continued pressure").
     */
    static Optional<CodePair> warning(SentenceView v, int head) {
        if (!WARNING_VERBS.contains(v.lemma(head))) {
            return Optional.empty();
        }
        SentenceGraph g = v.graph;
        for (int c : g.children(head)) {
            if (!g.baseRelation(c).equals("ccomp")) {
                continue;
            }
            boolean toCome = g.children(c, "aux").stream().anyMatch(a -> Lexicon.MODALS.contains(v.word(a)));
            if (toCome) {
                return Optional.empty();
            }
            return Optional.of(Modality.negated(g, c) ? CodePair.of("010")
                    : content(v, c).orElse(CodePair.of("010")));
        }
        return Optional.empty();
    }

    private static Optional<CodePair> content(SentenceView v, int clause) {
        Optional<CodePair> obliged = obligation(v, clause);
        if (obliged.isPresent()) {
            return obliged;
        }
        if (judged(v, clause, Lexicon.CENSURE_WORDS)) {
            return Optional.of(CodePair.of("111"));
        }
        Optional<CodePair> censured = censured(v, clause);
        if (censured.isPresent()) {
            return censured;
        }
        if (judged(v, clause, Lexicon.PRAISE_WORDS)) {
            return Optional.of(CodePair.of("051"));
        }
        return Optional.empty();
    }

    /**
     * Criticism (111) when an adverb of censure modifies the clause's verb, negated or not: "had
     * regrettably not listened", "wrongly detained" ({@link Lexicon#CENSURE_ADVERBS}).
     */
    private static Optional<CodePair> censured(SentenceView v, int clause) {
        return v.graph.children(clause, "advmod").stream().anyMatch(a -> Lexicon.CENSURE_ADVERBS.contains(v.lemma(a)))
                ? Optional.of(CodePair.of("111")) : Optional.empty();
    }

    /** A demand (100) for "must", "has to", "needs to"; an appeal (020) for "should" or "ought to". */
    private static Optional<CodePair> obligation(SentenceView v, int clause) {
        SentenceGraph g = v.graph;
        for (int a : g.children(clause, "aux")) {
            String w = v.word(a);
            if (w.equals("must")) {
                return Optional.of(CodePair.of("100"));
            }
            if (w.equals("should") || w.equals("ought")) {
                return Optional.of(CodePair.of("020"));
            }
        }
        // "Sudan has to return", "needs to return": the clause's verb with an infinitive complement
        if (Lexicon.OBLIGATION_MODALS.contains(v.lemma(clause)) && !g.children(clause, "xcomp").isEmpty()) {
            return Optional.of(CodePair.of("100"));
        }
        return Optional.empty();
    }

    /** True when the clause's predicate, or an adjective or verb it governs directly, is one of {@code words}. */
    private static boolean judged(SentenceView v, int clause, java.util.Set<String> words) {
        if (words.contains(v.lemma(clause).toLowerCase(Locale.ROOT))) {
            return true;
        }
        for (int c : v.graph.children(clause)) {
            String r = v.graph.baseRelation(c);
            if ((r.equals("xcomp") || r.equals("amod") || r.equals("advmod") || r.equals("obj"))
                    && words.contains(v.lemma(c))) {
                return true;
            }
        }
        return false;
    }
}
