package org.dyad.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.dyad.format.EventJson;
import org.dyad.model.Event;

/**
 * The store's read-only queries: a page of merged events, their count, a timeline, the top actors,
 * the network of dyads, each over the events an {@link EventFilter} selects, with the full-text
 * condition of {@link EventQuery#text()} answered by the Lucene index beside the store. Aggregates are
 * computed from the daily counts when those can answer ({@link EventFilter#aggregateSource}). Used by
 * the thread that owns the store.
 */
final class EventQueries implements AutoCloseable {
    private final Connection connection;
    private final Path file;
    private SearchIndex search;

    EventQueries(Connection connection, Path file) {
        this.connection = connection;
        this.file = file;
    }

    /** One page of the selected events, as the filter's query pages them. */
    List<StoredEvent> events(EventFilter f) throws SQLException {
        EventQuery q = f.query();
        EventQuery.Sql where = textFiltered(f);
        String sql = "SELECT e.id, e.json, e.num_mentions, e.num_sources, e.num_articles FROM events e WHERE "
                + where.text() + " ORDER BY e.event_date, e.id LIMIT " + q.limit() + " OFFSET " + q.offset();
        List<StoredEvent> out = new ArrayList<>();
        try (PreparedStatement ps = prepare(sql, where.params()); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new StoredEvent(rs.getLong(1), parse(rs.getString(2)), rs.getInt(3), rs.getInt(4), rs.getInt(5)));
            }
        }
        return out;
    }

    long count(EventFilter f, AggregateSource from) throws SQLException {
        EventQuery.Sql where = aggregated(f, from);
        try (PreparedStatement ps = prepare("SELECT coalesce(sum(" + from.events + "), 0) FROM " + from.from
                + " WHERE " + where.text(), where.params());
                ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    List<TimelinePoint> timeline(EventFilter f, AggregateSource from) throws SQLException {
        EventQuery.Sql where = aggregated(f, from);
        List<TimelinePoint> out = new ArrayList<>();
        // the day as a number: a timeline has thousands of rows, and reading a DATE through JDBC costs more
        try (PreparedStatement ps = prepare("SELECT e.event_date - DATE '1970-01-01', e.quad_class, sum(" + from.events
                + ") AS n, CAST(sum(" + from.goldstein + ") AS DOUBLE) / CAST(n AS DOUBLE) FROM " + from.from + " WHERE "
                + where.text() + " GROUP BY e.event_date, e.quad_class ORDER BY 1, 2", where.params());
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new TimelinePoint(LocalDate.ofEpochDay(rs.getLong(1)), rs.getInt(2), rs.getLong(3),
                        rs.getDouble(4)));
            }
        }
        return out;
    }

    List<ActorCount> topActors(EventFilter f, int n, AggregateSource from) throws SQLException {
        EventQuery.Sql where = aggregated(f, from);
        List<ActorCount> out = new ArrayList<>();
        String sql = "WITH m AS (SELECT e.source_code, e.target_code, " + from.events + " AS n FROM " + from.from
                + " WHERE " + where.text() + "),"
                + " sides AS (SELECT source_code AS code, n AS s, 0 AS t FROM m"
                + " UNION ALL SELECT target_code, 0, n FROM m WHERE target_code <> '')"
                + " SELECT code, sum(s) + sum(t), sum(s), sum(t) FROM sides GROUP BY code ORDER BY 2 DESC, 1 LIMIT " + n;
        try (PreparedStatement ps = prepare(sql, where.params()); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new ActorCount(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)));
            }
        }
        return out;
    }

    List<NetworkEdge> network(EventFilter f, int n, AggregateSource from) throws SQLException {
        EventQuery.Sql where = aggregated(f, from);
        List<NetworkEdge> out = new ArrayList<>();
        String sql = "SELECT e.source_code, e.target_code, sum(" + from.events + ") AS n, CAST(sum(" + from.goldstein
                + ") AS DOUBLE) / CAST(n AS DOUBLE) FROM " + from.from + " WHERE " + where.text()
                + " AND e.target_code <> '' GROUP BY ALL ORDER BY 3 DESC, 1, 2 LIMIT " + n;
        try (PreparedStatement ps = prepare(sql, where.params()); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new NetworkEdge(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getDouble(4)));
            }
        }
        return out;
    }

    /** The condition of an aggregate over {@code from}, which must be able to answer the filter. */
    private EventQuery.Sql aggregated(EventFilter f, AggregateSource from) throws SQLException {
        Objects.requireNonNull(from, "from");
        if (from == AggregateSource.DAILY_COUNTS && !f.servedByDailyCounts()) {
            throw new IllegalArgumentException("the daily counts cannot answer a query with " + f.eventOnlyCriteria()
                    + "; compute it from AggregateSource.EVENTS");
        }
        return textFiltered(f);
    }

    /** The full-text index beside the store, brought up to date with it. */
    SearchIndex search() throws IOException, SQLException {
        if (search == null) {
            search = new SearchIndex(Path.of(file.toAbsolutePath() + ".search"));
        }
        search.update(connection);
        return search;
    }

    private EventQuery.Sql textFiltered(EventFilter f) throws SQLException {
        EventQuery.Sql where = f.where();
        Optional<String> text = f.query().text();
        if (text.isEmpty()) {
            return where;
        }
        Set<Long> ids;
        try {
            ids = search().eventIds(text.get());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (Statement st = connection.createStatement()) {
            st.execute("CREATE OR REPLACE TEMP TABLE text_hits(id BIGINT)");
        }
        try (var appender = connection.unwrap(org.duckdb.DuckDBConnection.class).createAppender("temp", "main", "text_hits")) {
            for (long id : ids) {
                appender.beginRow();
                appender.append(id);
                appender.endRow();
            }
        }
        return new EventQuery.Sql(where.text() + " AND e.id IN (SELECT id FROM text_hits)", where.params());
    }

    private PreparedStatement prepare(String sql, List<Object> params) throws SQLException {
        PreparedStatement ps = connection.prepareStatement(sql);
        try {
            for (int i = 0; i < params.size(); i++) {
                ps.setObject(i + 1, params.get(i));
            }
            return ps;
        } catch (SQLException | RuntimeException e) {
            // the caller closes the statement it gets; one it never gets is closed here
            ps.close();
            throw e;
        }
    }

    static Event parse(String json) {
        try {
            return EventJson.fromJson(EventJson.mapper().readTree(json));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored event is not valid JSON: " + e.getOriginalMessage(), e);
        }
    }

    @Override
    public void close() throws IOException {
        if (search != null) {
            search.close();
        }
    }
}
