package org.dyad.actors;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.dyad.model.EntityMention;
import org.dyad.model.Lexicon;
import org.dyad.model.Sentence;

/**
 * Finds the units of a sentence, in this order:
 * <ol>
 *   <li>the longest dictionary phrases, left to right: actors ("Russia", "Russian", "the Kremlin",
 *       "Vladimir Putin") and agents ("troops", "foreign minister"); a name beats an agent phrase it
 *       overlaps to the end ("the West" is the actor, not the agent phrase "the west"); a name before
 *       a street word or a geographic feature names a street or a sea ("Dublin Road", "the Indian
 *       Ocean");</li>
 *   <li>"New York-based" and "United Nations-appointed": the actor named before the suffix;</li>
 *   <li>persons and organisations of the named-entity layer that the dictionaries lack; a place name
 *       inside a person's name is part of the name ("Victoria Nuland"), agent nouns inside an
 *       organisation's proper name are part of the name ("Hormuud Telecom", whose last agent noun is
 *       its trade), and a known surname inside a person's name makes the whole name the person
 *       ("Sergey Lavrov");</li>
 *   <li>the units the {@link UnitRule}s add (places only the gazetteer knows);</li>
 *   <li>nouns outside the dictionaries that an actor and an agent both modify: "West German world
 *       government activists".</li>
 * </ol>
 * Stateless.
 */
final class UnitFinder {
    /** Suffixes that make an actor's name an adjective: "Beijing-based", "UN-appointed". */
    private static final List<String> BASED = List.of("-based", "-appointed");

    private UnitFinder() {
    }

    /** Finds the units of the reading's sentence, leaving them in text order. */
    static void find(PhraseReading r, List<UnitRule> rules) {
        dictionaryPhrases(r);
        basedOn(r);
        namedEntities(r);
        for (UnitRule rule : rules) {
            rule.findUnits(r);
        }
        sharedHeads(r);
        r.sortUnits();
    }

    private static void dictionaryPhrases(PhraseReading r) {
        Sentence s = r.sentence();
        ArticleLookups lookups = r.context().lookups();
        int i = 0;
        while (i < s.size()) {
            if (r.taken(i)) {
                i++;
                continue;
            }
            PhraseIndex.Match<ActorEntry> actor = lookups.longestName(s, i);
            PhraseIndex.Match<Agent> agent = lookups.longestAgent(s, i);
            if (actor != null && (streetName(s, actor.end()) || namesake(s, actor.begin()))) {
                // "Dublin Road", "Nordland Avenue": a street, not the place it is named after; "New
                // London": another place, named after it
                i = actor.end();
            } else if (actor != null && r.free(actor.begin(), actor.end())
                    && (agent == null || actor.length() >= agent.length())) {
                DictionaryIndex.Named named = DictionaryIndex.chosen(actor.values(), r.date()).orElseThrow();
                r.add(Unit.Kind.ACTOR, actor.begin(), actor.end(), named.entry(), named.role(), null, false);
                i = actor.end();
            } else if (agent != null && r.free(agent.begin(), agent.end()) && !nameInside(r, agent)) {
                List<Agent> values = agent.values();
                r.add(Unit.Kind.AGENT, agent.begin(), agent.end(), null, Optional.empty(),
                        values.get(values.size() - 1), false);
                i = agent.end();
            } else {
                i++;
            }
        }
    }

    /**
     * True when the name at {@code begin} follows "New" in a proper name: "New London" (Connecticut) and
     * "New Britain" are places named after another, and are not it. Names the dictionaries hold whole
     * ("New Zealand", "New York") match as the longer name first; "New" as an adjective opening a
     * sentence ("New Russian sanctions", "New U.S. tariffs") is tagged as one, and leaves the name.
     */
    private static boolean namesake(Sentence s, int begin) {
        return begin > 0 && s.token(begin - 1).word().equals("New") && s.token(begin - 1).pos().equals("NNP")
                && s.token(begin).isProperNoun();
    }

    /**
     * True when the token at {@code next} is a capitalised street word or geographic feature: the name
     * before it names a street ("Dublin Road") or a sea ("the Indian Ocean"), not the place or state.
     */
    private static boolean streetName(Sentence s, int next) {
        if (next >= s.size()) {
            return false;
        }
        String w = s.token(next).word();
        String lower = w.toLowerCase(Locale.ROOT);
        return !w.isEmpty() && Character.isUpperCase(w.charAt(0))
                && (Lexicon.STREET_WORDS.contains(lower) || Lexicon.GEOGRAPHIC_FEATURES.contains(lower));
    }

    /**
     * True when a name starts inside an agent phrase and reaches at least its end: "the West" is
     * the actor West, not the agent phrase "the west" (names are more specific than agent nouns).
     */
    private static boolean nameInside(PhraseReading r, PhraseIndex.Match<Agent> agent) {
        for (int k = agent.begin() + 1; k < agent.end(); k++) {
            PhraseIndex.Match<ActorEntry> a = r.context().lookups().longestName(r.sentence(), k);
            if (a != null && a.end() >= agent.end()) {
                return true;
            }
        }
        return false;
    }

