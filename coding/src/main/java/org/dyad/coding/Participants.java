package org.dyad.coding;

import java.util.List;
import java.util.Set;
import org.dyad.actors.ActorMention;
import org.dyad.actors.ActorRule;
import org.dyad.coding.ArgumentExtractor.Argument;
import org.dyad.coding.ArgumentExtractor.Arguments;
import org.dyad.model.Lexicon;
import org.dyad.model.SentenceGraph;

/**
 * The step after argument extraction, under Dyad's conventions: keeps as targets only the actors
 * that take part in the event.
 * <ul>
 *   <li>A bare statement (CAMEO 010, "said", "told") is an event only toward whom it is addressed:
 *       the one told ("told Macron"), or the one spoken to or with ("said to", "spoke with"). What it
 *       mentions is no target, and a journalist or outlet it is told to ("told reporters", "told
 *       CNN") is its channel, not its target.</li>
 *   <li>The press a verb of speaking reaches is its channel whatever the code ("told reporters they
 *       should withdraw", "spoke with VOA"), and the press speaking with someone is interviewing,
 *       not consulting ("VOA spoke with Armitage").</li>
 *   <li>A place only the gazetteer knows ("Nampula", "Charlevoix") takes part only in acts of force
 *       and seizure and in what is sent or deployed there; elsewhere it only situates.</li>
 *   <li>A modifier that only describes a thing is no party: an agent noun used as an adjective
 *       ("official updates", "the state grant") or a compass adjective before a thing ("the western
 *       gulf"). A country's name or adjective keeps its place as the owner of what it modifies
 *       ("rejected an Indian proposal", "West German goods").</li>
 *   <li>An appeal or a demand (CAMEO 02, 10) is made of whom it addresses, not of an actor inside
 *       what it asks for ("demanded the release of the prisoners").</li>
 *   <li>A denial or a rejection (016, 12) answers whoever claimed, not an actor inside the claim
 *       ("rejected accusations that Lai's trial is unfair").</li>
 * </ul>
 * Reads the parse and the arguments; writes the arguments with fewer targets. Stateless.
 */
final class Participants {
    /** Verbs whose object is the one told: "told Macron", "briefed reporters". */
    private static final Set<String> TELLING = Set.of("tell", "inform", "brief", "assure", "notify", "advise",
            "remind", "reassure", "warn", "address", "thank", "congratulate");

    /** Verbs of speaking, whose press addressee or interlocutor is a channel: "spoke with VOA". */
    private static final Set<String> SPEAKING = Set.of("tell", "speak", "talk", "say", "chat", "interview",
            "brief", "explain", "comment", "address");

    private Participants() {
    }

    /** The arguments with the targets that take no part in the event removed. */
    static Arguments screen(SentenceView v, Occurrence o, CodePair code, Arguments arguments) {
        if (arguments.boundTarget()) {
            return arguments;
        }
        boolean statement = code.forward().filter(c -> c.equals("010")).isPresent();
        boolean placesTakePart = code.forward().filter(Participants::placesTakePart).isPresent();
        boolean appeal = o.trigger().kind() == TriggerPhrase.Kind.VERB
                && code.forward().filter(c -> c.startsWith("02") || c.startsWith("10")).isPresent();
        boolean speaking = SPEAKING.contains(v.lemma(o.head()));
        boolean consultation = code.forward().filter(c -> c.startsWith("04")).isPresent();
        boolean denial = code.forward().filter(c -> c.equals("016") || c.startsWith("12")).isPresent();
        List<Argument> kept = arguments.targets().stream()
                .filter(t -> !denial || !insideClaim(v, o.head(), t.mention()))
                .filter(t -> !statement || addressee(v, o.head(), t.mention()))
                .filter(t -> !(statement || speaking) || !media(t.mention()))
                .filter(t -> !appeal || askedDirectly(v, o.head(), t.mention()))
                .filter(t -> !describesThing(v, t.mention(), o.head()))
                .filter(t -> placesTakePart || !placeOnly(t.mention()))
                .toList();
        List<Argument> sources = arguments.sources().stream()
                .filter(t -> placesTakePart || !placeOnly(t.mention()))
                .filter(t -> !(speaking && consultation) || !media(t.mention())).toList();
        return new Arguments(sources, kept, arguments.compound(), false);
    }

