package org.dyad.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** How much a store holds, and digests of its content that say whether two stores hold the same data. */
final class StoreDigest {
    private final Connection connection;

    StoreDigest(Connection connection) {
        this.connection = connection;
    }

    StoreCounts counts() throws SQLException {
        return new StoreCounts(scalar("SELECT count(*) FROM articles"), scalar("SELECT count(*) FROM sentences"),
                scalar("SELECT count(*) FROM article_events"), scalar("SELECT count(*) FROM events"),
                scalar("SELECT count(*) FROM event_mentions"), scalar("SELECT count(*) FROM actors"),
                scalar("SELECT count(*) FROM quotes"), scalar("SELECT count(*) FROM quarantine"),
                scalar("SELECT count(*) FROM dyad_days"));
    }

    private long scalar(String sql) throws SQLException {
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    String contentDigest() throws SQLException {
        MessageDigest md = sha256();
        for (Map.Entry<String, String> e : tableDigests().entrySet()) {
            md.update(e.getKey().getBytes(StandardCharsets.UTF_8));
            md.update(e.getValue().getBytes(StandardCharsets.UTF_8));
        }
        return HexFormat.of().formatHex(md.digest());
    }

    Map<String, String> tableDigests() throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Statement st = connection.createStatement();
                ResultSet rs = st.executeQuery("SELECT table_name FROM information_schema.tables"
                        + " WHERE table_schema = 'main' ORDER BY 1")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        Map<String, String> out = new TreeMap<>();
        for (String t : tables) {
            MessageDigest md = sha256();
            try (Statement st = connection.createStatement();
                    ResultSet rs = st.executeQuery("SELECT * FROM \"" + t + "\" ORDER BY ALL")) {
                ResultSetMetaData meta = rs.getMetaData();
                int n = meta.getColumnCount();
                while (rs.next()) {
                    for (int i = 1; i <= n; i++) {
                        Object v = rs.getObject(i);
                        byte[] bytes = v == null ? new byte[] {(byte) 0xFF}
                                : v instanceof byte[] b ? b
                                : v instanceof java.sql.Blob blob ? blob.getBytes(1, (int) blob.length())
                                : v.toString().getBytes(StandardCharsets.UTF_8);
                        md.update(bytes);
                        md.update((byte) 0);
                    }
                    md.update((byte) '\n');
                }
            }
            out.put(t, HexFormat.of().formatHex(md.digest()));
        }
        return out;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JVM lacks SHA-256", e);
        }
    }
}
