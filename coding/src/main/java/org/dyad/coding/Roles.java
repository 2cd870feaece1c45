package org.dyad.coding;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.dyad.model.Dependency;
import org.dyad.model.Lexicon;
import org.dyad.model.SentenceGraph;

/**
 * Grammatical roles of a trigger in Universal Dependencies: who acts (subject, or the agent of a
 * passive) and who undergoes (the subject of a passive). Reads both the basic tree and the
 * Enhanced++ arcs, which add subjects of controlled verbs ("expected to meet") and of coordinated
 * verbs. Stateless.
 */
final class Roles {
    private Roles() {
    }

    /**
     * The tokens that fill a role, and the named rule that found them: the rules of a role are tried
     * in order and the first that finds tokens names them. No tokens: no rule found any.
     */
    record Role(ArgumentStrategy strategy, List<Integer> tokens) {
        Role {
            Objects.requireNonNull(strategy, "strategy");
            tokens = List.copyOf(tokens);
        }
    }

    /**
     * True when the trigger is a passive verb ("was opposed by"), a past participle coordinated with
     * one ("was identified and arrested"), a past participle modifying a noun, which names what
     * undergoes it ("the government proposed", "memos sent by Bree"), one saying its subject's state
     * ({@link #statal}: "stand accused"), or a reduced relative read as a clause ({@link
     * #reducedPassive}: "the airstrip captured by Chadian troops").
     */
    static boolean passive(SentenceGraph g, int v) {
        if (!g.children(v, "nsubj:pass").isEmpty() || !g.children(v, "aux:pass").isEmpty()) {
            return true;
        }
        if (g.relation(v).equals("acl") && g.sentence().token(v).pos().equals("VBN") && g.children(v, "nsubj").isEmpty()) {
            return true;
        }
        for (Dependency d : g.enhancedChildren(v)) {
            if (d.relation().equals("nsubj:pass")) {
                return true;
            }
        }
        if (statal(g, v) || reducedPassive(g, v)) {
            return true;
        }
        // "was identified and arrested": a participle coordinated with a passive shares its voice
        int head = g.head(v);
        return g.relation(v).equals("conj") && head >= 0 && head != v && g.sentence().token(v).pos().equals("VBN")
                && g.children(v, "nsubj").isEmpty() && g.children(v, "aux").isEmpty()
                && !g.children(head, "aux:pass").isEmpty();
    }

    /**
     * Subjects of an active verb: its own (enhanced, so controlled and shared subjects count), else the
     * subject of the clause it depends on through xcomp, advcl or conj, else the noun a participle
     * modifies ("a woman believed linked to ...").
     */
    static List<Integer> subjects(SentenceGraph g, int v) {
        return subject(g, v).tokens();
    }

    /** {@link #subjects}, named: {@code subject}, {@code clause-subject} or {@code modified-noun}. */
    static Role subject(SentenceGraph g, int v) {
        List<Integer> out = new ArrayList<>();
        ArgumentStrategy found = ArgumentStrategy.SUBJECT;
        for (Dependency d : g.enhancedChildren(v)) {
            if (d.relation().equals("nsubj") || d.relation().equals("nsubj:xsubj")) {
                out.add(d.dependent());
            }
        }
        if (out.isEmpty()) {
            for (int c : g.children(v, "nsubj")) {
                if (!g.relation(c).equals("nsubj:pass")) {
                    out.add(c);
                }
            }
        }
        if (out.size() > 1) {
            // a clause has one subject; a second is a misattached phrase, and the first word of the clause
            // is the subject's
            out.sort(Integer::compare);
            out = new ArrayList<>(out.subList(0, 1));
        }
        int k = v;
        for (int steps = 0; out.isEmpty() && g.head(k) >= 0 && steps < 4; steps++) {
            String r = g.baseRelation(k);
            int head = g.head(k);
            boolean nonFinite = g.sentence().token(k).pos().equals("VBG") || g.sentence().token(k).pos().equals("VB");
            if (r.equals("acl")) {
                out.add(head);
                found = ArgumentStrategy.MODIFIED_NOUN;
            } else if (r.equals("xcomp") || r.equals("conj") || r.equals("advcl") && nonFinite) {
                // "while threatening Moscow", "to supply Gondor": the subject of the clause it hangs on
                for (int c : g.children(head, "nsubj")) {
                    if (!g.relation(c).equals("nsubj:pass")) {
                        out.add(c);
                        found = ArgumentStrategy.CLAUSE_SUBJECT;
                    }
                }
                k = head;
            } else {
                break;
            }
        }
        return new Role(found, out);
    }