    /**
     * "New York-based", "Beijing-based": a place named before {@code -based} stands for its country
     * as an adjective would ("a New York-based immigration lawyer"); an actor named before
     * {@code -appointed} is the one the appointee serves ("United Nations-appointed special
     * rapporteur Richard Bennett").
     */
    private static void basedOn(PhraseReading r) {
        Sentence s = r.sentence();
        String[] keys = r.keys();
        for (int i = 0; i < s.size(); i++) {
            String w = s.token(i).word();
            String suffix = "";
            for (String x : BASED) { // the key is the word in lower case
                if (keys[i].endsWith(x)) {
                    suffix = x;
                    break;
                }
            }
            if (r.hasUnit(i) || r.taken(i) || suffix.isEmpty() || w.length() <= suffix.length()) {
                continue;
            }
            String place = w.substring(0, w.length() - suffix.length());
            for (int b = Math.max(0, i - 1); b <= i; b++) {
                if (b < i && (r.hasUnit(b) || r.taken(b))) {
                    continue;
                }
                List<String> words = new ArrayList<>();
                for (int k = b; k < i; k++) {
                    words.add(s.token(k).word());
                }
                words.add(place);
                Optional<DictionaryIndex.Named> named = DictionaryIndex.chosen(r.index().names().exact(words),
                        r.date()).filter(n -> n.role().isPresent());
                if (named.isPresent()) {
                    r.add(Unit.Kind.ACTOR, b, i + 1, named.get().entry(), named.get().role(), null, false);
                    break;
                }
            }
        }
    }

    private static void namedEntities(PhraseReading r) {
        Sentence s = r.sentence();
        for (EntityMention e : r.context().lookups().entities(s)) {
            boolean person = e.type().equals("PERSON");
            if (!person && !e.type().equals("ORGANIZATION")) {
                continue;
            }
            List<Unit> inside = new ArrayList<>();
            boolean crossing = false;
            for (int k = e.tokenBegin(); k < e.tokenEnd(); k++) {
                Unit u = r.unitAt(k).orElse(null);
                if (u != null && !inside.contains(u)) {
                    inside.add(u);
                    crossing |= u.begin < e.tokenBegin() || u.end > e.tokenEnd();
                }
                crossing |= r.taken(k);
            }
            if (crossing) {
                continue;
            }
            if (person && !inside.isEmpty() && inside.stream().allMatch(u -> u.kind == Unit.Kind.ACTOR
                    && (u.entry.kind() == ActorKind.COUNTRY || u.entry.kind() == ActorKind.PLACE))
                    && inside.stream().noneMatch(u -> u.begin == e.tokenBegin() && u.end == e.tokenEnd())) {
                // "Victoria Nuland", "Georgia Meloni": a place name inside a person's name is part of the name
                inside.forEach(r::remove);
                inside.clear();
            }
            Agent trade = null;
            if (!person && !r.settings().bareAgents() && !inside.isEmpty()
                    && inside.stream().allMatch(u -> u.kind == Unit.Kind.AGENT)
                    && inside.stream().mapToInt(u -> u.end - u.begin).sum() < e.tokenEnd() - e.tokenBegin()
                    && s.token(e.tokenBegin()).isProperNoun()) {
                // "Hormuud Telecom", "the National Congress Party": agent nouns inside an organisation's
                // proper name; the name is the organisation, and a last agent noun is its trade
                Unit last = inside.get(inside.size() - 1);
                trade = last.end == e.tokenEnd() ? last.agent : null;
                inside.forEach(r::remove);
                inside.clear();
            }
            if (inside.isEmpty()) {
                r.add(person ? Unit.Kind.PERSON : Unit.Kind.ORG, e.tokenBegin(), e.tokenEnd(), null, Optional.empty(),
                        trade, false);
            } else if (person && inside.size() == 1 && inside.get(0).kind == Unit.Kind.ACTOR
                    && inside.get(0).end == e.tokenEnd()) {
                // "Sergey Lavrov" where the dictionary knows "Lavrov": the whole name is the person
                Unit u = inside.get(0);
                r.remove(u);
                r.add(Unit.Kind.ACTOR, e.tokenBegin(), e.tokenEnd(), u.entry, u.role, null, false);
            }
        }
    }

    /** Nouns outside the dictionaries that both an actor and an agent modify become units of their own. */
    private static void sharedHeads(PhraseReading r) {
        if (!r.parsed()) {
            return;
        }
        Sentence s = r.sentence();
        var g = r.graph();
        for (int t = 0; t < s.size(); t++) {
            if (r.hasUnit(t) || r.taken(t) || !s.token(t).isNoun()) {
                continue;
            }
            boolean actor = false;
            boolean agent = false;
            for (Unit u : r.units()) {
                if (g.head(u.head) == t && NounPhrases.ATTACHING.contains(g.relation(u.head))) {
                    actor |= u.kind == Unit.Kind.ACTOR;
                    agent |= u.kind == Unit.Kind.AGENT;
                }
            }
            if (actor && agent) {
                r.add(Unit.Kind.NOUN, t, t + 1, null, Optional.empty(), null, false);
            }
        }
    }
}
