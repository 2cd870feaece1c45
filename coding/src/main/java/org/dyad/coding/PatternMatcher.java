package org.dyad.coding;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dyad.actors.ActorMention;
import org.dyad.model.Lexicon;
import org.dyad.model.WordFilter;

/**
 * Matches a block's patterns around a trigger, as TABARI and PETRARCH define them: the elements
 * after {@code *} are found in order among the words of the trigger's phrase that follow it (its
 * dependents, without its subject and coordinated clauses), the elements before {@code *} in reverse
 * order among the words before it. Between two elements other words may occur, unless the pattern
 * glues them with {@code _}; articles never break a glued pair. {@code $} and {@code +} bind the actor
 * mention found at their place, {@code %} a coordination of actors. The first alternative that
 * matches wins, trying nearer words first. Stateless; one instance serves all threads.
 */
final class PatternMatcher {
    private final VerbDictionary dictionary;
    /** A number for each word some pattern cannot match without. */
    private final Map<String, Integer> wordIds = new HashMap<>();
    /** Answers "no" for most words that are not in {@link #wordIds}, before it is asked. */
    private final WordFilter required;
    /** The numbers of the words each pattern of a block cannot match without, in the block's order, by identity of the block. */
    private final Map<VerbBlock, int[][]> requiredInBlock = new IdentityHashMap<>();
    /** The word sets' phrases indexed by their first and last words, for patterns of word forms and of lemmas. */
    private final Map<String, PhraseTable> exactSets = new HashMap<>();
    private final Map<String, PhraseTable> lemmaSets = new HashMap<>();

    PatternMatcher(VerbDictionary dictionary) {
        this.dictionary = dictionary;
        for (VerbBlock b : dictionary.blocks()) {
            int[][] inBlock = new int[b.patterns().size()][];
            for (int k = 0; k < inBlock.length; k++) {
                Pattern p = b.patterns().get(k);
                inBlock[k] = requiredWords(p.items()).stream()
                        .mapToInt(w -> wordIds.computeIfAbsent(w, x -> wordIds.size())).toArray();
            }
            requiredInBlock.put(b, inBlock);
        }
        required = WordFilter.of(wordIds.keySet());
        for (Map.Entry<String, WordSet> e : dictionary.sets().entrySet()) {
            WordSet set = e.getValue();
            lemmaSets.put(e.getKey(), new PhraseTable(set.phrases()));
            List<List<String>> all = new ArrayList<>(set.phrases());
            all.addAll(set.extraForms());
            exactSets.put(e.getKey(), new PhraseTable(all));
        }
    }

    /**
     * The words a match of these items needs among the sentence's forms and lemmas: each literal word,
     * each preposition with the words of its object, the literal words of a noun phrase. Word sets,
     * actors and skips need none. Used to skip, before matching, a pattern whose words the sentence
     * lacks: the matcher could not match it anyway.
     */
    static List<String> requiredWords(List<PatternItem> items) {
        List<String> out = new ArrayList<>();
        for (PatternItem i : items) {
            collectRequired(i.element(), out);
        }
        return List.copyOf(out);
    }

    private static void collectRequired(PatternElement e, List<String> out) {
        if (e instanceof PatternElement.Word w) {
            out.add(w.word());
        } else if (e instanceof PatternElement.Prepositional pp) {
            out.add(pp.preposition());
            for (PatternItem i : pp.object()) {
                collectRequired(i.element(), out);
            }
        } else if (e instanceof PatternElement.NounPhrase np) {
            np.modifiers().forEach(m -> collectRequired(m, out));
            collectRequired(np.head(), out);
        }
    }

    /**
     * The phrases of a word set in their order, with the positions of those starting and ending with
     * each word: a step of a match at a token tries only the phrases that can start (or end) there.
     */
    static final class PhraseTable {
        final List<List<String>> phrases;
        private final Map<String, int[]> byFirst = new HashMap<>();
        private final Map<String, int[]> byLast = new HashMap<>();

        PhraseTable(List<List<String>> phrases) {
            this.phrases = List.copyOf(phrases);
            Map<String, List<Integer>> first = new HashMap<>();
            Map<String, List<Integer>> last = new HashMap<>();
            for (int k = 0; k < this.phrases.size(); k++) {
                List<String> p = this.phrases.get(k);
                first.computeIfAbsent(p.get(0), x -> new ArrayList<>()).add(k);
                last.computeIfAbsent(p.get(p.size() - 1), x -> new ArrayList<>()).add(k);
            }
            first.forEach((w, l) -> byFirst.put(w, l.stream().mapToInt(Integer::intValue).toArray()));
            last.forEach((w, l) -> byLast.put(w, l.stream().mapToInt(Integer::intValue).toArray()));
        }

