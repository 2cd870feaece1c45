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

    /** The rows of a query over the store's tables, each as its values in column order. */
    public static List<List<Object>> rows(EventStore store, String sql) throws SQLException {
        List<List<Object>> out = new ArrayList<>();
        try (Statement st = store.connection().createStatement(); ResultSet rs = st.executeQuery(sql)) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                List<Object> row = new ArrayList<>(n);
                for (int i = 1; i <= n; i++) {
                    row.add(rs.getObject(i));
                }
                out.add(row);
            }
        }
        return out;
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
