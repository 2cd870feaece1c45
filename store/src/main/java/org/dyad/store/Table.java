package org.dyad.store;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/** The tables that writing and recoding articles fill, with their column counts, and how to fill them. */
enum Table {
    ARTICLES("articles", 14),
    SENTENCES("sentences", 6),
    ACTORS("actors", 16),
    QUOTES("quotes", 11),
    ARTICLE_EVENTS("article_events", 11),
    EVENTS("events", 33),
    EVENT_MENTIONS("event_mentions", 15),
    DYAD_DAYS("dyad_days", 10),
    ARTICLE_SELECTIONS("article_selections", 2);

    final String sqlName;
    final int columns;

    Table(String sqlName, int columns) {
        this.sqlName = sqlName;
        this.columns = columns;
    }

    /**
     * Receives rows, in table column order. Values are String, Integer, Long, Double, BigDecimal (for a
     * DECIMAL column of the same scale), LocalDate, byte[] or null.
     */
    interface Rows extends AutoCloseable {
        void add(Table t, Object... values) throws SQLException;

        @Override
        void close() throws SQLException;
    }

    /**
     * Rows written with DuckDB appenders, which reach the connection's transaction (opened here when
     * auto-commit is off) when they are closed: one flush a table instead of one statement a row.
     */
    static Rows appenders(Connection c) throws SQLException {
        if (!c.getAutoCommit()) {
            // DuckDB's driver opens a transaction at its first statement; rows that appenders flushed before
            // any statement would be committed on their own, outside the caller's transaction
            try (Statement st = c.createStatement()) {
                st.execute("SELECT 1");
            }
        }
        DuckDBConnection duck = c.unwrap(DuckDBConnection.class);
        Map<Table, DuckDBAppender> open = new EnumMap<>(Table.class);
        return new Rows() {
            @Override
            public void add(Table t, Object... values) throws SQLException {
                check(t, values);
                DuckDBAppender a = open.get(t);
                if (a == null) {
                    a = duck.createAppender(DuckDBConnection.DEFAULT_SCHEMA, t.sqlName);
                    open.put(t, a);
                }
                a.beginRow();
                for (Object v : values) {
                    if (v == null) {
                        a.appendNull();
                    } else if (v instanceof String s) {
                        a.append(s);
                    } else if (v instanceof Integer i) {
                        a.append(i.intValue());
                    } else if (v instanceof Long l) {
                        a.append(l.longValue());
                    } else if (v instanceof Double d) {
                        a.append(d.doubleValue());
                    } else if (v instanceof BigDecimal d) {
                        a.append(d);
                    } else if (v instanceof LocalDate d) {
                        a.append(d);
                    } else if (v instanceof byte[] b) {
                        a.append(b);
                    } else {
                        throw new IllegalArgumentException("cannot append a " + v.getClass().getName() + " to " + t.sqlName);
                    }
                }
                a.endRow();
            }

            @Override
            public void close() throws SQLException {
                for (DuckDBAppender a : open.values()) {
                    a.close(); // flushes the rows into the connection's transaction
                }
                open.clear();
            }
        };
    }

    private static void check(Table t, Object[] values) {
        if (values.length != t.columns) {
            throw new IllegalArgumentException(t.sqlName + " has " + t.columns + " columns; got " + values.length
                    + " values");
        }
    }
}
