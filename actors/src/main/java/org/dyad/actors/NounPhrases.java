package org.dyad.actors;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dyad.model.Sentence;
import org.dyad.model.SentenceGraph;

/**
 * How the units of a sentence form noun phrases. {@link #attach()} joins each unit to the unit it
 * modifies. From the dependency parse: {@code compound}, {@code amod}, {@code flat}, possessives and
 * temporal modifiers, through one or two title nouns the dictionaries lack ("Turkish presidential
 * adviser Mesut Casin"), {@code nmod} with <i>of</i>, <i>from</i>, <i>for</i> (owning) or <i>in</i>,
 * <i>at</i>, <i>within</i>, <i>inside</i> (place), and {@code conj} (coordination). Without a parse,
 * from adjacency: "X Y" and "X's Y" make X a modifier of Y; "Y of/from/in X" makes X a modifier of
 * Y. {@link #of(Unit)} then gives the {@link NounPhrase} a root unit heads.
 *
 * <p>Local to one {@link PhraseReading}; not thread-safe.
 */
final class NounPhrases {
    /** Relations by which a unit modifies the head of its noun phrase. */
    static final Set<String> ATTACHING = Set.of("compound", "amod", "flat", "nmod:poss", "nmod:tmod");
    private static final Set<String> FORMER = Set.of("former", "ex", "ex-");

    private final PhraseReading r;
    private final Map<Unit, NounPhrase> built = new HashMap<>();

    NounPhrases(PhraseReading r) {
        this.r = r;
    }

    /** Attaches every unit of the reading, in text order, then registers each with its parent. */
    void attach() {
        for (Unit u : r.units()) {
            if (r.parsed()) {
                attachParsed(u);
            } else {
                attachAdjacent(u);
            }
        }
        for (Unit u : r.units()) {
            u.joinParent();
        }
    }

    private void attachParsed(Unit u) {
        SentenceGraph g = r.graph();
        Sentence s = r.sentence();
        int h = u.head;
        int gh = g.head(h);
        if (gh < 0) {
            return;
        }
        Unit w = r.unitAt(gh).orElse(null);
        String rel = g.relation(h);
        if (w == null && ATTACHING.contains(rel)) {
            // through a title noun the dictionaries lack: "Turkish presidential adviser Mesut Casin",
            // "White House press secretary Karoline Leavitt"
            int k = gh;
            for (int hop = 0; hop < 2 && w == null && k >= 0 && !r.hasUnit(k) && s.token(k).isNoun()
                    && ATTACHING.contains(g.relation(k)); hop++) {
                k = g.head(k);
                w = k >= 0 ? r.unitAt(k).orElse(null) : null;
            }
            if (w != null && w != u && (w.kind == Unit.Kind.PERSON || w.kind == Unit.Kind.ORG || r.personLike(w))) {
                u.attachTo(w, false);
            }
            return;
        }
        if (w == null || w == u) {
            return;
        }
        if (rel.equals("conj")) {
            u.coordinateWith(w);
            return;
        }
        if (ATTACHING.contains(rel)) {
            u.attachTo(w, false);
            return;
        }
        if (g.baseRelation(h).equals("nmod")) {
            String c = r.caseOf(h);
            if (FunctionWords.OWNING_CASES.contains(c) && !r.portfolio(h)) {
                u.attachTo(w, false);
            } else if (FunctionWords.PLACE_CASES.contains(c)) {
                u.attachTo(w, true);
            }
        }
    }

    private void attachAdjacent(Unit u) {
        Sentence s = r.sentence();
        int next = u.end;
        if (next < s.size() && s.token(next).word().equals("'s")) {
            next++;
        }
        Unit after = next < s.size() ? r.unitAt(next).orElse(null) : null;
        if (after != null && after != u && after.begin == next) {
            u.attachTo(after, false);
            return;
        }
        if (u.kind != Unit.Kind.ACTOR) {
            return;
        }
        int before = u.begin - 1;
        while (before >= 0 && FunctionWords.DETERMINERS.contains(s.token(before).word().toLowerCase(Locale.ROOT))) {
            before--;
        }
        if (before >= 1) {
            String prep = s.token(before).word().toLowerCase(Locale.ROOT);
            Unit w = r.unitAt(before - 1).orElse(null);
            if (w != null && w.kind == Unit.Kind.AGENT && w.end == before
                    && (FunctionWords.OWNING_CASES.contains(prep) || FunctionWords.PLACE_CASES.contains(prep))) {
                u.attachTo(w, FunctionWords.PLACE_CASES.contains(prep));
            }
        }
    }

