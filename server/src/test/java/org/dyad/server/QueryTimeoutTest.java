package org.dyad.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** A statement DuckDB cancels at its timeout is answered as DYAD-A08, not as an internal error. */
class QueryTimeoutTest {
    @Test
    void duckdbsCancellationIsRecognisedAsATimeout() throws SQLException {
        Throwable thrown;
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
                PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM range(100000000000) t(x) WHERE x % 7 = 3")) {
            ps.setQueryTimeout(1);
            thrown = catchThrowable(() -> {
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                }
            });
        }
        assertThat(thrown).isInstanceOf(SQLException.class);
        assertThat(DyadServer.isTimeout(thrown)).isTrue();
        assertThat(DyadServer.isTimeout(new SQLException("Catalog Error: Table with name nope does not exist"))).isFalse();
        assertThat(DyadServer.isTimeout(new IllegalStateException("wrapped", new java.sql.SQLTimeoutException("x"))))
                .isTrue();
    }
}
