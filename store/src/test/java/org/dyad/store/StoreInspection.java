package org.dyad.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * What tests of the modules above the store read of its tables directly: the rows a query gives, and
 * the rows of the daily counts that differ from the events' own sums. For tests only.
 */
public final class StoreInspection {
    private StoreInspection() {
    }

    /** The rows of a query over the store's tables, each as its values in column order (BLOBs as byte arrays). */
    public static List<List<Object>> rows(EventStore store, String sql) throws SQLException {
        List<List<Object>> out = new ArrayList<>();
        try (Statement st = store.connection().createStatement(); ResultSet rs = st.executeQuery(sql)) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                List<Object> row = new ArrayList<>(n);
                for (int i = 1; i <= n; i++) {
                    Object v = rs.getObject(i);
                    // a BLOB as its bytes
                    row.add(v instanceof java.sql.Blob b ? b.getBytes(1, (int) b.length()) : v);
                }
                out.add(row);
            }
        }
        return out;
    }

    /** Runs a statement with parameters on the store's tables; returns the rows it changed. */
    public static int update(EventStore store, String sql, Object... params) throws SQLException {
        try (java.sql.PreparedStatement ps = store.connection().prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            return ps.executeUpdate();
        }
    }

    /** Runs a statement on the store's tables. */
    public static void execute(EventStore store, String sql) throws SQLException {
        try (Statement st = store.connection().createStatement()) {
            st.execute(sql);
        }
    }

    /** Rows in one of the daily counts and the events' aggregation but not in the other. */
    public static List<String> dailyCountDifferences(EventStore store) throws Exception {
        return DailyCountsTest.differences(store);
    }
}
