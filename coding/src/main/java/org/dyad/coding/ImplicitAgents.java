package org.dyad.coding;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.dyad.actors.ActorMention;
import org.dyad.model.ActorRef;
import org.dyad.model.Provenance;
import org.dyad.model.SentenceGraph;
import org.dyad.model.Token;

/**
 * The agent a passive leaves unsaid, where the kind of act says who it is (Dyad's conventions):
 * <ul>
 *   <li>an act of justice (CAMEO 17): "he was arrested" by the police, "she was convicted" by a
 *       court, of the story's country;</li>
 *   <li>an attack, killing or wounding (CAMEO 18 and 19) of the state's armed or security forces or
 *       its officials, told as no accident: "19 soldiers were killed" by attackers unknown,
 *       {@code ---UAF} (unaffiliated armed forces of no known country), even in a story that names an
 *       armed group: an attack nobody is said to have made is unclaimed ("no group immediately
 *       claimed responsibility"). Force against civilians is left alone: without an attacker, a crime
 *       is as likely as an attack.</li>
 * </ul>
 * The actor is made of the verb itself. Immutable and thread-safe.
 */
final class ImplicitAgents {
    /** Verbs of courts: the unnamed agent of their passive is a court ("was convicted", "was sentenced"). */
    private static final Set<String> COURT_VERBS = Set.of("convict", "sentence", "acquit", "indict", "find", "jail",
            "imprison", "fine");
    /**
     * Verbs of the police: the unnamed agent of their passive is the police ("was arrested", "was
     * charged", "was placed under arrest").
     */
    private static final Set<String> POLICE_VERBS = Set.of("arrest", "detain", "charge", "book", "hold", "apprehend",
            "nab", "question", "take", "handcuff", "cite", "catch", "capture", "place", "put");
    /** Verbs of attacking, killing and wounding: "ripped off" is coded as force, but no attack. */
    private static final Set<String> ATTACK_VERBS = Set.of("kill", "wound", "injure", "attack", "ambush", "shoot",
            "bomb", "shell", "assassinate", "behead", "massacre", "murder", "stab", "gun", "abduct", "kidnap",
            "target", "raid", "storm", "fire");
    /** Sectors of the state's forces and officials, whom an unclaimed attack is made on. */
    private static final Set<String> STATE_SECTORS = Set.of("MIL", "COP", "SPY", "GOV");
    /** Nouns of accidents and disasters: "were killed in a crash" names no attacker. */
    private static final Set<String> ACCIDENTS = Set.of("crash", "accident", "collision", "fire", "blaze", "storm",
            "quake", "earthquake", "flood", "flooding", "landslide", "avalanche", "collapse", "fall", "stampede",
            "drowning", "friendly", "training", "exercise", "heat", "disease", "illness");

    private final String version;

    ImplicitAgents(String version) {
        this.version = version;
    }

    /** The unsaid agent of the passive verb at {@code head} coded {@code code}, when its kind says who it is. */
    Optional<ActorMention> of(SentenceView v, int head, CodePair code) {
        if (code.forward().isEmpty()) {
            return Optional.empty();
        }
        String c = code.forward().get();
        if (c.startsWith("17")) {
            return justice(v, head);
        }
        if ((c.startsWith("18") || c.startsWith("19")) && ATTACK_VERBS.contains(v.lemma(head)) && onTheState(v, head)
                && !accident(v, head)) {
            return Optional.of(made(v, head, "---UAF", "unknown attackers"));
        }
        return Optional.empty();
    }

    private Optional<ActorMention> justice(SentenceView v, int head) {
        if (v.storyCountry.isEmpty()) {
            return Optional.empty();
        }
        String lemma = v.lemma(head);
        String sector = COURT_VERBS.contains(lemma) ? "JUD" : POLICE_VERBS.contains(lemma) ? "COP" : "";
        if (sector.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(made(v, head, v.storyCountry.get() + sector, sector.equals("JUD") ? "court" : "police"));
    }

    /** True when every actor the passive's subject names is of the state's forces or officials. */
    private static boolean onTheState(SentenceView v, int head) {
        List<ArgumentExtractor.Argument> undergo = ArgumentExtractor.mentionsOf(v,
                List.of(Roles.passiveSubject(v.graph, head)));
        return !undergo.isEmpty() && undergo.stream().allMatch(a -> stateSector(a.mention().actor().code()));
    }

    private static boolean stateSector(String code) {
        return code.length() >= 6 && !code.startsWith("---") && STATE_SECTORS.contains(code.substring(3, 6));
    }

    /** True when a phrase of the verb names an accident or disaster ("were killed in a crash"). */
    private static boolean accident(SentenceView v, int head) {
        SentenceGraph g = v.graph;
        for (int c : g.children(head)) {
            String r = g.baseRelation(c);
            if ((r.equals("obl") || r.equals("advcl") || r.equals("nmod")) && g.subtree(c).stream()
                    .anyMatch(t -> ACCIDENTS.contains(v.lemma(t)))) {
                return true;
            }
        }
        return false;
    }

    private ActorMention made(SentenceView v, int head, String code, String name) {
        Token t = v.token(head);
        ActorRef a = new ActorRef(code, name, t.word(), t.begin(), t.end(),
                Provenance.rule(ArgumentStrategy.IMPLICIT_AGENT.id(), version));
        return new ActorMention(v.sentence.index(), head, head + 1, head, a);
    }
}