    /**
     * Codes whose events a town or province the dictionaries lack can take part in, standing for its
     * country: acts of force and seizure ("an attack on Mandera", CAMEO 17 to 20), and what is sent or
     * deployed to a place (aid 07, peacekeepers 086, forces 15).
     */
    private static boolean placesTakePart(String code) {
        return code.startsWith("17") || code.startsWith("18") || code.startsWith("19") || code.startsWith("20")
                || code.startsWith("07") || code.startsWith("086") || code.startsWith("15");
    }

    /** True for a place only the gazetteer knows ("Nampula", "Charlevoix"), standing for its country. */
    private static boolean placeOnly(ActorMention m) {
        return ActorRule.GAZETTEER_PLACE.is(m.actor().provenance().rule());
    }

    /** True when an actor is the one a statement is addressed to: "told X", "said to X", "spoke with X". */
    static boolean addressee(SentenceView v, int head, ActorMention t) {
        if (t.sentence() != v.sentence.index()) {
            return false;
        }
        int h = t.head();
        if (v.graph.head(h) != head) {
            return false;
        }
        String r = v.graph.baseRelation(h);
        if (r.equals("iobj") || r.equals("obj") && TELLING.contains(v.lemma(head))) {
            return true;
        }
        return r.equals("obl") && v.graph.children(h, "case").stream()
                .anyMatch(c -> v.word(c).equals("to") || v.word(c).equals("with"));
    }

    /**
     * True when an actor is the one an appeal or a demand is made of: a dependent of the verb ("urged
     * Gondor", "called on Gondor"), one coordinated with it, or the subject of the clause the verb asks
     * for ("demanded that Gondor withdraw"). Not an actor inside what is asked for ("demanded the
     * release of the prisoners", "called for Lai's release", "called on China to limit its support for
     * Russia"): that is what the appeal is about, not whom it is made of.
     */
    static boolean askedDirectly(SentenceView v, int head, ActorMention t) {
        if (t.sentence() != v.sentence.index()) {
            return true;
        }
        int h = t.head();
        int governor = v.graph.head(h);
        if (v.graph.baseRelation(h).equals("conj") && governor >= 0) {
            h = governor;
            governor = v.graph.head(h);
        }
        if (governor == head) {
            return true;
        }
        String r = v.graph.baseRelation(h);
        return (r.equals("nsubj") || r.equals("nsubj:pass")) && governor >= 0 && v.graph.head(governor) == head
                && (v.graph.baseRelation(governor).equals("ccomp") || v.graph.baseRelation(governor).equals("xcomp"));
    }

    /**
     * True when an actor is inside the clause of a noun of claiming ("rejected accusations that Lai's
     * trial is unfair", "the allegation that Baloch separatists have put down roots"): what is claimed,
     * not who is answered. Looked for between the actor and the trigger; a participle's agent ("the
     * allegations made by Pakistan") is who claimed, and stays.
     */
    static boolean insideClaim(SentenceView v, int head, ActorMention t) {
        if (t.sentence() != v.sentence.index()) {
            return false;
        }
        SentenceGraph g = v.graph;
        for (int k = t.head(), steps = 0; k >= 0 && k != head && steps < 8; k = g.head(k), steps++) {
            int governor = g.head(k);
            String r = g.baseRelation(k);
            boolean content = r.equals("ccomp") || r.equals("acl")
                    && (!g.children(k, "mark").isEmpty() || !g.children(k, "nsubj").isEmpty());
            if (governor >= 0 && content && v.token(governor).isNoun()
                    && NonEventFilter.CLAIMS.contains(v.lemma(governor))) {
                return true;
            }
        }
        return false;
    }

    private static boolean media(ActorMention t) {
        String code = t.actor().code();
        return code.length() > 3 && code.substring(3).contains("MED");
    }

    /**
     * True when an actor mention only modifies a common noun that is no party itself: an agent noun
     * used as a modifier ("official updates") or a compass adjective ("the western gulf").
     */
    static boolean describesThing(SentenceView v, ActorMention t, int trigger) {
        if (t.sentence() != v.sentence.index()) {
            return false;
        }
        String r = v.graph.baseRelation(t.head());
        int governor = v.graph.head(t.head());
        if (!(r.equals("amod") || r.equals("compound")) || governor < 0 || governor == trigger
                || v.mentionAt(governor).isPresent() || t.tokenEnd() - t.tokenBegin() != 1) {
            return false;
        }
        boolean agentOnly = t.actor().provenance().rule().equals("article-country");
        return agentOnly || Lexicon.COMPASS_WORDS.contains(v.word(t.head()).toLowerCase(java.util.Locale.ROOT));
    }
}
