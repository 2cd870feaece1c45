package org.dyad.store;

import java.util.Locale;

/**
 * The orders a page of events can be listed in, each ending with the event number so that every
 * order is total and a page can continue after its last event ({@link PageCursor}).
 */
public enum EventOrder {
    /** Oldest first (the order of {@code dyad query}). */
    DATE("date", "e.event_date", false),
    /** Newest first. */
    DATE_DESC("-date", "e.event_date", true),
    /** Least confident first. */
    CONFIDENCE("confidence", "e.confidence", false),
    /** Most confident first. */
    CONFIDENCE_DESC("-confidence", "e.confidence", true),
    /** Fewest mentions first. */
    MENTIONS("mentions", "e.num_mentions", false),
    /** Most mentions (supporting sentences across articles) first. */
    MENTIONS_DESC("-mentions", "e.num_mentions", true),
    /** Most conflictual first (lowest Goldstein value). */
    GOLDSTEIN("goldstein", "e.goldstein", false),
    /** Most cooperative first. */
    GOLDSTEIN_DESC("-goldstein", "e.goldstein", true);

    private final String label;
    final String column;
    final boolean descending;

    EventOrder(String label, String column, boolean descending) {
        this.label = label;
        this.column = column;
        this.descending = descending;
    }

    /** The name a request gives, e.g. {@code -date}. */
    public String label() {
        return label;
    }

    /** The order named {@code date}, {@code -date}, {@code confidence}, ... as {@link #label()} gives them. */
    public static EventOrder parse(String name) {
        String n = name.strip().toLowerCase(Locale.ROOT);
        for (EventOrder o : values()) {
            if (o.label.equals(n)) {
                return o;
            }
        }
        throw new IllegalArgumentException("unknown order '" + name + "'; use date, confidence, mentions or goldstein,"
                + " with a leading '-' for descending (e.g. -date)");
    }

    /** The SQL {@code ORDER BY} list. */
    String orderBy() {
        String dir = descending ? " DESC" : "";
        return column + dir + ", e.id" + dir;
    }
}