    /** Agents of a passive: "by X". */
    static List<Integer> agents(SentenceGraph g, int v) {
        return agent(g, v).tokens();
    }

    /** {@link #agents}, named {@code passive-agent}. */
    static Role agent(SentenceGraph g, int v) {
        List<Integer> out = new ArrayList<>(g.children(v, "obl:agent"));
        for (Dependency d : g.enhancedChildren(v)) {
            if (d.relation().equals("obl:agent") && !out.contains(d.dependent())) {
                out.add(d.dependent());
            }
        }
        if (out.isEmpty()) {
            for (int c : g.children(v, "obl")) {
                for (int k : g.children(c, "case")) {
                    if (g.sentence().token(k).word().equalsIgnoreCase("by")) {
                        out.add(c);
                    }
                }
            }
        }
        return new Role(ArgumentStrategy.PASSIVE_AGENT, out);
    }

    /**
     * True for a past participle without auxiliary, object or subject of its own that completes a verb
     * like "stand" or "remain", saying what state the verb's subject is in ("two soldiers stand accused
     * of the bombing", "remained detained"). Its subject undergoes it, as a passive's does. (A
     * headline's "Man accused of fraud" reads the same, but the tagger gives finite past tenses the
     * participle's tag too often to trust a participle with a subject of its own.)
     */
    static boolean statal(SentenceGraph g, int v) {
        if (!bareParticiple(g, v)) {
            return false;
        }
        int head = g.head(v);
        return g.relation(v).equals("xcomp") && head >= 0 && g.sentence().token(head).isVerb()
                && g.children(v, "nsubj").isEmpty();
    }

    /**
     * True for a past participle without auxiliary or object whose subject the parser gave it and which
     * has an agent after "by": a reduced relative the parser read as a clause ("the airstrip in northern
     * Chad captured by Chadian troops on March 22"). A finite verb in the past is tagged as a
     * participle often enough that a subject alone does not make it passive; with a "by" agent noun
     * it is, unless a gerund follows "by" ("retaliated by announcing tariffs", misread as a noun
     * phrase).
     */
    static boolean reducedPassive(SentenceGraph g, int v) {
        return bareParticiple(g, v) && !g.children(v, "nsubj").isEmpty() && g.children(v, "obl").stream()
                .anyMatch(c -> g.sentence().token(c).isNoun() && g.children(c, "case").stream()
                        .anyMatch(k -> g.sentence().token(k).word().equalsIgnoreCase("by")
                                && k + 1 < g.sentence().size() && !g.sentence().token(k + 1).pos().equals("VBG")));
    }

    private static boolean bareParticiple(SentenceGraph g, int v) {
        return g.sentence().token(v).pos().equals("VBN") && g.children(v, "aux").isEmpty()
                && g.children(v, "aux:pass").isEmpty() && g.children(v, "obj").isEmpty();
    }

    /** Subjects of a passive: who undergoes the action (for a participle, the noun it modifies). */
    static List<Integer> passiveSubjects(SentenceGraph g, int v) {
        return passiveSubject(g, v).tokens();
    }

    /** {@link #passiveSubjects}, named: {@code passive-subject}, or {@code modified-noun} for a participle. */
    static Role passiveSubject(SentenceGraph g, int v) {
        List<Integer> out = new ArrayList<>();
        for (Dependency d : g.enhancedChildren(v)) {
            if (d.relation().equals("nsubj:pass")) {
                out.add(d.dependent());
            }
        }
        if (out.isEmpty()) {
            out.addAll(g.children(v, "nsubj:pass"));
        }
        if (out.isEmpty() && g.relation(v).equals("acl") && g.head(v) >= 0) {
            return new Role(ArgumentStrategy.MODIFIED_NOUN, List.of(g.head(v)));
        }
        if (out.isEmpty() && reducedPassive(g, v)) {
            // "the airstrip captured by Chadian troops", read as a clause: its subject undergoes it
            out.addAll(g.children(v, "nsubj"));
        }
        if (out.isEmpty() && statal(g, v)) {
            // "two soldiers stand accused": the subject of the verb it completes
            out.addAll(g.children(g.head(v), "nsubj"));
        }
        return new Role(ArgumentStrategy.PASSIVE_SUBJECT, out);
    }

