package org.dyad.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.dyad.format.AnnotationCodec;
import org.dyad.model.AnnotatedDocument;
import org.dyad.model.Article;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The parse cache: the annotation stored with each article, looked up by the article's content
 * (date, title and text, whatever its id) and the analyzer that made it.
 *
 * <p>A stored annotation that fails its checksum or does not decode is reported as absent, so that
 * the caller analyses the article afresh, and remembered: when the writer next stores an article with
 * that content and analyzer, the damaged entries are replaced by its annotation ({@link #repair}).
 *
 * <p>{@link #find} is thread-safe (analysis workers call it) and reads through a connection of its
 * own; {@link #repair} runs on the writer's connection, inside its transaction.
 */
final class ParseCache implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ParseCache.class);

    private final Connection reader;
    /** Content hash and analyzer of each entry found damaged, with the article id it was found for. */
    private final Map<Key, String> damaged = new ConcurrentHashMap<>();

    private record Key(String contentHash, String analyzer) {
    }

    ParseCache(Connection connection) throws SQLException {
        this.reader = connection.unwrap(org.duckdb.DuckDBConnection.class).duplicate();
    }

    /** The stored annotation of an article's content made by {@code analyzer}, if one is stored and sound. */
    synchronized Optional<AnnotatedDocument> find(Article article, String analyzer) throws SQLException {
        String hash = ArticleWriter.contentHash(article);
        try (PreparedStatement ps = reader.prepareStatement("SELECT annotation FROM articles"
                + " WHERE text_hash = ? AND analyzer = ? AND annotation_format BETWEEN 1 AND ? ORDER BY seq LIMIT 1")) {
            ps.setString(1, hash);
            ps.setString(2, analyzer);
            ps.setInt(3, AnnotationCodec.FORMAT);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                try {
                    return Optional.of(AnnotationCodec.decode(article, rs.getBytes(1)));
                } catch (IllegalArgumentException e) {
                    LOG.warn("article {}: {}; analysing it again", article.id(), e.getMessage());
                    damaged.put(new Key(hash, analyzer), article.id());
                    return Optional.empty();
                }
            }
        }
    }

    /** How many damaged entries were found and are not yet repaired. */
    int damagedEntries() {
        return damaged.size();
    }

    /**
     * Replaces damaged entries of this content and analyzer by a sound annotation, in the caller's
     * transaction on {@code writer}.
     *
     * @return the number of entries replaced
     */
    int repair(Connection writer, Article article, String analyzer, byte[] annotation) throws SQLException {
        if (damaged.isEmpty()) {
            return 0;
        }
        Key key = new Key(ArticleWriter.contentHash(article), analyzer);
        if (!damaged.containsKey(key)) {
            return 0;
        }
        try (PreparedStatement ps = writer.prepareStatement("UPDATE articles SET annotation = ?, annotation_format = ?"
                + " WHERE text_hash = ? AND analyzer = ?")) {
            ps.setBytes(1, annotation);
            ps.setInt(2, AnnotationCodec.FORMAT);
            ps.setString(3, key.contentHash());
            ps.setString(4, key.analyzer());
            int n = ps.executeUpdate();
            LOG.info("article {}: replaced {} damaged parse cache entries", article.id(), n);
            return n;
        }
    }

    /** Forgets the damage of entries whose repair has committed (a repair rolled back leaves them damaged). */
    void repaired(Article article, String analyzer) {
        damaged.remove(new Key(ArticleWriter.contentHash(article), analyzer));
    }

    @Override
    public synchronized void close() throws SQLException {
        reader.close();
    }
}
