package org.dyad.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
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
 * founded ({@link #add}, called by {@link EventStore#write} in the article's transaction) or when the
 * events are rewritten as a whole ({@link #rebuild}, called by a recode and a bulk load in theirs).
 * Reports that join an existing event change its mention counts only, not the daily counts.
 *
 * <p><b>Kept in dyad order.</b> DuckDB skips the row groups whose minimum and maximum exclude a
 * filter, so rows are kept sorted by source root, target root, date and QuadClass: a dyad's
 * timeline then reads the few row groups that hold that dyad, whatever the size of the store.
 * Rows that a write inserts are appended after the sorted rows; when the count of rows crosses the
 * next of a geometric series of sizes ({@link #compactionDue}: every eighth more rows, from
 * {@value #FIRST_COMPACTION} on), the write's transaction rewrites the table in order. The series
 * depends on the row count alone, so two runs that store the same articles compact at the same
 * points, and the unsorted tail stays under an eighth of the table.
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
    private PreparedStatement insert;
    private long rows;

    DailyCounts(Connection connection) throws SQLException {
        this.connection = connection;
        reload();
    }

    /** Reads the row count again (after a rollback, a rebuild or a bulk change). */
    void reload() throws SQLException {
        try (Statement st = connection.createStatement();
                ResultSet rs = st.executeQuery("SELECT count(*) FROM dyad_days")) {
            rs.next();
            rows = rs.getLong(1);
        }
    }

    /** Rows in the table, as this connection last wrote or read them. */
    long rows() {
        return rows;
    }

    /**
     * Counts a newly founded merged event, inside the caller's transaction.
     *
     * @return true when the event's dyad, day and QuadClass had no row yet and one was appended
     */
    boolean add(Event e) throws SQLException {
        String source = e.source().code();
        String target = e.targetCode();
        if (update == null) {
            update = connection.prepareStatement("UPDATE dyad_days SET events = events + 1,"
                    + " goldstein_sum = goldstein_sum + CAST(? AS DECIMAL(18, 3)) WHERE " + KEY);
            insert = connection.prepareStatement("INSERT INTO dyad_days VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1,"
                    + " CAST(? AS DECIMAL(18, 3)))");
        }
        update.setDouble(1, e.type().goldstein());
        update.setString(2, ArticleWriter.root(source));
        update.setString(3, ArticleWriter.root(target));
        update.setString(4, source);
        update.setString(5, target);
        update.setObject(6, e.date().date());
        update.setInt(7, e.type().quadClass());
        if (update.executeUpdate() > 0) {
            return false;
        }
        insert.setString(1, source);
        insert.setString(2, ArticleWriter.root(source));
        insert.setString(3, ArticleWriter.sector(source));
        insert.setString(4, target);
        insert.setString(5, ArticleWriter.root(target));
        insert.setString(6, ArticleWriter.sector(target));
        insert.setObject(7, e.date().date());
        insert.setInt(8, e.type().quadClass());
        insert.setDouble(9, e.type().goldstein());
        insert.executeUpdate();
        rows++;
        return true;
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
        try {
            if (update != null) {
                update.close();
            }
        } finally {
            if (insert != null) {
                insert.close();
            }
        }
    }
}