    /**
     * Who acts in an event noun: its possessor ("Russia's demands"), the agent after "by", the agent of a
     * light verb's participle modifying it ("responses submitted by the US"), an actor modifying it
     * ("Russian build-up"), else the subject of a light verb whose object it is ("Moscow has made demands").
     */
    static List<Integer> nounActors(SentenceGraph g, int n) {
        return nounActor(g, n).tokens();
    }

    /**
     * {@link #nounActors}, named: {@code noun-possessor}, {@code noun-agent} (after "by", or of a
     * light verb's participle), {@code noun-modifier} or {@code light-verb-subject}.
     */
    static Role nounActor(SentenceGraph g, int n) {
        List<Integer> possessors = g.children(n, "nmod:poss");
        if (!possessors.isEmpty()) {
            return new Role(ArgumentStrategy.NOUN_POSSESSOR, possessors);
        }
        List<Integer> out = new ArrayList<>(g.children(n, "nmod:agent"));
        if (out.isEmpty()) {
            for (int c : g.children(n, "nmod")) {
                for (int k : g.children(c, "case")) {
                    if (g.sentence().token(k).word().equalsIgnoreCase("by")) {
                        out.add(c);
                    }
                }
            }
        }
        if (out.isEmpty()) {
            // "the responses submitted by the US", "sanctions imposed by the EU": the agent of a light verb's
            // participle that modifies it
            for (int p : g.children(n, "acl")) {
                if (g.sentence().token(p).pos().equals("VBN")
                        && Lexicon.LIGHT_VERBS.contains(g.sentence().token(p).lemma().toLowerCase(Locale.ROOT))) {
                    out.addAll(agents(g, p));
                }
            }
        }
        if (!out.isEmpty()) {
            return new Role(ArgumentStrategy.NOUN_AGENT, out);
        }
        out.addAll(g.children(n, "amod"));
        out.addAll(g.children(n, "compound"));
        if (!out.isEmpty()) {
            return new Role(ArgumentStrategy.NOUN_MODIFIER, out);
        }
        return lightVerbSubject(g, n);
    }

    private static final Set<String> PARTAKING_CASES = Set.of("in", "over");

    /**
     * The subject of a light verb whose object the event noun is, through nouns of quantity: "Moscow
     * has made (a series of) demands", "Japan was ready to continue trade talks", "joined a hunger
     * strike"; or of a verb of taking part whose oblique it is ("Saddam Hussein, who presided over a
     * meeting", {@link Lexicon#PARTAKING_VERBS}).
     */
    static Role lightVerbSubject(SentenceGraph g, int n) {
        List<Integer> out = new ArrayList<>();
        int k = n;
        for (int steps = 0; out.isEmpty() && g.head(k) >= 0 && steps < 3; steps++) {
            String r = g.baseRelation(k);
            int head = g.head(k);
            String lemma = g.sentence().token(head).lemma().toLowerCase(Locale.ROOT);
            if (r.equals("obj") && Lexicon.LIGHT_VERBS.contains(lemma)
                    || r.equals("obl") && Lexicon.PARTAKING_VERBS.contains(lemma) && caseIn(g, k, PARTAKING_CASES)) {
                out.addAll(subjects(g, head));
            } else if (!r.equals("nmod") || !g.sentence().token(head).isNoun()) {
                break;
            }
            k = head;
        }
        return new Role(ArgumentStrategy.LIGHT_VERB_SUBJECT, out);
    }

    private static boolean caseIn(SentenceGraph g, int n, Set<String> words) {
        return g.children(n, "case").stream()
                .anyMatch(k -> words.contains(g.sentence().token(k).word().toLowerCase(Locale.ROOT)));
    }
}
