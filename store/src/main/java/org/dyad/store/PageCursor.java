package org.dyad.store;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Objects;

/**
 * Where a page of events ended: the order it was listed in, the last event's value of the ordering
 * column and its number. The next page holds the events that come after it in that order, so pages
 * do not shift when events are written meanwhile (unlike offsets). Written as an opaque URL-safe
 * token ({@link #encode}); {@link #decode} refuses a token that is malformed or made for another order.
 *
 * @param order the order of the pages
 * @param key the ordering column's value of the last event: an epoch day, a confidence, a mention
 *     count or a Goldstein value
 * @param id the number of the last event
 */
public record PageCursor(EventOrder order, double key, long id) {
    public PageCursor {
        Objects.requireNonNull(order, "order");
        if (!Double.isFinite(key)) {
            throw new IllegalArgumentException("cursor key was " + key + "; it must be finite");
        }
        if (id < 1) {
            throw new IllegalArgumentException("cursor event number was " + id + "; events are numbered from 1");
        }
    }

    /** The opaque token. */
    public String encode() {
        String plain = order.label() + "|" + key + "|" + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The cursor a token stands for.
     *
     * @throws IllegalArgumentException when the token is not one {@link #encode} wrote for {@code order}
     */
    public static PageCursor decode(String token, EventOrder order) {
        String plain;
        try {
            plain = new String(Base64.getUrlDecoder().decode(token.strip()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("cursor '" + abbreviate(token) + "' is not a cursor this server gave;"
                    + " pass the 'next' value of the previous page unchanged", e);
        }
        String[] parts = plain.split("\\|", -1);
        if (parts.length != 3) {
            throw new IllegalArgumentException("cursor '" + abbreviate(token) + "' is not a cursor this server gave;"
                    + " pass the 'next' value of the previous page unchanged");
        }
        if (!parts[0].equals(order.label())) {
            throw new IllegalArgumentException("cursor was made for order '" + parts[0] + "' but the request orders by '"
                    + order.label() + "'; keep the order while paging");
        }
        try {
            return new PageCursor(order, Double.parseDouble(parts[1]), Long.parseLong(parts[2]));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("cursor '" + abbreviate(token) + "' is not a cursor this server gave;"
                    + " pass the 'next' value of the previous page unchanged", e);
        }
    }

    private static String abbreviate(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "..." : s;
    }

    /** The key as a query parameter of the ordering column. */
    Object parameter() {
        return switch (order) {
            case DATE, DATE_DESC -> LocalDate.ofEpochDay((long) key);
            case MENTIONS, MENTIONS_DESC -> (int) key;
            default -> key;
        };
    }
}