    /**
     * The noun phrase a root unit heads. Built once per root, in text order by {@link Rules}: building
     * it marks the actors coordinated with its modifying actors as used ("Osgiliath and Gondor" in
     * "the ambassadors of Arnor, Osgiliath and Gondor" give no mention of their own).
     */
    NounPhrase of(Unit root) {
        NounPhrase p = built.get(root);
        if (p == null) {
            List<Unit> members = members(root);
            List<Unit> actors = modifierActors(root, members);
            List<Agent> agents = new ArrayList<>();
            for (Unit m : members) {
                if (m.kind == Unit.Kind.AGENT) {
                    agents.add(m.agent);
                }
            }
            if (root.kind == Unit.Kind.ORG && root.agent != null) {
                agents.add(root.agent);
            }
            p = new NounPhrase(root, members, actors, agents, former(members));
            built.put(root, p);
        }
        return p;
    }

    private List<Unit> members(Unit root) {
        List<Unit> m = new ArrayList<>();
        collect(root, m, 0);
        m.sort((a, b) -> Integer.compare(a.begin, b.begin));
        return m;
    }

    private void collect(Unit u, List<Unit> m, int depth) {
        if (depth > r.units().size() || m.contains(u)) {
            return;
        }
        m.add(u);
        for (Unit c : u.children()) {
            collect(c, m, depth + 1);
        }
    }

    /** Actors modifying a phrase, with those coordinated with them: "of Arnor, Osgiliath and Gondor". */
    private List<Unit> modifierActors(Unit root, List<Unit> members) {
        List<Unit> owning = new ArrayList<>();
        List<Unit> placed = new ArrayList<>();
        for (Unit m : members) {
            if (m != root && m.kind == Unit.Kind.ACTOR) {
                (m.placeAttached() ? placed : owning).add(m);
            }
        }
        List<Unit> chosen = owning.isEmpty() ? placed : owning;
        List<Unit> found = new ArrayList<>();
        for (Unit a : chosen) {
            addWithConjuncts(a, found);
        }
        return found;
    }

    private void addWithConjuncts(Unit a, List<Unit> found) {
        if (found.contains(a)) {
            return;
        }
        found.add(a);
        for (Unit u : r.units()) {
            if (u.coordinatedWith(a) && u.isRoot() && u.kind == Unit.Kind.ACTOR && u.children().isEmpty()) {
                u.markUsed();
                addWithConjuncts(u, found);
            }
        }
    }

    /**
     * An agent phrase (or a plain noun phrase) that names no actor, as it reads
     * ({@link #sharingFirstConjunct}): "troops", "the rebels"; not "government" in "the Danish media
     * and government", which reads as "Danish government". Empty for any other phrase. What the rules
     * that code agents without a country read.
     */
    Optional<NounPhrase> agentsWithoutActor(NounPhrase p) {
        if (p.kind() != Unit.Kind.AGENT && p.kind() != Unit.Kind.NOUN) {
            return Optional.empty();
        }
        NounPhrase shared = sharingFirstConjunct(p);
        return shared.actors().isEmpty() ? Optional.of(shared) : Optional.empty();
    }

    /**
     * The phrase as it reads when it has no actor of its own and is a later conjunct of an agent
     * phrase: with that phrase's actors, its agents other than its head before the phrase's own, and
     * its "former". "The Danish media and government": "government" reads as "Danish government".
     * Any other phrase reads as itself.
     */
    NounPhrase sharingFirstConjunct(NounPhrase p) {
        Unit first = p.root().conjunctOf().orElse(null);
        if (!p.actors().isEmpty() || first == null || !first.isRoot() || first.kind != Unit.Kind.AGENT) {
            return p;
        }
        NounPhrase q = of(first);
        List<Agent> agents = new ArrayList<>();
        for (Unit m : q.members()) {
            if (m.kind == Unit.Kind.AGENT && m != first) {
                agents.add(m.agent);
            }
        }
        agents.addAll(p.agents());
        return new NounPhrase(p.root(), p.members(), q.actors(), agents, p.former() || q.former());
    }

    /** True when "former" or "ex" stands before a member or modifies its head: "former security officials". */
    private boolean former(List<Unit> members) {
        for (Unit m : members) {
            int before = m.begin - 1;
            if (before >= 0 && FORMER.contains(r.sentence().token(before).word().toLowerCase(Locale.ROOT))) {
                return true;
            }
            if (r.parsed()) {
                for (int c : r.graph().children(m.head, "amod")) {
                    if (FORMER.contains(r.sentence().token(c).word().toLowerCase(Locale.ROOT))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
