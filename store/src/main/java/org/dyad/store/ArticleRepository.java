package org.dyad.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dyad.format.AnnotationCodec;
import org.dyad.model.Article;
import org.dyad.model.ErrorCode;
import org.dyad.model.Event;
import org.dyad.model.Rejection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes articles with their parses and events: screens ids against what is stored, stores batches of
 * coded articles in one transaction each (merging their events with the stored ones, keeping the daily
 * counts, repairing damaged parse cache entries of the same content), and bulk-loads events.
 * Used by the store's one writing thread.
 */
final class ArticleRepository {
    private static final Logger LOG = LoggerFactory.getLogger(ArticleRepository.class);

    private final Connection connection;
    private final String file;
    private final MergeIndex merges;
    private final DailyCounts daily;
    private final ParseCache cache;
    private long nextSeq;
    private long nextEventId;

    ArticleRepository(Connection connection, String file, MergeIndex merges, DailyCounts daily, ParseCache cache)
            throws SQLException {
        this.connection = connection;
        this.file = file;
        this.merges = merges;
        this.daily = daily;
        this.cache = cache;
        reloadCounters();
    }

    void reloadCounters() throws SQLException {
        nextSeq = scalar("SELECT coalesce(max(seq), 0) + 1 FROM articles");
        nextEventId = scalar("SELECT coalesce(max(id), 0) + 1 FROM events");
    }

    private long scalar(String sql) throws SQLException {
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** The content hash of the stored article with this id, if any. */
    Optional<String> storedHash(String articleId) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("SELECT text_hash FROM articles WHERE id = ?")) {
            ps.setString(1, articleId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        }
    }

    /** The reason to quarantine an article whose id is stored with other content, if it is. */
    Optional<Rejection> screen(Article article, String origin) {
        Optional<String> stored = storedHashUnchecked(article.id());
        if (stored.isEmpty() || stored.get().equals(ArticleWriter.contentHash(article))) {
            return Optional.empty();
        }
        return Optional.of(new Rejection(ErrorCode.DUPLICATE_ID, origin, article.id(),
                "a different article with this id is already stored in " + file, article.text()));
    }

    private Optional<String> storedHashUnchecked(String articleId) {
        try {
            return storedHash(articleId);
        } catch (SQLException e) {
            throw new IllegalStateException("could not look article " + articleId + " up in " + file + ": "
                    + e.getMessage(), e);
        }
    }

    /** See {@link EventStore#write(List, String)}. */
    List<EventStore.WriteResult> write(List<EventStore.Submission> batch, String analyzer) throws SQLException {
        List<EventStore.WriteResult> results = new ArrayList<>(batch.size());
        List<EventStore.Submission> fresh = new ArrayList<>();
        List<EventStore.Submission> known = new ArrayList<>();
        List<byte[]> annotations = new ArrayList<>();
        Map<String, String> hashes = new HashMap<>();
        for (EventStore.Submission s : batch) {
            Article a = s.article().document().article();
            String hash = ArticleWriter.contentHash(a);
            Optional<String> stored = Optional.ofNullable(hashes.get(a.id())).or(() -> storedHashUnchecked(a.id()));
            if (stored.isPresent()) {
                boolean same = stored.get().equals(hash);
                results.add(same ? EventStore.WriteResult.ALREADY_STORED : EventStore.WriteResult.CONFLICT);
                if (same) {
                    known.add(s);
                }
                continue;
            }
            hashes.put(a.id(), hash);
            fresh.add(s);
            annotations.add(AnnotationCodec.encode(s.article().document()));
            results.add(EventStore.WriteResult.STORED);
        }
        if (fresh.isEmpty() && (known.isEmpty() || cache.damagedEntries() == 0)) {
            return results;
        }
        long[] ids = {nextEventId};
        long seq = nextSeq;
        long dailyRows = daily.rows();
        List<Article> repaired = new ArrayList<>();
        connection.setAutoCommit(false);
        try {
            Set<Long> joined = new LinkedHashSet<>();
            // appenders: one flush a table instead of a statement a row; the rows reach the transaction when
            // they close, before the counts below read the mentions
            try (Table.Rows rows = Table.appenders(connection)) {
                for (int k = 0; k < fresh.size(); k++, seq++) {
                    CodedDocument coded = fresh.get(k).article();
                    Article a = coded.document().article();
                    rows.add(Table.ARTICLES, ArticleWriter.articleRow(a, seq, fresh.get(k).origin(), analyzer,
                            coded.document().sentences().size(), annotations.get(k)));
                    List<ArticleWriter.Placed> placed = ArticleWriter.writeCoding(rows, coded, seq, merges.merger(),
                            () -> ids[0]++);
                    List<Event> founded = new ArrayList<>();
                    for (int i = 0; i < placed.size(); i++) {
                        ArticleWriter.Placed p = placed.get(i);
                        if (p.founded()) {
                            rows.add(Table.EVENTS, p.eventRow());
                            founded.add(coded.events().get(i));
                        } else {
                            joined.add(p.eventId());
                        }
                    }
                    daily.add(founded);
                }
                daily.flush(rows);
            }
            merges.recount(joined);
            if (DailyCounts.compactionDue(dailyRows, daily.rows())) {
                daily.rebuild();
            }
            // an article analysed afresh because its stored parse was damaged repairs that parse
            for (int k = 0; k < fresh.size(); k++) {
                Article a = fresh.get(k).article().document().article();
                if (cache.repair(connection, a, analyzer, annotations.get(k)) > 0) {
                    repaired.add(a);
                }
            }
            for (EventStore.Submission s : known) {
                Article a = s.article().document().article();
                if (cache.repair(connection, a, analyzer, AnnotationCodec.encode(s.article().document())) > 0) {
                    repaired.add(a);
                }
            }
            connection.commit();
            nextSeq = seq;
            nextEventId = ids[0];
            repaired.forEach(a -> cache.repaired(a, analyzer));
            for (EventStore.Submission f : fresh) {
                LOG.debug("stored article {} ({} events)", f.article().id(), f.article().events().size());
            }
            return results;
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            merges.forget();
            daily.reload();
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
    }

    /** See {@link EventStore#load}. */
    long load(Iterator<StoredEvent> events) throws SQLException {
        long n = 0;
        connection.setAutoCommit(false);
        try {
            try (Table.Rows rows = Table.appenders(connection)) {
                while (events.hasNext()) {
                    StoredEvent s = events.next();
                    Event e = s.event();
                    Object[] row = ArticleWriter.eventRow(s.id(), e, Article.of(e.articleId(), e.articleDate(),
                            e.evidence().get(0).text()));
                    row[29] = s.numMentions();
                    row[30] = s.numSources();
                    row[31] = s.numArticles();
                    rows.add(Table.EVENTS, row);
                    n++;
                }
            }
            daily.rebuild();
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            daily.reload();
            throw e;
        } finally {
            connection.setAutoCommit(true);
            merges.forget();
        }
        reloadCounters();
        return n;
    }
}
