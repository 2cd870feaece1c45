package org.dyad.actors;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dyad.model.Lexicon;

/**
 * The lookups the resolver's rules make in an actor dictionary: its names and adjectives and its
 * agent nouns as phrase indexes, its entries by class noun ("alliance" for NATO) and by id. Built
 * once per dictionary; immutable after construction and shared by every reading, on any thread.
 */
final class DictionaryIndex {
    private final ActorDictionary dictionary;
    private final PhraseIndex<ActorEntry> names = new PhraseIndex<>();
    private final PhraseIndex<Agent> agents = new PhraseIndex<>();
    private final Map<String, List<ActorEntry>> classNouns = new HashMap<>();
    private final Map<String, ActorEntry> byId = new HashMap<>();

    DictionaryIndex(ActorDictionary dictionary) {
        this.dictionary = dictionary;
        for (ActorEntry e : dictionary.actors()) {
            e.names().stream().filter(n -> !compassOnly(n)).forEach(n -> names.add(n, e));
            e.adjectives().forEach(a -> names.add(a, e));
            e.classNouns().forEach(c -> classNouns.computeIfAbsent(c.toLowerCase(Locale.ROOT), k -> new ArrayList<>())
                    .add(e));
            byId.put(e.id(), e);
        }
        for (Agent a : dictionary.agents()) {
            a.names().stream().filter(n -> !PLACE_NOUNS.contains(n.toLowerCase(Locale.ROOT)))
                    .forEach(n -> agents.add(n, a));
        }
    }

    /**
     * Nouns of settlement that Phoenix's agent list makes civilians or the government ("city",
     * "village", "capital"), but that in news name a place, or money: "the northern city of Mosul",
     * "the leader of the village gang", "the influx of foreign capital". Phrases with them stay agents
     * ("city council", "capital city").
     */
    private static final Set<String> PLACE_NOUNS = Set.of("city", "cities", "town", "towns", "village", "villages",
            "province", "provinces", "capital", "capitals");

    /** Compass words that make a region's own name with another ("Middle East", "Far East", "Central Asia"). */
    private static final Set<String> NOT_CARDINAL = Set.of("central", "far", "mid", "middle", "upper", "lower");

    /**
     * True for a name made only of compass words that is no safe name of one actor: two or more of
     * them ("North West", a South African province in Phoenix's file, is also "North West Bicester"
     * in England), or one written in capitals ("NORTH" for North Korea, which is any headline's
     * "NORTH"). "West" alone stays the West; "Middle East" and "Far East" are regions of their own.
     */
    static boolean compassOnly(String name) {
        String[] words = name.trim().split("\\s+");
        for (String w : words) {
            String lower = w.toLowerCase(Locale.ROOT);
            if (!Lexicon.COMPASS_WORDS.contains(lower) || NOT_CARDINAL.contains(lower)) {
                return false;
            }
        }
        return words.length >= 2 || name.equals(name.toUpperCase(Locale.ROOT));
    }

    /** The dictionary indexed. */
    ActorDictionary dictionary() {
        return dictionary;
    }

    /** Actors' names and adjectives. */
    PhraseIndex<ActorEntry> names() {
        return names;
    }

    /** Agent nouns. */
    PhraseIndex<Agent> agents() {
        return agents;
    }

    /** The entries a class noun in lower case ("alliance") can refer back to, in dictionary order; empty for none. */
    List<ActorEntry> byClassNoun(String noun) {
        return classNouns.getOrDefault(noun, List.of());
    }

    /** The entry of this id. */
    Optional<ActorEntry> entry(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /**
     * The entry a phrase names on a date: of the entries sharing the phrase, the last-listed one
     * with a role on the date (a later layer of the dictionary overrides an earlier one), else the
     * first-listed one, without a role; empty when no entry shares the phrase.
     */
    static Optional<Named> chosen(List<ActorEntry> values, LocalDate date) {
        ActorEntry chosen = null;
        Optional<Role> role = Optional.empty();
        for (int k = values.size() - 1; k >= 0 && role.isEmpty(); k--) {
            role = values.get(k).roleOn(date);
            chosen = values.get(k);
        }
        return chosen == null ? Optional.empty() : Optional.of(new Named(chosen, role));
    }

    /** An entry a phrase names and its role on the date, if it has one. */
    record Named(ActorEntry entry, Optional<Role> role) {
        Named {
            java.util.Objects.requireNonNull(entry, "entry");
            java.util.Objects.requireNonNull(role, "role");
        }
    }

    /** The dictionary's country of that name with a role on the date. */
    Optional<ActorEntry> countryNamed(String name, LocalDate date) {
        List<ActorEntry> values = names.exact(List.of(name.strip().split("\\s+")));
        for (int k = values.size() - 1; k >= 0; k--) {
            ActorEntry c = values.get(k);
            if (c.kind() == ActorKind.COUNTRY && c.roleOn(date).isPresent()) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }
}
