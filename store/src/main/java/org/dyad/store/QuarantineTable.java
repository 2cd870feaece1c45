package org.dyad.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.dyad.model.Rejection;

/** The quarantined records a store keeps: each (origin, code, article) once, however often it is seen. */
final class QuarantineTable {
    private final Connection connection;

    QuarantineTable(Connection connection) {
        this.connection = connection;
    }

    /** Keeps a record; true when it was new. */
    boolean add(Rejection r) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("""
                INSERT INTO quarantine SELECT ?, ?, ?, ?, ?, ?
                WHERE NOT EXISTS (SELECT 1 FROM quarantine WHERE origin = ? AND code = ? AND article_id = ?)""")) {
            ps.setString(1, r.code().id());
            ps.setString(2, r.code().name());
            ps.setString(3, r.origin());
            ps.setString(4, r.articleId());
            ps.setString(5, r.reason());
            ps.setString(6, r.excerpt());
            ps.setString(7, r.origin());
            ps.setString(8, r.code().id());
            ps.setString(9, r.articleId());
            return ps.executeUpdate() > 0;
        }
    }

    /** Drops the records a recode quarantined, before it recodes again. */
    void clearRecodeFailures(String... codes) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(
                "DELETE FROM quarantine WHERE code = ? AND origin LIKE 'recode:%'")) {
            for (String c : codes) {
                ps.setString(1, c);
                ps.executeUpdate();
            }
        }
    }
}
