package org.dyad.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The store's schema as an ordered list of migrations. A store records in {@code schema_migrations}
 * every migration applied to it; opening a store applies those it lacks in one transaction, so that a store
 * stopped while it is created or upgraded is left at its old version, never between two.
 * Migrations are append-only: never edit one that has shipped, add the next version instead.
 *
 * <p>Tables (documented with their columns in {@code docs/store.md}):
 * {@code articles} (with the parse cache), {@code sentences} (those that support events),
 * {@code actors} (actor mentions), {@code quotes}, {@code article_events} (events as each article
 * reported them), {@code events} (real-world events after merging, with GDELT's counts),
 * {@code event_mentions} (one row per supporting sentence), {@code dyad_days} (merged events counted per
 * dyad, day and QuadClass: see {@link DailyCounts}), {@code article_selections} (the selection each
 * selectively analysed parse was checked against: see {@link Recoder}), {@code quarantine} and
 * {@code store_meta}.
 */
public final class Schema {
    /** One step of the schema. */
    public record Migration(int version, String description, List<String> statements) {
        public Migration {
            if (version < 1) {
                throw new IllegalArgumentException("migration version was " + version + "; versions start at 1");
            }
            statements = List.copyOf(statements);
        }
    }

    private static final List<Migration> MIGRATIONS = List.of(
            new Migration(1, "articles with parse cache, events merged across articles, mentions, actors, quotes,"
                    + " quarantine", List.of(
                    """
                    CREATE TABLE store_meta(key VARCHAR NOT NULL, value VARCHAR NOT NULL)""",
                    """
                    CREATE TABLE articles(
                      seq BIGINT NOT NULL, id VARCHAR NOT NULL, date DATE NOT NULL, title VARCHAR NOT NULL,
                      url VARCHAR NOT NULL, source VARCHAR NOT NULL, source_name VARCHAR NOT NULL,
                      origin VARCHAR NOT NULL, text VARCHAR NOT NULL, text_hash VARCHAR NOT NULL,
                      sentence_count INTEGER NOT NULL, analyzer VARCHAR NOT NULL,
                      annotation_format INTEGER NOT NULL, annotation BLOB NOT NULL)""",
                    """
                    CREATE TABLE sentences(
                      article_seq BIGINT NOT NULL, article_id VARCHAR NOT NULL, sentence INTEGER NOT NULL,
                      "begin" INTEGER NOT NULL, "end" INTEGER NOT NULL, text VARCHAR NOT NULL)""",
                    """
                    CREATE TABLE actors(
                      article_seq BIGINT NOT NULL, article_id VARCHAR NOT NULL, sentence INTEGER NOT NULL,
                      token_begin INTEGER NOT NULL, token_end INTEGER NOT NULL, head INTEGER NOT NULL,
                      code VARCHAR NOT NULL, root VARCHAR NOT NULL, sector VARCHAR NOT NULL, name VARCHAR NOT NULL,
                      text VARCHAR NOT NULL, "begin" INTEGER NOT NULL, "end" INTEGER NOT NULL,
                      rule VARCHAR NOT NULL, entry VARCHAR NOT NULL, version VARCHAR NOT NULL)""",
                    """
                    CREATE TABLE quotes(
                      article_seq BIGINT NOT NULL, article_id VARCHAR NOT NULL, idx INTEGER NOT NULL,
                      "begin" INTEGER NOT NULL, "end" INTEGER NOT NULL, text VARCHAR NOT NULL,
                      speaker VARCHAR NOT NULL, speaker_begin INTEGER NOT NULL, speaker_end INTEGER NOT NULL,
                      rule VARCHAR NOT NULL, version VARCHAR NOT NULL)""",
                    """
                    CREATE TABLE article_events(
                      id VARCHAR NOT NULL, article_seq BIGINT NOT NULL, article_id VARCHAR NOT NULL,
                      position INTEGER NOT NULL, event_id BIGINT NOT NULL, event_date DATE NOT NULL,
                      source_code VARCHAR NOT NULL, target_code VARCHAR NOT NULL, cameo VARCHAR NOT NULL,
                      terms VARCHAR NOT NULL, json VARCHAR NOT NULL)""",
                    """
                    CREATE TABLE events(
                      id BIGINT NOT NULL, event_date DATE NOT NULL, date_precision VARCHAR NOT NULL,
                      source_code VARCHAR NOT NULL, source_name VARCHAR NOT NULL, source_root VARCHAR NOT NULL,
                      source_sector VARCHAR NOT NULL, target_code VARCHAR NOT NULL, target_name VARCHAR NOT NULL,
                      target_root VARCHAR NOT NULL, target_sector VARCHAR NOT NULL,
                      cameo VARCHAR NOT NULL, cameo_root VARCHAR NOT NULL, quad_class INTEGER NOT NULL,
                      goldstein DOUBLE NOT NULL, plover_type VARCHAR NOT NULL, plover_mode VARCHAR NOT NULL,
                      place_type VARCHAR NOT NULL, place_name VARCHAR NOT NULL, place_country VARCHAR NOT NULL,
                      place_adm1 VARCHAR NOT NULL, place_lat DOUBLE, place_lon DOUBLE, place_geonames BIGINT NOT NULL,
                      confidence DOUBLE NOT NULL, first_article_id VARCHAR NOT NULL, first_article_date DATE NOT NULL,
                      first_url VARCHAR NOT NULL, representative VARCHAR NOT NULL,
                      num_mentions INTEGER NOT NULL, num_sources INTEGER NOT NULL, num_articles INTEGER NOT NULL,
                      json VARCHAR NOT NULL)""",
                    """
                    CREATE TABLE event_mentions(
                      event_id BIGINT NOT NULL, article_event_id VARCHAR NOT NULL, article_seq BIGINT NOT NULL,
                      article_id VARCHAR NOT NULL, article_date DATE NOT NULL, source_name VARCHAR NOT NULL,
                      url VARCHAR NOT NULL, sentence INTEGER NOT NULL, "begin" INTEGER NOT NULL, "end" INTEGER NOT NULL,
                      actor1_offset INTEGER NOT NULL, actor2_offset INTEGER NOT NULL, action_offset INTEGER NOT NULL,
                      confidence DOUBLE NOT NULL, doc_length INTEGER NOT NULL)""",
                    """
                    CREATE TABLE quarantine(
                      code VARCHAR NOT NULL, error VARCHAR NOT NULL, origin VARCHAR NOT NULL,
                      article_id VARCHAR NOT NULL, reason VARCHAR NOT NULL, excerpt VARCHAR NOT NULL)""")),
            new Migration(2, "daily counts of merged events per dyad, QuadClass and day, with their Goldstein sum",
                    List.of(
                    """
                    CREATE TABLE dyad_days(
                      source_code VARCHAR NOT NULL, source_root VARCHAR NOT NULL, source_sector VARCHAR NOT NULL,
                      target_code VARCHAR NOT NULL, target_root VARCHAR NOT NULL, target_sector VARCHAR NOT NULL,
                      event_date DATE NOT NULL, quad_class INTEGER NOT NULL, events BIGINT NOT NULL,
                      goldstein_sum DECIMAL(18, 3) NOT NULL)""",
                    """
                    INSERT INTO dyad_days SELECT source_code, source_root, source_sector, target_code, target_root,
                      target_sector, event_date, quad_class, count(*), sum(CAST(goldstein AS DECIMAL(18, 3)))
                    FROM events GROUP BY ALL
                    ORDER BY source_root, target_root, event_date, quad_class, source_code, target_code""")),
            new Migration(3, "the selection each stored parse was last checked against, so that a recode with the"
                    + " same dictionaries and code need not check it again", List.of(
                    """
                    CREATE TABLE article_selections(article_seq BIGINT NOT NULL, fingerprint VARCHAR NOT NULL)""")));

    private Schema() {
    }

    /** Every migration, in order. */
    public static List<Migration> migrations() {
        return MIGRATIONS;
    }

    /** The version a store has after {@link #migrate}. */
    public static int latestVersion() {
        return MIGRATIONS.get(MIGRATIONS.size() - 1).version();
    }

    /**
     * Brings a store's schema up to date, all missing migrations in one transaction.
     *
     * @return the number of migrations applied
     * @throws IllegalStateException when the store was written by a newer Dyad
     */
    static int migrate(Connection c) throws SQLException {
        return migrate(c, MIGRATIONS);
    }

    /** Applies those of {@code migrations} (in order, the last the latest) that a store lacks. */
    static int migrate(Connection c, List<Migration> migrations) throws SQLException {
        int latest = migrations.get(migrations.size() - 1).version();
        int applied = 0;
        boolean auto = c.getAutoCommit();
        c.setAutoCommit(false);
        try {
            int current = currentVersion(c);
            if (current > latest) {
                throw new IllegalStateException("the store has schema version " + current + " but this Dyad knows up"
                        + " to " + latest + "; open it with a newer Dyad");
            }
            for (Migration m : migrations) {
                if (m.version() <= current) {
                    continue;
                }
                try (Statement st = c.createStatement()) {
                    for (String sql : m.statements()) {
                        st.execute(sql);
                    }
                }
                try (PreparedStatement ps = c.prepareStatement(
                        "INSERT INTO schema_migrations(version, description) VALUES (?, ?)")) {
                    ps.setInt(1, m.version());
                    ps.setString(2, m.description());
                    ps.executeUpdate();
                }
                applied++;
            }
            c.commit();
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(auto);
        }
        return applied;
    }

    /** The highest migration applied to a store opened read-only, 0 when it has none. */
    static int currentVersionReadOnly(Connection c) throws SQLException {
        try (Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT count(*) FROM information_schema.tables"
                        + " WHERE table_name = 'schema_migrations'")) {
            rs.next();
            if (rs.getLong(1) == 0) {
                return 0;
            }
        }
        try (Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT coalesce(max(version), 0) FROM schema_migrations")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    /** The highest migration applied to a store, 0 for a new one. */
    static int currentVersion(Connection c) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute("CREATE TABLE IF NOT EXISTS schema_migrations(version INTEGER NOT NULL,"
                    + " description VARCHAR NOT NULL)");
            try (ResultSet rs = st.executeQuery("SELECT coalesce(max(version), 0) FROM schema_migrations")) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }
}
