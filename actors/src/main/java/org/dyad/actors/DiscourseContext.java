package org.dyad.actors;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dyad.model.AnnotatedDocument;

/**
 * What one article's readings learn about it, shared by the rules that read its sentences: the
 * persons and organisations the text describes (by surname or name), the parts of resolved persons'
 * names, the country the article is about, and the places the gazetteer found in it.
 *
 * <p>The resolver reads an article twice. The first reading fills the context; {@link #settle()}
 * then decides the article's country and {@link #secondReading()} forgets the first reading's list
 * of discoveries (but not what it learned), and the second reading resolves with all of it, so that a
 * mention before its description ("Chaudhry said ... Ahmed Sharif Chaudhry, the military
 * spokesman") resolves too.
 *
 * <p>Local to one call of the resolver; not thread-safe.
 */
final class DiscourseContext {
    /**
     * Sectors whose unnamed country can be inferred from the article: officials of the state,
     * residents ("a resident who witnessed the attack"), who are local by definition, and the
     * people of a country's own society named by their trade ("prominent journalist Jose Ruben
     * Zamora", "a lawyer", "a farmer", "a professor") in a story about that country, and its rebels
     * and insurgents. Not unidentified armed forces ("gunmen"), whose country the story leaves open.
     */
    private static final Set<String> LOCAL_SECTORS = Set.of("GOV", "MIL", "COP", "LEG", "SPY", "CVL", "MED", "JUD",
            "EDU", "AGR", "BUS", "LAB", "HLH", "OPP", "HRI", "ENV", "CRM", "ELI", "REB", "INS", "PPL", "REF",
            "SEP", "RAD", "MOD", "REL");

    private final AnnotatedDocument doc;
    private final List<PlaceCountries.Placed> places;
    private final ArticleLookups lookups;
    private final DictionaryIndex index;
    private final Map<String, Discovery> discovered = new LinkedHashMap<>();
    private final List<Discovery> discoveries = new ArrayList<>();
    private final Map<String, NamedPerson> parts = new HashMap<>();
    private final Set<String> ambiguous = new HashSet<>();
    private final Map<String, Integer> states = new HashMap<>();
    private Optional<String> home = Optional.empty();
    private final Map<String, String> armed = new LinkedHashMap<>();

    /** The person a name part ("Kim" after "Kim Jong Un") stands for within an article. */
    record NamedPerson(String code, String name, String entry) {
    }

    DiscourseContext(AnnotatedDocument doc, List<PlaceCountries.Placed> places, DictionaryIndex index) {
        this.doc = doc;
        this.places = List.copyOf(places);
        this.lookups = new ArticleLookups(doc, index);
        this.index = index;
    }

    /** The article read. */
    AnnotatedDocument doc() {
        return doc;
    }

    /** What both readings look up in the article's text. */
    ArticleLookups lookups() {
        return lookups;
    }

    /** The places of the article the gazetteer put in a country, in text order. */
    List<PlaceCountries.Placed> places() {
        return places;
    }

    /**
     * The person or organisation discovered under this key (a surname, or an organisation's whole
     * name in lower case): the latest description of it in the readings so far.
     */
    Optional<Discovery> discovered(String key) {
        return Optional.ofNullable(discovered.get(key));
    }

    /** Records a person or organisation the text described, under its key. */
    void discover(String key, Discovery d) {
        discovered.put(key, d);
        discoveries.add(d);
    }

    /**
     * Lets a key stand for what is known under another, unless the key already names something:
     * an organisation's acronym stands for the organisation ("AMC" after "American Motors Corp").
     * An alias is no discovery of its own.
     */
    void alias(String key, Discovery d) {
        discovered.putIfAbsent(key, d);
    }

    /** The discoveries of the current reading, in the order they were made. */
    List<Discovery> discoveries() {
        return List.copyOf(discoveries);
    }

    /** Registers a one-word part of a resolved person's name; a part two persons share resolves to neither. */
    void learnNamePart(String key, NamedPerson p) {
        NamedPerson prior = parts.putIfAbsent(key, p);
        if (prior != null && !prior.code().equals(p.code())) {
            ambiguous.add(key);
        }
    }

