package org.dyad.coding;

import java.util.BitSet;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.dyad.model.Lexicon;

/**
 * The first step of coding a trigger: which code it gets, and by which dictionary line.
 *
 * <p>Reads the trigger's block and the sentence around the trigger; writes a {@link Selection}: the
 * code, the rule that chose it and the dictionary entry. In order: the most specific pattern of the
 * block that matches around the trigger (patterns are sorted so, see {@link PatternMatcher}; PETRARCH's
 * own patterns are matched in the verb phrase as TABARI read it, Dyad's in the verb's own phrase),
 * rule {@code pattern}; else the first refinement whose dependent the trigger has, rule
 * {@code refinement}; else the trigger's own code or its block's, rule {@code verb}. A match also
 * carries the actors its {@code $}, {@code +} and {@code %} slots bound, which argument extraction
 * reads. Immutable and thread-safe.
 */
final class PatternSelector {
    /** The rule names a selection records in the provenance. */
    static final String PATTERN = "pattern";
    static final String REFINEMENT = "refinement";
    static final String TRIGGER = "verb";

    private final PatternMatcher matcher;
    /**
     * The verb each PETRARCH pattern was written for, where its note names one of its block's verbs:
     * CAMEO.2.0 lists "* arrest" (173) under the verbs of speech with the note {@code ANNOUNCE}.
     */
    private final Map<Pattern, String> ownVerbs = new IdentityHashMap<>();

    PatternSelector(VerbDictionary verbs) {
        this.matcher = new PatternMatcher(Objects.requireNonNull(verbs, "verbs"));
        for (VerbBlock block : verbs.blocks()) {
            Set<String> words = new HashSet<>();
            block.triggers().forEach(t -> words.add(t.words().get(0)));
            for (Pattern p : block.patterns()) {
                noteVerb(p).filter(words::contains).ifPresent(w -> ownVerbs.put(p, w));
            }
        }
    }

    /** The verb a pattern's note names: "ANNOUNCE" {@code announce}, "WENT_TO" {@code went}; none for other notes. */
    static Optional<String> noteVerb(Pattern p) {
        String first = p.note().split("[^A-Za-z_]", 2)[0];
        if (first.isEmpty() || !first.equals(first.toUpperCase(Locale.ROOT))) {
            return Optional.empty();
        }
        return Optional.of(first.split("_", 2)[0].toLowerCase(Locale.ROOT));
    }

    /**
     * What the selection gave a trigger.
     *
     * @param code the forward and reverse codes; {@link CodePair#NONE} codes nothing
     * @param rule {@link #PATTERN}, {@link #REFINEMENT} or {@link #TRIGGER}
     * @param entry the block and the dictionary line that gave the code
     * @param match the pattern's match, when a pattern gave the code
     */
    record Selection(CodePair code, String rule, String entry, Optional<PatternMatcher.Match> match) {
        Selection {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(rule, "rule");
            Objects.requireNonNull(entry, "entry");
            Objects.requireNonNull(match, "match: use Optional.empty()");
        }

        /** The first token the pattern matched before the trigger, else the trigger's first token. */
        int start(Occurrence o) {
            int start = o.first();
            if (match.isPresent()) {
                BitSet consumed = match.get().consumed();
                for (int t = consumed.nextSetBit(0); t >= 0 && t < o.first(); t = consumed.nextSetBit(t + 1)) {
                    start = Math.min(start, t);
                }
            }
            return start;
        }

        /**
         * True when the pattern spells out a negation ({@code negation}, "will not *") or a modal
         * ("indicated would * now"): then it codes the phrase itself, and modality stands aside.
         */
        boolean spells(SentenceView v, boolean negation) {
            return match.isPresent() && Modality.handledBy(match.get().consumed(), v, negation);
        }
    }

    /** The code of one trigger, every pattern of its block applying to it (PETRARCH's reading). */
    Selection select(SentenceView v, Occurrence o) {
        return select(v, o, false);
    }

