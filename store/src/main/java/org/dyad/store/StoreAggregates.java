package org.dyad.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Aggregates of the events a filter selects, read through a {@link StoreReader}: timelines by day,
 * week or month, the network of directed edges, the most active actors and the places events
 * happened. Counts and Goldstein sums come from the daily counts per dyad when the filter allows,
 * from the events otherwise, with equal results ({@link AggregateSource}).
 */
public final class StoreAggregates {
    private final StoreReader reader;

    StoreAggregates(StoreReader reader) {
        this.reader = reader;
    }

    /**
     * Events by bucket and QuadClass with their mean Goldstein value, in order of bucket and QuadClass;
     * each point's date is the first day of its bucket.
     */
    public List<TimelinePoint> timeline(EventFilter filter, TimeBucket bucket) throws SQLException {
        Objects.requireNonNull(bucket, "bucket");
        AggregateSource from = filter.aggregateSource();
        EventQuery.Sql where = reader.where(filter);
        List<TimelinePoint> out = new ArrayList<>();
        String sql = "SELECT " + bucket.sql + " - DATE '1970-01-01' AS d, e.quad_class, sum(" + from.events
                + ") AS n, CAST(sum(" + from.goldstein + ") AS DOUBLE) / CAST(n AS DOUBLE) FROM " + from.from
                + " WHERE " + where.text() + " GROUP BY d, e.quad_class ORDER BY 1, 2";
        try (PreparedStatement ps = reader.prepare(sql, where.params()); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new TimelinePoint(LocalDate.ofEpochDay(rs.getLong(1)), rs.getInt(2), rs.getLong(3),
                        rs.getDouble(4)));
            }
        }
        return out;
    }

    /** The {@code n} heaviest directed edges among the selected events that have a target. */
    public List<NetworkEdge> network(EventFilter filter, int n) throws SQLException {
        checkLimit(n);
        AggregateSource from = filter.aggregateSource();
        EventQuery.Sql where = reader.where(filter);
        List<NetworkEdge> out = new ArrayList<>();
        String sql = "SELECT e.source_code, e.target_code, sum(" + from.events + ") AS n, CAST(sum(" + from.goldstein
                + ") AS DOUBLE) / CAST(n AS DOUBLE) FROM " + from.from + " WHERE " + where.text()
                + " AND e.target_code <> '' GROUP BY ALL ORDER BY 3 DESC, 1, 2 LIMIT " + n;
        try (PreparedStatement ps = reader.prepare(sql, where.params()); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new NetworkEdge(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getDouble(4)));
            }
        }
        return out;
    }

    /** The {@code n} actor codes in most selected events, most first (ties by code). */
    public List<ActorCount> topActors(EventFilter filter, int n) throws SQLException {
        checkLimit(n);
        AggregateSource from = filter.aggregateSource();
        EventQuery.Sql where = reader.where(filter);
        List<ActorCount> out = new ArrayList<>();
        String sql = "WITH m AS (SELECT e.source_code, e.target_code, " + from.events + " AS n FROM " + from.from
                + " WHERE " + where.text() + "),"
                + " sides AS (SELECT source_code AS code, n AS s, 0 AS t FROM m"
                + " UNION ALL SELECT target_code, 0, n FROM m WHERE target_code <> '')"
                + " SELECT code, sum(s) + sum(t), sum(s), sum(t) FROM sides GROUP BY code ORDER BY 2 DESC, 1 LIMIT " + n;
        try (PreparedStatement ps = reader.prepare(sql, where.params()); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new ActorCount(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)));
            }
        }
        return out;
    }

    /**
     * A place where selected events happened: its gazetteer entry and how many events there were, by
     * QuadClass, with their mean Goldstein value.
     */
    public record PlaceCount(String name, String type, String countryCode, String adm1, double latitude,
            double longitude, long geonamesId, long events, List<Long> byQuadClass, double meanGoldstein) {
        public PlaceCount {
            Objects.requireNonNull(name, "name");
            byQuadClass = List.copyOf(byQuadClass);
            if (byQuadClass.size() != 4) {
                throw new IllegalArgumentException("byQuadClass has " + byQuadClass.size() + " counts; QuadClass is 1-4");
            }
        }
    }

    /** The {@code n} places with most selected events, most first; events without a place are left out. */
    public List<PlaceCount> places(EventFilter filter, int n) throws SQLException {
        checkLimit(n);
        EventQuery.Sql where = reader.where(filter);
        List<PlaceCount> out = new ArrayList<>();
        String sql = "SELECT e.place_name, any_value(e.place_type), e.place_country, any_value(e.place_adm1),"
                + " e.place_lat, e.place_lon, e.place_geonames, count(*) AS n,"
                + " count(*) FILTER (WHERE e.quad_class = 1), count(*) FILTER (WHERE e.quad_class = 2),"
                + " count(*) FILTER (WHERE e.quad_class = 3), count(*) FILTER (WHERE e.quad_class = 4),"
                + " CAST(sum(CAST(e.goldstein AS DECIMAL(18, 3))) AS DOUBLE) / CAST(n AS DOUBLE)"
                + " FROM events e WHERE " + where.text() + " AND e.place_lat IS NOT NULL AND e.place_lon IS NOT NULL"
                + " GROUP BY e.place_name, e.place_country, e.place_lat, e.place_lon, e.place_geonames"
                + " ORDER BY n DESC, 1, 7 LIMIT " + n;
        try (PreparedStatement ps = reader.prepare(sql, where.params()); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new PlaceCount(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getDouble(5), rs.getDouble(6), rs.getLong(7), rs.getLong(8),
                        List.of(rs.getLong(9), rs.getLong(10), rs.getLong(11), rs.getLong(12)), rs.getDouble(13)));
            }
        }
        return out;
    }

    private static void checkLimit(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("limit was " + n + "; it must be >= 1");
        }
    }
}
