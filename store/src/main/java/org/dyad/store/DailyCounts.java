package org.dyad.store;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dyad.model.Event;

/**
 * The table {@code dyad_days}: the merged events of a store counted per source code, target code,
 * event date and QuadClass, with the exact sum of their Goldstein values ({@code DECIMAL(18, 3)}).
 * A timeline, a count, the top actors and the network of a query that filters on actors, dates and
 * QuadClass only are computed from it instead of from the events, with results equal to computing
 * them from the events ({@link AggregateSource}).
 *
 * <p><b>Kept current in the writer's transaction.</b> A merged event's date, dyad and type are those
 * of the report that founded it and never change, so the table changes only when an event is
 * founded ({@link #add} and {@link #flush}, called by {@link EventStore#write} in its transaction) or
 * when the events are rewritten as a whole ({@link #rebuild}, called by a recode and a bulk load in theirs).
 * Reports that join an existing event change its mention counts only, not the daily counts.
 *
 * <p><b>Kept in dyad order.</b> DuckDB skips the row groups whose minimum and maximum exclude a
 * filter, so rows are kept sorted by source root, target root, date and QuadClass: a dyad's
 * timeline then reads the few row groups that hold that dyad, whatever the size of the store.
 * Rows that a write inserts are appended after the sorted rows; when the count of rows crosses the
 * next of a geometric series of sizes ({@link #compactionDue}: every eighth more rows, from
 * {@value #FIRST_COMPACTION} on), the write's transaction rewrites the table in order. So the
 * unsorted tail stays under an eighth of the table; the rows are the same whichever articles a
 * transaction held, and only their physical order can differ.
 *
 * <p>One instance per store connection; not thread-safe (the store's writer thread uses it).
 */
final class DailyCounts implements AutoCloseable {
    /** Row count from which the table is kept sorted by compaction; below it a scan costs nothing worth saving. */
    static final long FIRST_COMPACTION = 4096;

    /** The order rows are kept in. */
    static final String ORDER = "source_root, target_root, event_date, quad_class, source_code, target_code";

    private static final String KEY = "source_root = ? AND target_root = ? AND source_code = ? AND target_code = ?"
            + " AND event_date = ? AND quad_class = ?";

    private final Connection connection;
    private PreparedStatement update;
    private long rows;
    /** The dyads the table had rows for when first asked, or null until then. */
    private Set<List<String>> storedDyads;
    /** For each dyad written to since the last reload, the rows the table holds. */
    private final Map<List<String>, Set<Day>> knownDays = new HashMap<>();
    /** Counts added since the last flush for rows the table lacks, in the order of their first events. */
    private final Map<Day, Tally> fresh = new LinkedHashMap<>();
    /** Counts added since the last flush for rows the table holds. */
    private final Map<Day, Tally> counted = new LinkedHashMap<>();

    /** The most rows {@link #knownDays} holds before it is dropped and read again as dyads come. */
    static final int KNOWN_DAYS = 100_000;

    private final int maxKnownDays;
    private int knownDayCount;

    DailyCounts(Connection connection) throws SQLException {
        this(connection, KNOWN_DAYS);
    }

    /** Daily counts that keep what they know of at most {@code maxKnownDays} rows between flushes. */
    DailyCounts(Connection connection, int maxKnownDays) throws SQLException {
        if (maxKnownDays < 1) {
            throw new IllegalArgumentException("maxKnownDays was " + maxKnownDays + "; need at least 1");
        }
        this.connection = connection;
        this.maxKnownDays = maxKnownDays;
        reload();
    }

    /** Reads the row count again (after a rollback, a rebuild or a bulk change). */
    void reload() throws SQLException {
        forgetRows();
        fresh.clear();
        counted.clear();
        try (Statement st = connection.createStatement();
                ResultSet rs = st.executeQuery("SELECT count(*) FROM dyad_days")) {
            rs.next();
            rows = rs.getLong(1);
        }
    }

    /** Drops what is known of the table's rows: it is read again, dyad by dyad, when asked. */
    private void forgetRows() {
        storedDyads = null;
        knownDays.clear();
        knownDayCount = 0;
    }

    /** Rows in the table, as this connection last wrote or read them. */
    long rows() {
        return rows;
    }

    /**
     * Counts newly founded merged events, inside the caller's transaction; {@link #flush} writes the
     * counts before the transaction commits. Which rows exist is read once per dyad and kept while
     * this writer's transactions succeed (for up to {@value #KNOWN_DAYS} rows), so an event of a dyad
     * new to the store costs no statement.
     */
    void add(List<Event> founded) throws SQLException {
        for (Event e : founded) {
            Day d = Day.of(e);
            Tally t = fresh.get(d);
            if (t == null) {
                t = stored(d.source(), d.target()).contains(d) ? counted.computeIfAbsent(d, k -> new Tally())
                        : fresh.computeIfAbsent(d, k -> new Tally());
            }
            t.add(e.type().goldstein());
        }
    }