    /**
     * The code of one trigger. With {@code ownVerbOnly} (Dyad's reading), a pattern whose note names
     * another verb of its block does not apply to a verb of reporting: "announced the arrest of" is an
     * arrest (173) by the one who announces it, "said the arrest of" ({@link Lexicon#REPORTING_VERBS})
     * is none.
     */
    Selection select(SentenceView v, Occurrence o, boolean ownVerbOnly) {
        VerbBlock block = o.block();
        Optional<PatternMatcher.Match> match = match(v, o, ownVerbOnly);
        if (match.isPresent()) {
            Pattern p = match.get().pattern();
            return new Selection(p.code(), PATTERN, block.id() + " " + p.origin(), match);
        }
        Optional<Refinement> refined = refinement(v, o.head(), block);
        if (refined.isPresent()) {
            return new Selection(refined.get().code(), REFINEMENT,
                    block.id() + " if " + refined.get().relation() + " " + String.join("|", refined.get().words()),
                    Optional.empty());
        }
        return new Selection(o.trigger().code().orElse(block.code()), TRIGGER, block.id() + " " + block.origin(),
                Optional.empty());
    }

    /** The first pattern of the block, in the block's order (most specific first), that matches. */
    private Optional<PatternMatcher.Match> match(SentenceView v, Occurrence o, boolean ownVerbOnly) {
        VerbBlock block = o.block();
        // the regions of the patterns, made when a pattern of their kind is tried
        BitSet lower = null;
        BitSet upper = null;
        BitSet ownAfter = null;
        BitSet ownBefore = null;
        BitSet possible = matcher.possible(block, v);
        for (int k = possible.nextSetBit(0); k >= 0; k = possible.nextSetBit(k + 1)) {
            Pattern p = block.patterns().get(k);
            if (ownVerbOnly && !forTrigger(p, v, o)) {
                continue;
            }
            Optional<PatternMatcher.Match> match;
            // PETRARCH's own patterns read the verb phrase as TABARI did; Dyad's read the verb's own phrase
            if (p.exactForms()) {
                if (lower == null) {
                    lower = PatternMatcher.lowerSequence(v, o);
                    upper = PatternMatcher.upperSequence(v, o);
                }
                match = matcher.match(p, v, o, lower, upper);
            } else {
                if (ownAfter == null) {
                    BitSet[] own = PatternMatcher.ownPhrases(v, o);
                    ownAfter = own[0];
                    ownBefore = own[1];
                }
                match = matcher.match(p, v, o, ownAfter, ownBefore);
            }
            if (match.isPresent()) {
                return match;
            }
        }
        return Optional.empty();
    }

    /**
     * True unless the pattern was written for another verb of its block and the trigger is a verb of
     * reporting ("said", "told": to say something about an arrest is not to make it) or a verb with a
     * code of its own, a sense apart from its block's: "convicted of murder" is a legal action (173),
     * not the criticism a pattern of "criticize" makes of "* of"; "disputing fishing rights" (a verb
     * that codes nothing alone) is no protest for rights, a pattern of "protest".
     */
    private boolean forTrigger(Pattern p, SentenceView v, Occurrence o) {
        String own = ownVerbs.get(p);
        boolean restricted = Lexicon.REPORTING_VERBS.contains(v.lemma(o.head())) || o.trigger().code().isPresent();
        return own == null || !restricted || own.equals(v.word(o.head())) || own.equals(v.lemma(o.head()))
                || own.equals(o.trigger().words().get(0));
    }

    /**
     * The first refinement of the block whose relation and word a dependent of the trigger has. Besides
     * words, a refinement may name a kind of dependent: {@code ~thing}, a noun that names no actor,
     * whose head is no actor, pronoun or named person or organisation ("released a report"); {@code
     * ~bare}, such a noun with no actor anywhere in its phrase ("hit a record", but not "hit the
     * Kuwaiti tanker").
     */
    private static Optional<Refinement> refinement(SentenceView v, int head, VerbBlock block) {
        for (Refinement r : block.refinements()) {
            for (int c : v.graph.children(head)) {
                String rel = v.graph.relation(c);
                if ((rel.equals(r.relation()) || rel.startsWith(r.relation() + ":")) && matches(r, v, c)) {
                    return Optional.of(r);
                }
            }
        }
        return Optional.empty();
    }

    private static boolean matches(Refinement r, SentenceView v, int c) {
        List<String> words = r.words();
        return words.contains("*") || words.contains(v.lemma(c)) || words.contains(v.word(c))
                || words.contains("~thing") && thing(v, c)
                || words.contains("~bare") && thing(v, c) && v.firstMentionIn(c).isEmpty();
    }

    /** True when a dependent is a noun that names a thing: no actor heads it, no pronoun, no named person or organisation. */
    private static boolean thing(SentenceView v, int c) {
        String ner = v.token(c).ner();
        return v.token(c).isNoun() && v.mentionAt(c).isEmpty() && !ner.equals("PERSON") && !ner.equals("ORGANIZATION");
    }
}
