package org.dyad.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The version of a store, its statistics, and what changed since an earlier version, read through a
 * {@link StoreReader}: the feed an incremental client follows.
 *
 * <p>Writing an article founds events and adds mentions to events, and never deletes one; a recode
 * deletes every event and numbers the new ones from 1, starting a new generation. So the changes since
 * a version of the current generation are the events that the articles written after it founded or
 * joined, and the changes since a version of an earlier generation are a reset: every event the client
 * holds is deleted, and every current event is listed.
 */
public final class StoreChanges {
    private final StoreReader reader;

    StoreChanges(StoreReader reader) {
        this.reader = reader;
    }

    /** The store's version as of the last committed transaction. */
    public StoreVersion version() throws SQLException {
        long generation = 0;
        try (PreparedStatement ps = reader.prepare("SELECT value FROM store_meta WHERE key = 'generation'");
                ResultSet rs = ps.executeQuery()) {
            if (rs.next()) {
                generation = Long.parseLong(rs.getString(1).strip());
            }
        }
        try (PreparedStatement ps = reader.prepare("SELECT coalesce(max(seq), 0) FROM articles");
                ResultSet rs = ps.executeQuery()) {
            rs.next();
            return new StoreVersion(generation, rs.getLong(1));
        }
    }

    /**
     * A page of changes.
     *
     * @param since the version asked from
     * @param version the store's version when the page was read: the {@code since} of the next poll once
     *     every page has been read
     * @param reset true when the store was recoded since {@code since}: every event of that version is
     *     deleted, and {@code events} lists the store's events afresh
     * @param events events founded or changed since {@code since} (all events after a reset), by number
     * @param next the number to continue after, when there are more
     */
    public record ChangePage(StoreVersion since, StoreVersion version, boolean reset, List<StoredEvent> events,
            Optional<Long> next) {
        public ChangePage {
            Objects.requireNonNull(since, "since");
            Objects.requireNonNull(version, "version");
            events = List.copyOf(events);
            Objects.requireNonNull(next, "next");
        }
    }

    /**
     * The events changed since a version, {@code size} of them with numbers above {@code after}.
     *
     * @throws IllegalArgumentException when {@code since} is newer than the store
     */
    public ChangePage since(StoreVersion since, long after, int size) throws SQLException {
        Objects.requireNonNull(since, "since");
        if (size < 1) {
            throw new IllegalArgumentException("page size was " + size + "; it must be >= 1");
        }
        StoreVersion now = version();
        if (since.number() > now.number()) {
            throw new IllegalArgumentException("version " + since.number() + " is newer than the store's, "
                    + now.number() + "; ask with a version this store gave");
        }
        boolean reset = since.generation() != now.generation();
        String sql = "SELECT e.id, e.json, e.num_mentions, e.num_sources, e.num_articles FROM events e WHERE e.id > ?"
                + (reset ? "" : " AND e.id IN (SELECT event_id FROM event_mentions WHERE article_seq > ?)")
                + " ORDER BY e.id LIMIT " + (size + 1);
        List<Object> params = reset ? List.of(after) : List.of(after, since.lastArticle());
        List<StoredEvent> events = new ArrayList<>();
        boolean more = false;
        try (PreparedStatement ps = reader.prepare(sql, params); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                if (events.size() == size) {
                    more = true;
                    break;
                }
                events.add(new StoredEvent(rs.getLong(1), EventQueries.parse(rs.getString(2)), rs.getInt(3), rs.getInt(4),
                        rs.getInt(5)));
            }
        }
        return new ChangePage(since, now, reset, events,
                more ? Optional.of(events.get(events.size() - 1).id()) : Optional.empty());
    }

    /**
     * What a store holds.
     *
     * @param counts rows of its tables
     * @param firstDate the earliest event date, if there are events
     * @param lastDate the latest event date
     * @param eventsByQuadClass events of QuadClass 1 to 4
     * @param quarantinedByCode quarantined records by error code ({@code DYAD-I03}, ...), in code order
     */
    public record Statistics(StoreVersion version, StoreCounts counts, Optional<LocalDate> firstDate,
            Optional<LocalDate> lastDate, List<Long> eventsByQuadClass, Map<String, Long> quarantinedByCode) {
        public Statistics {
            Objects.requireNonNull(version, "version");
            Objects.requireNonNull(counts, "counts");
            eventsByQuadClass = List.copyOf(eventsByQuadClass);
            quarantinedByCode = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(quarantinedByCode));
        }
    }

    /** The store's statistics. */
    public Statistics statistics() throws SQLException {
        StoreVersion version = version();
        long[] c = new long[9];
        String[] tables = {"articles", "sentences", "article_events", "events", "event_mentions", "actors", "quotes",
            "quarantine", "dyad_days"};
        for (int i = 0; i < tables.length; i++) {
            // table names are constants of this class, never from a request
            try (PreparedStatement ps = reader.prepare("SELECT count(*) FROM " + tables[i]);
                    ResultSet rs = ps.executeQuery()) {
                rs.next();
                c[i] = rs.getLong(1);
            }
        }
        StoreCounts counts = new StoreCounts(c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7], c[8]);
        Optional<LocalDate> first = Optional.empty();
        Optional<LocalDate> last = Optional.empty();
        List<Long> byQuad = new ArrayList<>(List.of(0L, 0L, 0L, 0L));
        try (PreparedStatement ps = reader.prepare("SELECT quad_class, sum(events), min(event_date), max(event_date)"
                + " FROM dyad_days GROUP BY quad_class ORDER BY 1"); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                int q = rs.getInt(1);
                if (q >= 1 && q <= 4) {
                    byQuad.set(q - 1, rs.getLong(2));
                }
                LocalDate lo = rs.getObject(3, LocalDate.class);
                LocalDate hi = rs.getObject(4, LocalDate.class);
                first = first.isEmpty() || lo.isBefore(first.get()) ? Optional.of(lo) : first;
                last = last.isEmpty() || hi.isAfter(last.get()) ? Optional.of(hi) : last;
            }
        }
        Map<String, Long> quarantined = new LinkedHashMap<>();
        try (PreparedStatement ps = reader.prepare("SELECT code, count(*) FROM quarantine GROUP BY code ORDER BY code");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                quarantined.put(rs.getString(1), rs.getLong(2));
            }
        }
        return new Statistics(version, counts, first, last, byQuad, quarantined);
    }
}