    /**
     * Writes what {@link #add} counted: rows new to the table through {@code rows} (appended when the
     * caller closes them, in the order their first events were added), and the rows already stored
     * updated with one statement each.
     */
    void flush(Table.Rows rows) throws SQLException {
        for (Map.Entry<Day, Tally> t : fresh.entrySet()) {
            Day d = t.getKey();
            rows.add(Table.DYAD_DAYS, d.source(), ArticleWriter.root(d.source()), ArticleWriter.sector(d.source()),
                    d.target(), ArticleWriter.root(d.target()), ArticleWriter.sector(d.target()), d.date(),
                    d.quadClass(), t.getValue().events, t.getValue().goldstein);
            if (stored(d.source(), d.target()).add(d)) {
                knownDayCount++;
            }
            this.rows++;
        }
        fresh.clear();
        for (Map.Entry<Day, Tally> t : counted.entrySet()) {
            Day d = t.getKey();
            if (update == null) {
                update = connection.prepareStatement("UPDATE dyad_days SET events = events + ?,"
                        + " goldstein_sum = goldstein_sum + ? WHERE " + KEY);
            }
            update.setLong(1, t.getValue().events);
            update.setBigDecimal(2, t.getValue().goldstein);
            update.setString(3, ArticleWriter.root(d.source()));
            update.setString(4, ArticleWriter.root(d.target()));
            update.setString(5, d.source());
            update.setString(6, d.target());
            update.setObject(7, d.date());
            update.setInt(8, d.quadClass());
            if (update.executeUpdate() != 1) {
                throw new IllegalStateException("the daily counts lack the row of " + d + " that they held");
            }
        }
        counted.clear();
        if (knownDayCount > maxKnownDays) {
            // a long run touches most dyads of a large table: keep the memory bounded and read the rows again,
            // from the table, which has them once the caller's rows are closed
            forgetRows();
        }
    }

    /** The days and QuadClasses a dyad has rows for, read from the table on the dyad's first use. */
    private Set<Day> stored(String source, String target) throws SQLException {
        if (storedDyads == null) {
            storedDyads = new HashSet<>();
            try (Statement st = connection.createStatement();
                    ResultSet rs = st.executeQuery("SELECT DISTINCT source_code, target_code FROM dyad_days")) {
                while (rs.next()) {
                    storedDyads.add(List.of(rs.getString(1), rs.getString(2)));
                }
            }
        }
        List<String> dyad = List.of(source, target);
        Set<Day> days = knownDays.get(dyad);
        if (days != null) {
            return days;
        }
        days = new HashSet<>();
        if (storedDyads.contains(dyad)) {
            try (PreparedStatement ps = connection.prepareStatement(
                    "SELECT event_date, quad_class FROM dyad_days WHERE source_code = ? AND target_code = ?")) {
                ps.setString(1, source);
                ps.setString(2, target);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        days.add(new Day(source, target, rs.getObject(1, LocalDate.class), rs.getInt(2)));
                    }
                    knownDayCount += days.size();
                }
            }
        }
        knownDays.put(dyad, days);
        return days;
    }

    /** The key of a row. */
    private record Day(String source, String target, LocalDate date, int quadClass) {
        static Day of(Event e) {
            return new Day(e.source().code(), e.targetCode(), e.date().date(), e.type().quadClass());
        }
    }

    /** The events of an article counted under one key, and their Goldstein sum. */
    private static final class Tally {
        long events;
        BigDecimal goldstein = BigDecimal.ZERO.setScale(3);

        void add(double value) {
            events++;
            // at the column's scale, as DuckDB casts a DOUBLE to DECIMAL(18, 3)
            goldstein = goldstein.add(BigDecimal.valueOf(value).setScale(3, RoundingMode.HALF_UP));
        }
    }

    /** Recomputes the whole table from {@code events}, in order, inside the caller's transaction. */
    void rebuild() throws SQLException {
        try (Statement st = connection.createStatement()) {
            st.execute("DELETE FROM dyad_days");
            st.execute("INSERT INTO dyad_days SELECT source_code, source_root, source_sector, target_code, target_root,"
                    + " target_sector, event_date, quad_class, count(*), sum(CAST(goldstein AS DECIMAL(18, 3)))"
                    + " FROM events GROUP BY ALL ORDER BY " + ORDER);
        }
        reload();
    }

    /**
     * True when growing from {@code before} to {@code after} rows crosses a size of the series
     * {@code s(0) = FIRST_COMPACTION, s(k+1) = s(k) + s(k) / 8}: the table is then rewritten in order.
     */
    static boolean compactionDue(long before, long after) {
        if (after < FIRST_COMPACTION || after <= before) {
            return false;
        }
        long size = FIRST_COMPACTION;
        while (size <= before) {
            size += size / 8;
        }
        return size <= after;
    }

    @Override
    public void close() throws SQLException {
        if (update != null) {
            update.close();
        }
    }
}