        /**
         * The positions, ascending, of the phrases whose first ({@code first}) or last word is
         * {@code word} or {@code lemma}.
         */
        int[] at(String word, String lemma, boolean first) {
            Map<String, int[]> index = first ? byFirst : byLast;
            int[] a = index.getOrDefault(word, NONE);
            if (lemma.equals(word)) {
                return a;
            }
            int[] b = index.getOrDefault(lemma, NONE);
            if (a.length == 0 || b.length == 0) {
                return a.length == 0 ? b : a;
            }
            int[] out = new int[a.length + b.length];
            int i = 0;
            int j = 0;
            int n = 0;
            while (i < a.length || j < b.length) {
                int next = j == b.length || i < a.length && a[i] <= b[j] ? a[i++] : b[j++];
                if (n == 0 || out[n - 1] != next) {
                    out[n++] = next;
                }
            }
            return Arrays.copyOf(out, n);
        }

        private static final int[] NONE = new int[0];
    }

    /** An actor bound by a pattern slot. */
    record Bound(PatternElement slot, List<ActorMention> mentions) {
        Bound {
            mentions = List.copyOf(mentions);
        }
    }

    /** A successful match: its bindings and the tokens its words matched. */
    record Match(Pattern pattern, List<Bound> bounds, BitSet consumed) {
    }

    private record State(List<Bound> bounds, BitSet consumed, int edge) {
        State with(int from, int to, int newEdge, Bound bound) {
            BitSet c = (BitSet) consumed.clone();
            c.set(Math.min(from, to), Math.max(from, to) + 1);
            List<Bound> b = bounds;
            if (bound != null) {
                b = new ArrayList<>(bounds);
                b.add(bound);
            }
            return new State(b, c, newEdge);
        }
    }

    /** The phrase of the trigger after it: where the elements after {@code *} are looked for. */
    static BitSet lowerSequence(SentenceView v, Occurrence o) {
        BitSet out = new BitSet(v.size());
        collect(v, o.head(), o.head(), out, 0);
        out.clear(0, o.last() + 1);
        for (int t : o.tokens()) {
            out.clear(t);
        }
        return out;
    }

    private static void collect(SentenceView v, int root, int i, BitSet out, int depth) {
        if (depth > v.size()) {
            return;
        }
        out.set(i);
        for (int c : v.graph.children(i)) {
            String r = v.graph.baseRelation(c);
            if (i == root && (r.equals("conj") || r.equals("parataxis") || r.equals("nsubj") || r.equals("csubj")
                    || r.equals("cc"))) {
                continue;
            }
            collect(v, root, c, out, depth + 1);
        }
    }

    /**
     * The trigger's own phrase without its clauses, after the trigger (element 0) and before it
     * (element 1): where patterns in Dyad's format are matched. As in PETRARCH2, a pattern names the
     * nouns and prepositional phrases of the verb itself, not words of a clause it governs ("said on
     * Friday that Moscow had not decided whether to attack" has no "attack" of its own); of a reported
     * clause only its subject and verb count ("said the West was ignoring"). One walk of the phrase
     * gives both.
     */
    static BitSet[] ownPhrases(SentenceView v, Occurrence o) {
        BitSet after = new BitSet(v.size());
        collectOwn(v, o.head(), after, 0);
        for (int t : o.tokens()) {
            after.clear(t);
        }
        BitSet before = (BitSet) after.clone();
        after.clear(0, o.last() + 1);
        before.clear(o.first(), v.size());
        return new BitSet[] {after, before};
    }

    private static void collectOwn(SentenceView v, int i, BitSet out, int depth) {
        if (depth > v.size()) {
            return;
        }
        out.set(i);
        for (int c : v.graph.children(i)) {
            String r = v.graph.baseRelation(c);
            if (depth == 0 && r.equals("ccomp")) {
                // a reported clause's verb and subject ("said [the West] was [ignoring]"), not what is inside it
                out.set(c);
                for (int k : v.graph.children(c)) {
                    String kr = v.graph.baseRelation(k);
                    if (kr.equals("nsubj") || kr.equals("aux") || kr.equals("mark")) {
                        for (int t : v.graph.subtree(k)) {
                            out.set(t);
                        }
                    }
                }
                continue;
            }
            // a predicative adjective or noun is the verb's own ("was found [guilty]"); a verb is a clause
            boolean clause = r.equals("parataxis") || r.equals("ccomp") || r.equals("xcomp") && v.token(c).isVerb()
                    || r.equals("advcl")
                    || r.equals("acl") || r.equals("csubj") || r.equals("dep") || r.equals("punct");
            // coordinated clauses of the verb are left out; coordinated nouns inside its phrase are not
            if (clause || depth == 0 && (r.equals("conj") || r.equals("cc"))) {
                continue;
            }
            collectOwn(v, c, out, depth + 1);
        }
    }

