package org.dyad.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * Reads a store on a DuckDB connection of its own, so that many threads can read, each with its own
 * reader, while the store's owner writes: every query sees the store as of its last committed
 * transaction. Gives pages of events in any {@link EventOrder} with {@link PageCursor} paging, counts
 * and the {@link #aggregates()}, {@link #details()}, {@link #actors()} and {@link #changes()} of a
 * served store. Text criteria are answered by a {@link SharedSearch}.
 *
 * <p>Every statement runs under the reader's query timeout, if one was set. Not thread-safe: one
 * thread at a time; readers of one store may be used concurrently.
 */
public final class StoreReader implements AutoCloseable {
    private final Path file;
    private final DuckDBConnection connection;
    private final SharedSearch search;
    private final int timeoutSeconds;
    /** Whether this connection's table of text hits exists. */
    private boolean hitsTable;

    private StoreReader(Path file, DuckDBConnection connection, SharedSearch search, int timeoutSeconds) {
        this.file = file;
        this.connection = connection;
        this.search = search;
        this.timeoutSeconds = timeoutSeconds;
    }

    /**
     * Opens a reader of an open store.
     *
     * @param search the store's shared full-text search
     * @param timeoutSeconds the longest a statement may run before it is cancelled, 0 for no limit
     */
    public static StoreReader open(EventStore store, SharedSearch search, int timeoutSeconds) throws SQLException {
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(search, "search");
        if (timeoutSeconds < 0) {
            throw new IllegalArgumentException("timeout was " + timeoutSeconds + " s; it must be >= 0");
        }
        DuckDBConnection c = store.connection().unwrap(DuckDBConnection.class).duplicate();
        return new StoreReader(store.file(), c, search, timeoutSeconds);
    }

    /** The store file. */
    public Path file() {
        return file;
    }

    Connection connection() {
        return connection;
    }

    /** The timelines, network, top actors and places of filtered events. */
    public StoreAggregates aggregates() {
        return new StoreAggregates(this);
    }

    /** One event with its reports and mentions, one article with its coded spans. */
    public StoreDetails details() {
        return new StoreDetails(this);
    }

    /** Actors: search, profile, discovered. */
    public ActorDirectory actors() {
        return new ActorDirectory(this);
    }

    /** The version, statistics and changes of the store. */
    public StoreChanges changes() {
        return new StoreChanges(this);
    }

    /**
     * An event of a page as stored: its number, its native JSON as written, and its counts. A page is
     * often sent on as it is, so the JSON is parsed only when {@link #stored()} asks.
     */
    public record PagedEvent(long id, String json, int numMentions, int numSources, int numArticles) {
        public PagedEvent {
            Objects.requireNonNull(json, "json");
            if (!json.startsWith("{") || !json.endsWith("}")) {
                throw new IllegalArgumentException("event " + id + " is not stored as a JSON object");
            }
        }

        /** The event parsed. */
        public StoredEvent stored() {
            return new StoredEvent(id, EventQueries.parse(json), numMentions, numSources, numArticles);
        }

        /** The JSON {@link StoredEvent#toJson()} gives, written without parsing the stored JSON. */
        public String jsonWithCounts() {
            return json.substring(0, json.length() - 1) + ",\"eventId\":" + id + ",\"numMentions\":" + numMentions
                    + ",\"numSources\":" + numSources + ",\"numArticles\":" + numArticles + "}";
        }
    }

    /** A page of events and where the next one starts, if there are more. */
    public record EventPage(List<PagedEvent> events, Optional<PageCursor> next) {
        public EventPage {
            events = List.copyOf(events);
            Objects.requireNonNull(next, "next");
        }
    }

    /**
     * The events a filter selects, in an order, {@code size} of them after {@code after} (or from the
     * first).
     */
    public EventPage events(EventFilter filter, EventOrder order, Optional<PageCursor> after, int size)
            throws SQLException {
        Objects.requireNonNull(order, "order");
        if (size < 1) {
            throw new IllegalArgumentException("page size was " + size + "; it must be >= 1");
        }
        if (textOnly(filter) && (order == EventOrder.DATE || order == EventOrder.DATE_DESC)) {
            Optional<List<long[]>> first = firstByText(filter, order, after, size + 1);
            if (first.isPresent()) {
                return page(first.get(), order, size);
            }
        }
        EventQuery.Sql where = where(filter);
        // the page's numbers first, from the narrow columns the filters and the order read; then the wide JSON
        // of those events only (reading it for every matching event cost several times the query)
        StringBuilder sql = new StringBuilder("SELECT e.id FROM events e WHERE ").append(where.text());
        List<Object> params = new ArrayList<>(where.params());
        if (after.isPresent()) {
            PageCursor c = after.get();
            if (c.order() != order) {
                throw new IllegalArgumentException("cursor is for order " + c.order().label() + ", not " + order.label());
            }
            String cmp = order.descending ? "<" : ">";
            sql.append(" AND (").append(order.column).append(' ').append(cmp).append(" ? OR (").append(order.column)
                    .append(" = ? AND e.id ").append(cmp).append(" ?))");
            params.add(c.parameter());
            params.add(c.parameter());
            params.add(c.id());
        }
        // one more than asked, to know whether a next page exists
        sql.append(" ORDER BY ").append(order.orderBy()).append(" LIMIT ").append(size + 1);
        String page = "SELECT e.id, e.json, e.num_mentions, e.num_sources, e.num_articles, " + order.column
                + " FROM events e WHERE e.id IN (" + sql + ") ORDER BY " + order.orderBy();
        List<PagedEvent> out = new ArrayList<>();
        double lastKey = 0;
        boolean more = false;
        try (PreparedStatement ps = prepare(page, params); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                if (out.size() == size) {
                    more = true;
                    break;
                }
                out.add(new PagedEvent(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getInt(4), rs.getInt(5)));
                lastKey = switch (order) {
                    case DATE, DATE_DESC -> rs.getObject(6, java.time.LocalDate.class).toEpochDay();
                    default -> rs.getDouble(6);
                };
            }
        }
        Optional<PageCursor> next = more
                ? Optional.of(new PageCursor(order, lastKey, out.get(out.size() - 1).id())) : Optional.empty();
        return new EventPage(out, next);
    }

    /** True when a filter has a text criterion and no other. */
    private static boolean textOnly(EventFilter f) {
        EventQuery q = f.query();
        return q.text().isPresent() && q.actor().isEmpty() && q.source().isEmpty() && q.target().isEmpty()
                && q.country().isEmpty() && q.sector().isEmpty() && q.cameo().isEmpty() && q.quadClass().isEmpty()
                && q.plover().isEmpty() && q.from().isEmpty() && q.to().isEmpty() && q.place().isEmpty()
                && f.minConfidence().isEmpty() && f.maxConfidence().isEmpty();
    }

    /** The first events of a text search in date order, from the index, when it holds their dates. */
    private Optional<List<long[]>> firstByText(EventFilter filter, EventOrder order, Optional<PageCursor> after, int n) {
        try {
            return search.firstEvents(filter.query().text().get(), order.descending,
                    after.map(c -> new long[] {(long) c.key(), c.id()}), n);
        } catch (IOException e) {
            throw new UncheckedIOException("could not search the index of " + file + ": " + e.getMessage(), e);
        }
    }

    /** The page of the events numbered in {@code keys} ({day, number} in page order), one more meaning more. */
    private EventPage page(List<long[]> keys, EventOrder order, int size) throws SQLException {
        if (keys.isEmpty()) {
            return new EventPage(List.of(), Optional.empty());
        }
        List<Object> ids = new ArrayList<>();
        StringBuilder in = new StringBuilder();
        for (int i = 0; i < Math.min(size, keys.size()); i++) {
            in.append(i == 0 ? "(?)" : ", (?)");
            ids.add(keys.get(i)[1]);
        }
        List<PagedEvent> out = new ArrayList<>();
        try (PreparedStatement ps = prepare("SELECT e.id, e.json, e.num_mentions, e.num_sources, e.num_articles"
                // a list of constants is compared with every row (a quarter of a second over a million events when
                // the numbers are spread); the same numbers as a table are joined
                + " FROM events e WHERE e.id IN (SELECT id FROM (VALUES " + in + ") v(id)) ORDER BY " + order.orderBy(),
                ids);
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new PagedEvent(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getInt(4), rs.getInt(5)));
            }
        }
        if (keys.size() <= size || out.isEmpty()) {
            return new EventPage(out, Optional.empty());
        }
        long[] last = keys.get(size - 1);
        return new EventPage(out, Optional.of(new PageCursor(order, last[0], last[1])));
    }

    /** How many events a filter selects. */
    public long count(EventFilter filter) throws SQLException {
        AggregateSource from = filter.aggregateSource();
        EventQuery.Sql where = where(filter);
        try (PreparedStatement ps = prepare("SELECT coalesce(sum(" + from.events + "), 0) FROM " + from.from
                + " WHERE " + where.text(), where.params());
                ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /**
     * The condition of a filter over {@code e} (the events, or the daily counts when the filter allows),
     * with its text criterion answered by the full-text index.
     */
    EventQuery.Sql where(EventFilter filter) throws SQLException {
        EventQuery.Sql where = filter.where();
        Optional<String> text = filter.query().text();
        if (text.isEmpty()) {
            return where;
        }
        long[] ids;
        try {
            ids = search.eventIds(text.get());
        } catch (IOException e) {
            throw new UncheckedIOException("could not search the index of " + file + ": " + e.getMessage(), e);
        }
        // the hits go to a table of this connection: a statement with one parameter per hit would not scale
        try (Statement st = connection.createStatement()) {
            if (!hitsTable) {
                st.execute("CREATE OR REPLACE TEMP TABLE text_hits(id BIGINT)");
                hitsTable = true;
            } else {
                st.execute("TRUNCATE text_hits");
            }
        }
        try (DuckDBAppender appender = connection.createAppender("temp", "main", "text_hits")) {
            for (long id : ids) {
                appender.beginRow();
                appender.append(id);
                appender.endRow();
            }
        }
        return new EventQuery.Sql(where.text() + " AND e.id IN (SELECT id FROM text_hits)", where.params());
    }

    /** A statement with its parameters set, under the reader's timeout. */
    PreparedStatement prepare(String sql, List<Object> params) throws SQLException {
        PreparedStatement ps = connection.prepareStatement(sql);
        try {
            if (timeoutSeconds > 0) {
                ps.setQueryTimeout(timeoutSeconds);
            }
            for (int i = 0; i < params.size(); i++) {
                ps.setObject(i + 1, params.get(i));
            }
            return ps;
        } catch (SQLException | RuntimeException e) {
            ps.close();
            throw e;
        }
    }

    /** A statement with parameters given in order. */
    PreparedStatement prepare(String sql, Object... params) throws SQLException {
        return prepare(sql, List.of(params));
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
