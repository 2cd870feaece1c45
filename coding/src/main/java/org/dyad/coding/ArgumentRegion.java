package org.dyad.coding;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.dyad.actors.ActorMention;
import org.dyad.model.Lexicon;
import org.dyad.model.SentenceGraph;

/**
 * Where a trigger's target is looked for: the tokens of its arguments ({@link #arguments}), and,
 * when they hold no actor, the trigger's whole phrase after it without the clauses that are about
 * something else and the phrases that only situate ({@link #phrase}). Stateless.
 */
final class ArgumentRegion {
    private ArgumentRegion() {
    }

    /**
     * The tokens of a trigger's arguments, without the trigger's own words: its objects and
     * obliques with the phrases inside them (nominal modifiers, participles: "the roads leading into
     * Mordor"), and the subject of a clausal complement ("believes Dagolath can cope"). A
     * complement's own arguments count only when its subject is a source or left unsaid ("vowed to
     * wage war on the Rohans", "said he has deep satisfaction toward Gondor"): what someone else does
     * in a complement is not done to them. Adverbial and relative clauses, coordinated clauses and
     * subjects are left out, and so is the object of a verb of saying: it is the message, not the
     * addressee. For a verb of saying only the reported clause's own arguments count, not clauses
     * within it. A phrase of role after "as" before the verb ("Ishiba, as a member of the party,
     * visited") is no argument.
     */
    static BitSet arguments(SentenceView v, Occurrence o, List<ActorMention> sources) {
        return arguments(v, o, sources, false, new PlaceRoles.Screen(false, Set.of(), Set.of()));
    }

    /**
     * {@link #arguments(SentenceView, Occurrence, List)}, leaving out what only situates: obliques and
     * nominal modifiers of place, time and topic ({@link SentenceView#circumstance}: "talks in
     * Geneva", "flights home from Germany") as {@code screen} says, which knows where a place is a party
     * ({@link PlaceRoles}: "peacekeepers arrived in Bosnia"). With {@code force}, for an act of force
     * against a thing, the place of that thing counts as its owner ("bombing the airstrip in northern
     * Chad" is an attack on Chad), and the thing's other modifiers are read as usual.
     */
    static BitSet arguments(SentenceView v, Occurrence o, List<ActorMention> sources, boolean force,
            PlaceRoles.Screen screen) {
        BitSet region = new BitSet(v.size());
        Scope scope = new Scope(v, force, screen);
        scope.arguments(o.head(), sources, region, 0, !Lexicon.MESSAGE_VERBS.contains(v.lemma(o.head())));
        for (int t : o.tokens()) {
            region.clear(t);
        }
        return region;
    }

    /**
     * The trigger's whole phrase after it, for a parse that misplaced its arguments, without
     * temporal clauses ("five years after crowds burned its embassy"), complements about someone
     * other than a source, and the speakers of attributions ("..., an official said").
     */
    static BitSet phrase(SentenceView v, Occurrence o, List<ActorMention> sources, PlaceRoles.Screen screen) {
        BitSet region = PatternMatcher.lowerSequence(v, o);
        background(v, o.head(), sources, region);
        // nor what only situates ("talks in New York", "flights home from Germany")
        for (int t = region.nextSetBit(0); t >= 0; t = region.nextSetBit(t + 1)) {
            String base = v.graph.baseRelation(t);
            if (t != o.head() && (base.equals("obl") || base.equals("nmod")) && screen.situates(v, t)) {
                for (int k : v.graph.subtree(t)) {
                    region.clear(k);
                }
            }
        }
        return region;
    }

    /** The region of one trigger: the sentence, and whether the trigger is an act of force. */
    private record Scope(SentenceView v, boolean force, PlaceRoles.Screen screen) {
        void arguments(int head, List<ActorMention> sources, BitSet out, int depth, boolean nested) {
            if (depth > 4) {
                return;
            }
            SentenceGraph g = v.graph;
            // what a verb of saying takes as object is the message, not an addressee ("said the talks failed")
            boolean message = Lexicon.MESSAGE_VERBS.contains(v.lemma(head));
            if (message && depth == 0 && attribution(v, head)) {
                // "..., a senior official said": an attribution addresses nobody but the one it names
                for (int c : g.children(head)) {
                    if (g.baseRelation(c).equals("iobj") || g.baseRelation(c).equals("obl") && caseIs(v, c, "to")) {
                        dependentPhrase(c, out);
                    }
                }
                return;
            }
            for (int c : g.children(head)) {
                String r = g.relation(c);
                String base = g.baseRelation(c);
                boolean topic = Lexicon.TOPIC_VERBS.contains(v.lemma(head));
                if ((message || topic) && base.equals("obj")
                        || (base.equals("obl") || base.equals("nmod")) && (screen.situates(v, c) || role(v, c, head))) {
                    continue;
                }
                if (base.equals("nsubj") || base.equals("csubj") || base.equals("conj") || base.equals("cc")
                        || base.equals("punct") || base.equals("parataxis") || base.equals("advcl")
                        || base.equals("dep") || base.equals("discourse") || base.equals("vocative")
                        || base.equals("aux") || base.equals("cop") || base.equals("mark") || base.equals("expl")
                        || r.equals("acl:relcl")) {
                    continue;
                }
                if (base.equals("ccomp") || base.equals("xcomp")) {
                    if (depth == 0 || nested) {
                        complement(c, sources, out, depth, nested);
                    }
                    continue;
                }
                if (force && base.equals("obj") && v.mentionAt(c).isEmpty()) {
                    // "bombing the airstrip in northern Chad": the place of an attacked thing is its owner
                    ownedThing(c, out);
                } else {
                    dependentPhrase(c, out);
                }
            }
        }

