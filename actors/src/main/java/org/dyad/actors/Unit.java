package org.dyad.actors;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * A unit of a sentence's phrase reading: a dictionary actor or agent phrase, a person or
 * organisation the named-entity layer found and the dictionaries lack, or a noun both kinds modify;
 * with its place in the noun phrase (the unit it modifies, the unit it is coordinated with).
 *
 * <p>Its words, kind and dictionary values are fixed when it is found; its place in the noun phrase
 * is set once by {@link NounPhrases#attach()}; it is marked {@link #markUsed() used} when a rule folds it into
 * another unit's code ("Russian" in "Russian troops"), so that it gives no code of its own. Local to
 * one {@link PhraseReading}.
 */
final class Unit {
    /** What a unit is. */
    enum Kind {
        /** A dictionary actor's name or adjective: "Russia", "Russian", "the Kremlin". */
        ACTOR,
        /** A dictionary agent phrase: "troops", "foreign minister". */
        AGENT,
        /** A person the named-entity layer found and the dictionaries lack. */
        PERSON,
        /**
         * A noun outside the dictionaries that an actor and an agent both modify: "West German world
         * government activists".
         */
        NOUN,
        /**
         * An organisation the named-entity layer found and the dictionaries lack: "Malawi's Department
         * of Climate Change".
         */
        ORG
    }

    final Kind kind;
    /** Tokens {@code [begin, end)} of the sentence. */
    final int begin;
    final int end;
    /** The syntactic head of the unit's tokens (its last token in a sentence without a parse). */
    final int head;
    /** The dictionary entry of an {@link Kind#ACTOR}; null for other kinds. */
    final ActorEntry entry;
    /** The entry's role on the article date; empty for other kinds. */
    final Optional<Role> role;
    /**
     * The agent of an {@link Kind#AGENT}, or the trade an {@link Kind#ORG}'s name ends in ("Hormuud
     * Telecom"); else null.
     */
    final Agent agent;
    /** A place only the gazetteer knows, standing for its country ({@link ActorRule#GAZETTEER_PLACE}). */
    final boolean gazetteer;

    private Unit parent;
    private Unit conjunctOf;
    private boolean placeAttached;
    private boolean used;
    private final List<Unit> children = new ArrayList<>(2);

    Unit(Kind kind, int begin, int end, int head, ActorEntry entry, Optional<Role> role, Agent agent,
            boolean gazetteer) {
        this.kind = kind;
        this.begin = begin;
        this.end = end;
        this.head = head;
        this.entry = entry;
        this.role = role;
        this.agent = agent;
        this.gazetteer = gazetteer;
    }

    /** True for a dictionary actor with a role on the article date. */
    boolean coded() {
        return kind == Kind.ACTOR && role.isPresent();
    }

    /** The codes of the unit's role on the article date, one per actor of a compound code; none without a role. */
    List<String> codes() {
        return role.map(r -> ActorCode.split(r.code())).orElse(List.of());
    }

    /** True when the unit modifies no other: it heads a noun phrase of its own. */
    boolean isRoot() {
        return parent == null;
    }

    /** The unit this one modifies. */
    Optional<Unit> parent() {
        return Optional.ofNullable(parent);
    }

    /** The first conjunct of a coordination this unit is a later conjunct of ("Gondor" in "Arnor and Gondor"). */
    Optional<Unit> conjunctOf() {
        return Optional.ofNullable(conjunctOf);
    }

    /** True when this unit is a later conjunct of {@code first}. */
    boolean coordinatedWith(Unit first) {
        return conjunctOf == first;
    }

    /** True when the unit modifies its parent by a preposition of place: "activists in Arnor". */
    boolean placeAttached() {
        return placeAttached;
    }

    /** The units that modify this one, in text order. */
    List<Unit> children() {
        return Collections.unmodifiableList(children);
    }

    /** True when a rule folded the unit into another unit's code. */
    boolean used() {
        return used;
    }

    /** Folds the unit into another unit's code: it gives none of its own. */
    void markUsed() {
        used = true;
    }

    /** Makes this unit a modifier of {@code w}, by a preposition of place when {@code byPlace}. */
    void attachTo(Unit w, boolean byPlace) {
        parent = w;
        placeAttached = byPlace;
    }

    /** Makes this unit a later conjunct of {@code first}. */
    void coordinateWith(Unit first) {
        conjunctOf = first;
    }

    /** Registers this unit with its parent, once every unit is attached. */
    void joinParent() {
        if (parent != null) {
            parent.children.add(this);
        }
    }

    @Override
    public String toString() {
        return kind + "[" + begin + "," + end + ")";
    }
}
