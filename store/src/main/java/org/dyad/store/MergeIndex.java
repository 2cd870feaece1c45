package org.dyad.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * The store's side of merging reports into real-world events: gives the {@link EventMerger} the
 * merged events stored for a dyad and CAMEO root, and recounts a merged event's mentions, sources
 * and articles after a report joined it.
 *
 * <p>The merge keys of the stored events are read once as sorted hashes, so that a report of a dyad
 * and family new to the store costs no query; they are read again after {@link #forget}. Used by the
 * store's one writing thread.
 */
final class MergeIndex implements AutoCloseable {
    private final Connection connection;
    private final String file;
    private final EventMerger merger;
    /** The query of merged events by dyad and root, prepared on first use. */
    private PreparedStatement clusterQuery;
    /** The stored events' merge keys as sorted hashes, or null until merging first asks. */
    private long[] storedKeys;

    MergeIndex(Connection connection, String file, EventMerger.Rule rule) {
        this.connection = connection;
        this.file = file;
        this.merger = new EventMerger(rule, this::clusters);
    }

    EventMerger merger() {
        return merger;
    }

    /** Makes the merger read the store again: after a rollback or a change of the events as a whole. */
    void forget() {
        merger.forget();
        storedKeys = null;
    }

    /** Sets a merged event's counts from its mentions. */
    void recount(Collection<Long> eventIds) throws SQLException {
        if (eventIds.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = connection.prepareStatement("""
                UPDATE events SET
                  num_mentions = (SELECT count(*) FROM event_mentions m WHERE m.event_id = ?),
                  num_sources = (SELECT count(DISTINCT source_name) FROM event_mentions m WHERE m.event_id = ?),
                  num_articles = (SELECT count(DISTINCT article_id) FROM event_mentions m WHERE m.event_id = ?)
                WHERE id = ?""")) {
            for (long id : eventIds) {
                for (int i = 1; i <= 4; i++) {
                    ps.setLong(i, id);
                }
                ps.executeUpdate();
            }
        }
    }

    private static long keyHash(String source, String target, String cameoRoot) {
        long h = 1125899906842597L;
        for (String part : new String[] {source, target, cameoRoot}) {
            for (int i = 0; i < part.length(); i++) {
                h = 31 * h + part.charAt(i);
            }
            h = 31 * h + 0x1F;
        }
        return h;
    }

    private List<EventMerger.Cluster> clusters(EventMerger.Key key) {
        List<EventMerger.Cluster> out = new ArrayList<>();
        try {
            if (storedKeys == null) {
                storedKeys = readKeys();
            }
            if (Arrays.binarySearch(storedKeys, keyHash(key.source(), key.target(), key.cameoRoot())) < 0) {
                return out;
            }
            if (clusterQuery == null) {
                // prepared once: merging asks for the clusters of every event written
                clusterQuery = connection.prepareStatement("""
                        SELECT e.id, e.event_date, a.article_id, a.terms FROM events e
                        JOIN article_events a ON a.event_id = e.id
                        WHERE e.source_code = ? AND e.target_code = ? AND e.cameo_root = ?
                        ORDER BY e.id, a.article_seq, a.position""");
            }
            PreparedStatement ps = clusterQuery;
            ps.setString(1, key.source());
            ps.setString(2, key.target());
            ps.setString(3, key.cameoRoot());
            try (ResultSet rs = ps.executeQuery()) {
                long current = -1;
                LocalDate date = null;
                List<EventMerger.Member> members = new ArrayList<>();
                while (rs.next()) {
                    long id = rs.getLong(1);
                    if (id != current && current != -1) {
                        out.add(new EventMerger.Cluster(current, date, members));
                        members = new ArrayList<>();
                    }
                    current = id;
                    date = rs.getObject(2, LocalDate.class);
                    members.add(new EventMerger.Member(rs.getString(3), EventMerger.split(rs.getString(4))));
                }
                if (current != -1) {
                    out.add(new EventMerger.Cluster(current, date, members));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read merged events of " + key + " from " + file + ": "
                    + e.getMessage(), e);
        }
        return out;
    }

    private long[] readKeys() throws SQLException {
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(
                "SELECT DISTINCT source_code, target_code, cameo_root FROM events")) {
            long[] hashes = new long[64];
            int n = 0;
            while (rs.next()) {
                if (n == hashes.length) {
                    hashes = Arrays.copyOf(hashes, 2 * n);
                }
                hashes[n++] = keyHash(rs.getString(1), rs.getString(2), rs.getString(3));
            }
            long[] keys = Arrays.copyOf(hashes, n);
            Arrays.sort(keys);
            return keys;
        }
    }

    @Override
    public void close() throws SQLException {
        if (clusterQuery != null) {
            clusterQuery.close();
        }
    }
}