        /** A clausal complement: its subject, and its own arguments when the subject is a source or unsaid. */
        private void complement(int c, List<ActorMention> sources, BitSet out, int depth, boolean nested) {
            List<Integer> subjects = new ArrayList<>(v.graph.children(c, "nsubj"));
            subjects.addAll(v.graph.children(c, "csubj"));
            boolean own = subjects.isEmpty();
            for (int sub : subjects) {
                dependentPhrase(sub, out);
                Optional<ActorMention> m = v.firstMentionIn(sub);
                if (m.isPresent() && sources.stream().anyMatch(x -> x.actor().code().equals(m.get().actor().code()))) {
                    own = true;
                }
            }
            if (own) {
                arguments(c, sources, out, depth + 1, nested);
            }
        }

        /**
         * A dependent's phrase: its subtree without relative, adverbial and coordinated clauses, and
         * without the phrases that only situate it ({@link SentenceView#circumstance}).
         */
        void dependentPhrase(int c, BitSet out) {
            phrase(c, out, false);
        }

        /** The phrase of a thing acted on by force, with the place it lies in: "the airstrip in northern Chad". */
        private void ownedThing(int c, BitSet out) {
            phrase(c, out, true);
        }

        private void phrase(int c, BitSet out, boolean placeOwns) {
            out.set(c);
            for (int k : v.graph.children(c)) {
                String base = v.graph.baseRelation(k);
                boolean place = placeOwns && base.equals("nmod")
                        && v.graph.children(k, "case").stream().anyMatch(x -> v.word(x).equals("in"));
                if (base.equals("advcl") || base.equals("parataxis") || base.equals("dep") || base.equals("punct")
                        || v.graph.relation(k).equals("acl:relcl") || base.equals("nmod") && screen.situates(v, k) && !place) {
                    continue;
                }
                if (base.equals("ccomp")) {
                    // "hopes that Osgiliath could be drawn in": the clause's subject only
                    for (int sub : v.graph.children(k, "nsubj")) {
                        dependentPhrase(sub, out);
                    }
                    for (int sub : v.graph.children(k, "nsubj:pass")) {
                        dependentPhrase(sub, out);
                    }
                    continue;
                }
                dependentPhrase(k, out);
            }
        }
    }

    /**
     * True when a verb of saying comes after what it reports ("Arnor will restore ties, an official
     * said"): its complement precedes it, or the parser hung it on an earlier word.
     */
    private static boolean attribution(SentenceView v, int head) {
        for (int c : v.graph.children(head)) {
            String r = v.graph.baseRelation(c);
            if ((r.equals("ccomp") || r.equals("parataxis")) && c < head) {
                return true;
            }
        }
        String r = v.graph.relation(head);
        int governor = v.graph.head(head);
        return governor >= 0 && governor < head && (r.equals("acl:relcl") || r.startsWith("advcl")
                || r.equals("parataxis") || r.equals("dep") || r.equals("ccomp"));
    }

    /**
     * True for a phrase of role after "as" set before the verb: "Ishiba, as a member of the Liberal
     * Democratic Party, visited Taiwan" says what the subject is, not whom the act reaches. After the
     * verb such a phrase says what its object is made ("declared Tuesday as a day of mourning for the
     * victims") and stays an argument.
     */
    private static boolean role(SentenceView v, int c, int verb) {
        return c < verb && caseIs(v, c, "as");
    }

    private static boolean caseIs(SentenceView v, int c, String word) {
        for (int k : v.graph.children(c, "case")) {
            if (v.word(k).equals(word)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Clears from {@code region} the clauses under the trigger that are not about what its source did:
     * temporal adverbial clauses, clausal complements with a subject other than the source, and the
     * speakers of attributions ("..., an official said").
     */
    private static void background(SentenceView v, int head, List<ActorMention> sources, BitSet region) {
        for (int t = region.nextSetBit(0); t >= 0; t = region.nextSetBit(t + 1)) {
            String base = v.graph.baseRelation(t);
            boolean drop = false;
            if (base.equals("advcl") || base.equals("dep")) {
                for (int m : v.graph.children(t, "mark")) {
                    drop |= Lexicon.TEMPORAL_SUBORDINATORS.contains(v.word(m));
                }
            } else if (base.equals("ccomp")) {
                for (int sub : v.graph.children(t, "nsubj")) {
                    Optional<ActorMention> m = v.firstMentionIn(sub);
                    drop |= m.isEmpty() || sources.stream().noneMatch(x -> x.actor().code().equals(m.get().actor().code()));
                }
            }
            if (drop && t != head) {
                for (int k : v.graph.subtree(t)) {
                    region.clear(k);
                }
            }
            if (Lexicon.MESSAGE_VERBS.contains(v.lemma(t)) && attribution(v, t) && t != head) {
                // "..., a senior official said": who speaks is not a party to the action
                for (int sub : v.graph.children(t, "nsubj")) {
                    for (int k : v.graph.subtree(sub)) {
                        region.clear(k);
                    }
                }
            }
        }
    }

}