    /** The words before the trigger: where the elements before {@code *} are looked for. */
    static BitSet upperSequence(SentenceView v, Occurrence o) {
        BitSet out = new BitSet(v.size());
        out.set(0, o.first());
        return out;
    }

    /**
     * The positions of the patterns of a block that the sentence holds every needed word of: only they
     * can match. All positions for a block of another dictionary, whose patterns are not numbered.
     */
    BitSet possible(VerbBlock b, SentenceView v) {
        int[][] inBlock = requiredInBlock.get(b);
        BitSet out = new BitSet(b.patterns().size());
        if (inBlock == null) {
            out.set(0, b.patterns().size());
            return out;
        }
        BitSet present = v.wordsAmong(wordIds, required);
        for (int k = 0; k < inBlock.length; k++) {
            if (holdsAll(present, inBlock[k])) {
                out.set(k);
            }
        }
        return out;
    }

    private static boolean holdsAll(BitSet present, int[] needs) {
        for (int w : needs) {
            if (!present.get(w)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The first way a pattern matches around a trigger. Does not check the words the pattern needs:
     * give only patterns {@link #possible} found possible, or the matching is merely slower.
     */
    Optional<Match> match(Pattern p, SentenceView v, Occurrence o, BitSet lower, BitSet upper) {
        return new Run(v, p.exactForms()).match(p, o, lower, upper);
    }

    /** One matching of one pattern: the sentence and how words match. */
    private final class Run {
        private final SentenceView v;
        private final boolean exact;

        Run(SentenceView v, boolean exact) {
            this.v = v;
            this.exact = exact;
        }

        /** True when token t is the word w: its form, or (unless exact) its lemma. */
        private boolean is(int t, String w) {
            return exact ? v.word(t).equals(w) : v.is(t, w);
        }

        Optional<Match> match(Pattern p, Occurrence o, BitSet lower, BitSet upper) {
            List<PatternItem> items = p.items();
            int verb = p.verbIndex();
            State start = new State(List.of(), new BitSet(v.size()), o.last());
            Optional<State> after = forward(items.subList(verb + 1, items.size()), 0, o.last(), lower, start);
            if (after.isEmpty()) {
                return Optional.empty();
            }
            State mid = new State(after.get().bounds(), after.get().consumed(), o.first());
            Optional<State> before = backward(items, verb - 1, o.first(), items.get(verb).glued(), upper, mid);
            return before.map(s -> new Match(p, s.bounds(), s.consumed()));
        }

        private Optional<State> forward(List<PatternItem> items, int k, int prevEnd, BitSet allowed, State state) {
            if (k == items.size()) {
                return Optional.of(new State(state.bounds(), state.consumed(), prevEnd));
            }
            PatternItem item = items.get(k);
            List<Integer> starts = new ArrayList<>();
            if (item.glued()) {
                int s = prevEnd + 1;
                while (s < v.size() && Lexicon.ARTICLES.contains(v.word(s))) {
                    s++;
                }
                if (s < v.size() && allowed.get(s)) {
                    starts.add(s);
                }
            } else {
                for (int s = allowed.nextSetBit(prevEnd + 1); s >= 0; s = allowed.nextSetBit(s + 1)) {
                    starts.add(s);
                }
            }
            for (int s : starts) {
                for (State step : forwardSteps(item.element(), s, allowed, state)) {
                    Optional<State> r = forward(items, k + 1, step.edge(), allowed, step);
                    if (r.isPresent()) {
                        return r;
                    }
                }
            }
            return Optional.empty();
        }

        /** Matches items[k], items[k-1], ... ending before {@code prevStart}; {@code glued}: items[k] touches it. */
        private Optional<State> backward(List<PatternItem> items, int k, int prevStart, boolean glued, BitSet allowed,
                State state) {
            if (k < 0) {
                return Optional.of(state);
            }
            PatternItem item = items.get(k);
            List<Integer> ends = new ArrayList<>();
            if (glued) {
                int e = prevStart - 1;
                while (e >= 0 && Lexicon.ARTICLES.contains(v.word(e))) {
                    e--;
                }
                if (e >= 0 && allowed.get(e)) {
                    ends.add(e);
                }
            } else {
                for (int e = allowed.previousSetBit(prevStart - 1); e >= 0; e = allowed.previousSetBit(e - 1)) {
                    ends.add(e);
                }
            }
            for (int e : ends) {
                for (State step : backwardSteps(item.element(), e, allowed, state)) {
                    Optional<State> r = backward(items, k - 1, step.edge(), item.glued(), allowed, step);
                    if (r.isPresent()) {
                        return r;
                    }
                }
            }
            return Optional.empty();
        }

        /** Ways an element can match starting at token s; each state's edge is its last token. */
        private List<State> forwardSteps(PatternElement e, int s, BitSet allowed, State st) {
            List<State> out = new ArrayList<>();
            if (e instanceof PatternElement.Word w) {
                if (is(s, w.word())) {
                    out.add(st.with(s, s, s, null));
                }
            } else if (e instanceof PatternElement.WordSet ws) {
                for (List<String> phrase : set(ws, s, true)) {
                    int end = s + phrase.size() - 1;
                    if (end < v.size() && phraseAt(s, phrase, allowed)) {
                        out.add(st.with(s, end, end, null));
                    }
                }
            } else if (e instanceof PatternElement.Source || e instanceof PatternElement.Target) {
                v.mentionStartingAt(s).ifPresent(m -> out.add(st.with(s, m.tokenEnd() - 1, m.tokenEnd() - 1,
                        new Bound(e, v.coordinated(m)))));
            } else if (e instanceof PatternElement.Compound) {
                Optional<ActorMention> m = v.mentionStartingAt(s);
                if (m.isPresent()) {
                    List<ActorMention> members = v.coordinated(m.get());
                    if (members.size() > 1 && members.get(0).equals(m.get())) {
                        int end = members.get(members.size() - 1).tokenEnd() - 1;
                        out.add(st.with(s, end, end, new Bound(e, members)));
                    }
                }
            } else if (e instanceof PatternElement.Skip) {
                Optional<ActorMention> m = v.mentionStartingAt(s);
                if (m.isPresent()) {
                    out.add(st.with(s, m.get().tokenEnd() - 1, m.get().tokenEnd() - 1, null));
                } else if (nominal(s)) {
                    int end = s;
                    while (end + 1 < v.size() && allowed.get(end + 1) && nominal(end + 1)) {
                        end++;
                    }
                    out.add(st.with(s, end, end, null));
                }
            } else if (e instanceof PatternElement.NounPhrase np) {
                nounPhrase(np, s).ifPresent(first -> out.add(st.with(first, s, s, null)));
            } else if (e instanceof PatternElement.Prepositional pp) {
                if (v.word(s).equals(pp.preposition())) {
                    if (pp.object().isEmpty()) {
                        out.add(st.with(s, s, s, null));
                    } else {
                        BitSet inner = (BitSet) allowed.clone();
                        String rel = v.graph.baseRelation(s);
                        if ((rel.equals("case") || rel.equals("mark")) && v.graph.head(s) >= 0) {
                            BitSet phrase = new BitSet(v.size());
                            for (int t : v.graph.subtree(v.graph.head(s))) {
                                phrase.set(t);
                            }
                            inner.and(phrase);
                        }
                        State mark = st.with(s, s, s, null);
                        forward(pp.object(), 0, s, inner, mark).ifPresent(out::add);
                    }
                }
            }
            return out;
        }

        /** Ways an element can match ending at token e; each state's edge is its first token. */
        private List<State> backwardSteps(PatternElement el, int e, BitSet allowed, State st) {
            List<State> out = new ArrayList<>();
            if (el instanceof PatternElement.Word w) {
                if (is(e, w.word())) {
                    out.add(st.with(e, e, e, null));
                }
            } else if (el instanceof PatternElement.WordSet ws) {
                for (List<String> phrase : set(ws, e, false)) {
                    int start = e - phrase.size() + 1;
                    if (start >= 0 && phraseAt(start, phrase, allowed)) {
                        out.add(st.with(start, e, start, null));
                    }
                }
            } else if (el instanceof PatternElement.Source || el instanceof PatternElement.Target) {
                v.mentionEndingAt(e).ifPresent(m -> out.add(st.with(m.tokenBegin(), e, m.tokenBegin(),
                        new Bound(el, v.coordinated(m)))));
            } else if (el instanceof PatternElement.Compound) {
                Optional<ActorMention> m = v.mentionEndingAt(e);
                if (m.isPresent()) {
                    List<ActorMention> members = v.coordinated(m.get());
                    if (members.size() > 1 && members.get(members.size() - 1).equals(m.get())) {
                        int start = members.get(0).tokenBegin();
                        out.add(st.with(start, e, start, new Bound(el, members)));
                    }
                }
            } else if (el instanceof PatternElement.Skip) {
                Optional<ActorMention> m = v.mentionEndingAt(e);
                if (m.isPresent()) {
                    out.add(st.with(m.get().tokenBegin(), e, m.get().tokenBegin(), null));
                } else if (nominal(e)) {
                    int start = e;
                    while (start - 1 >= 0 && allowed.get(start - 1) && nominal(start - 1)) {
                        start--;
                    }
                    out.add(st.with(start, e, start, null));
                }
            } else if (el instanceof PatternElement.NounPhrase np) {
                nounPhrase(np, e).ifPresent(first -> out.add(st.with(first, e, first, null)));
            } else if (el instanceof PatternElement.Prepositional pp) {
                for (int p = e; p >= 0 && allowed.get(p); p--) {
                    if (v.word(p).equals(pp.preposition())) {
                        for (State s : forwardSteps(el, p, allowed, st)) {
                            if (s.edge() <= e) {
                                out.add(new State(s.bounds(), s.consumed(), p));
                            }
                        }
                        break;
                    }
                }
            }
            return out;
        }

        /** The first token of a noun phrase headed at h whose words are all found, or empty. */
        private Optional<Integer> nounPhrase(PatternElement.NounPhrase np, int h) {
            if (!matchesSingle(np.head(), h)) {
                return Optional.empty();
            }
            List<Integer> phrase = v.graph.subtree(h);
            int first = h;
            for (PatternElement m : np.modifiers()) {
                int found = -1;
                for (int t : phrase) {
                    if (t != h && matchesSingle(m, t)) {
                        found = t;
                        break;
                    }
                }
                if (found < 0) {
                    return Optional.empty();
                }
                first = Math.min(first, found);
            }
            return Optional.of(first);
        }

        private boolean matchesSingle(PatternElement e, int t) {
            if (e instanceof PatternElement.Word w) {
                return is(t, w.word());
            }
            if (e instanceof PatternElement.WordSet ws) {
                for (List<String> p : set(ws, t, true)) {
                    if (p.size() == 1 && is(t, p.get(0))) {
                        return true;
                    }
                }
            }
            return false;
        }

        /**
         * The phrases of a word set, in the set's order, that can start ({@code first}) or end at
         * token {@code t}: those whose first (last) word is the token's form or (unless exact) lemma.
         * With the phrases that extra forms add for exact patterns.
         */
        private List<List<String>> set(PatternElement.WordSet ws, int t, boolean first) {
            PhraseTable table = (exact ? exactSets : lemmaSets).get(ws.name());
            if (table == null) {
                return List.of();
            }
            int[] at = table.at(v.word(t), exact || verb(t) ? v.word(t) : v.lemma(t), first);
            List<List<String>> out = new ArrayList<>(at.length);
            for (int k : at) {
                out.add(table.phrases.get(k));
            }
            return out;
        }

        private boolean phraseAt(int s, List<String> phrase, BitSet allowed) {
            for (int j = 0; j < phrase.size(); j++) {
                if (s + j >= v.size() || !allowed.get(s + j) || !inSet(s + j, phrase.get(j))) {
                    return false;
                }
            }
            return true;
        }

        /**
         * True when token t is the word w of a word set: its form, or (unless exact) its lemma when
         * it is no verb. A set names things ("&TREATY": accord, pact), and a verb that shares a
         * noun's lemma is not one: "according to witnesses" holds no accord.
         */
        private boolean inSet(int t, String w) {
            return exact || verb(t) ? v.word(t).equals(w) : v.is(t, w);
        }

        private boolean verb(int t) {
            return v.token(t).pos().startsWith("VB");
        }

        private boolean nominal(int t) {
            String pos = v.token(t).pos();
            return pos.startsWith("NN") || pos.equals("PRP") || pos.equals("CD") || pos.equals("POS");
        }
    }
}