    /** What a one-word part of a resolved person's name resolves to, unless two persons share it. */
    Optional<NamedPerson> namePart(String key) {
        return ambiguous.contains(key) ? Optional.empty() : Optional.ofNullable(parts.get(key));
    }

    /** Counts an actor of the article towards its country, when the code is a state's ({@link CodeRoots#state}). */
    void countActor(String code) {
        CodeRoots.state(code).ifPresent(root -> states.merge(root, 1, Integer::sum));
    }

    /** Notes an armed group the article names ("al-Shabaab", {@code SOMREB}) for {@link #armedGroups}. */
    void noteArmedGroup(Found found) {
        if (found.rule() == ActorRule.DICTIONARY_NAME && ActorCode.armedGroup(found.code())) {
            armed.putIfAbsent(found.code(), found.name());
        }
    }

    /**
     * The codes of the armed groups the article names ("al-Shabaab", "the Baloch Liberation Army"):
     * rebels, insurgents and unaffiliated armed forces, by code in the order first named, with their names.
     */
    Map<String, String> armedGroups() {
        return Collections.unmodifiableMap(armed);
    }

    /**
     * Decides the article's country after the first reading, from its state actors and the places the
     * gazetteer put in a country (each a vote for its country, so that a local story with no named
     * state, "police in Queens", has its country; a dateline's place two votes): the country of at
     * least half the votes and at least two of them. A tie has no country.
     */
    void settle() {
        Map<String, Integer> votes = new HashMap<>(states);
        for (PlaceCountries.Placed p : places) {
            int weight = dateline(doc.article().text(), p) ? 2 : 1;
            index.countryNamed(p.country(), doc.article().date()).flatMap(c -> c.roleOn(doc.article().date()))
                    .flatMap(r -> CodeRoots.state(r.code()))
                    .ifPresent(root -> votes.merge(root, weight, Integer::sum));
        }
        int total = votes.values().stream().mapToInt(Integer::intValue).sum();
        int best = votes.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        List<String> leaders = votes.entrySet().stream().filter(e -> e.getValue() == best).map(Map.Entry::getKey)
                .toList();
        if (leaders.size() == 1 && best >= 2 && best * 2 >= total) {
            home = Optional.of(leaders.get(0));
        }
    }

    /**
     * True for the place of a dateline: a name in capitals followed by a dash or a bracket
     * ("CROMWELL —", "ROANOKE --", "KABUL (Reuters)"), where the story was filed. It says where the
     * story is as much as two other places do.
     */
    static boolean dateline(String text, PlaceCountries.Placed p) {
        String name = p.text();
        if (name.length() < 3 || !name.equals(name.toUpperCase(java.util.Locale.ROOT))
                || name.chars().noneMatch(Character::isLetter) || p.end() > text.length()) {
            return false;
        }
        int i = p.end();
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\u00a0')) {
            i++;
        }
        return i < text.length() && "\u2014\u2013-(".indexOf(text.charAt(i)) >= 0;
    }

    /** Starts the second reading: its discoveries are listed anew, on top of what the first one learned. */
    void secondReading() {
        discoveries.clear();
    }

    /** The country the article is about, once {@link #settle() settled}; empty when no country has a clear majority. */
    Optional<String> home() {
        return home;
    }

    /**
     * The code of a person named only by agents of the state or of the country's own society
     * ("Commissioner Omar Alasow", "prominent journalist Ahmed Yusuf"): the article's country with
     * those agents. Empty when the article has no country, there are no agents, or one of them is
     * not local ({@link #LOCAL_SECTORS}) or is a prefix agent.
     */
    Optional<String> localCode(List<Agent> agents) {
        if (home.isEmpty() || agents.isEmpty()) {
            return Optional.empty();
        }
        for (Agent a : agents) {
            if (!LOCAL_SECTORS.contains(ActorCode.root(a.code())) || a.prefix()) {
                return Optional.empty();
            }
        }
        return Optional.of(ActorCode.compose(home.get(), agents, false));
    }
}
