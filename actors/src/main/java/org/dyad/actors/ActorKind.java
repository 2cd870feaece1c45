package org.dyad.actors;

import java.util.Locale;

/**
 * What sort of thing a dictionary actor is. The resolver uses it to decide whose code a noun phrase
 * takes: a person named after a title ("Russian Foreign Minister Sergey Lavrov") takes the title's
 * country, an organisation keeps its own ("Russia's Gazprom" stays Gazprom).
 */
public enum ActorKind {
    /** A state: "Russia", "Russian", "Türkiye". */
    COUNTRY,
    /** A capital, city or seat of power standing for its government: "Moscow", "the Kremlin". */
    PLACE,
    /** An international, governmental or non-governmental organisation: "NATO", "Amnesty International". */
    ORGANISATION,
    /** An armed or political non-state group: "Hamas", "Islamic State". */
    GROUP,
    /** A named person with dated roles: "Vladimir Putin". */
    PERSON,
    /** Not stated (dictionaries imported from formats without the distinction). */
    UNKNOWN;

    /** The kind named in a dictionary ({@code country}, {@code place}, ...). */
    public static ActorKind parse(String name) {
        try {
            return valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown actor kind '" + name
                    + "'; use country, place, organisation, group, person or unknown", e);
        }
    }

    /** The name used in dictionary files. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
