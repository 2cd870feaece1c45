package org.dyad.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.dyad.model.Event;

/**
 * One event with everything that supports it, and one article with everything coded in it, read
 * through a {@link StoreReader}. Offsets are character offsets into the article text, as in the
 * native event JSON.
 */
public final class StoreDetails {
    private final StoreReader reader;

    StoreDetails(StoreReader reader) {
        this.reader = reader;
    }

    /** An article as a report of an event names it. */
    public record ArticleRef(String id, LocalDate date, String title, String url, String sourceName, String origin) {
        public ArticleRef {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(date, "date");
        }
    }

    /** One article's report of a merged event: the event as that article gave it, with its evidence and spans. */
    public record Report(ArticleRef article, int position, Event event) {
        public Report {
            Objects.requireNonNull(article, "article");
            Objects.requireNonNull(event, "event");
        }
    }

    /**
     * A supporting sentence of a report (a row of GDELT's mentions table): its span and text, and the
     * offsets of the actors and the trigger in the article (-1 when outside the sentence).
     */
    public record Mention(String articleId, LocalDate articleDate, String sourceName, String url, int sentence,
            int begin, int end, String text, int actor1Offset, int actor2Offset, int actionOffset, double confidence) {
        public Mention {
            Objects.requireNonNull(articleId, "articleId");
            Objects.requireNonNull(text, "text");
        }
    }

    /** A merged event, the reports that make it up, and their supporting sentences. */
    public record EventDetail(StoredEvent event, List<Report> reports, List<Mention> mentions) {
        public EventDetail {
            Objects.requireNonNull(event, "event");
            reports = List.copyOf(reports);
            mentions = List.copyOf(mentions);
        }
    }

    /** The merged event with this number, if the store has it. */
    public Optional<EventDetail> event(long id) throws SQLException {
        StoredEvent event;
        try (PreparedStatement ps = reader.prepare("SELECT e.id, e.json, e.num_mentions, e.num_sources, e.num_articles"
                + " FROM events e WHERE e.id = ?", id); ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                return Optional.empty();
            }
            event = new StoredEvent(rs.getLong(1), EventQueries.parse(rs.getString(2)), rs.getInt(3), rs.getInt(4),
                    rs.getInt(5));
        }
        List<Report> reports = new ArrayList<>();
        try (PreparedStatement ps = reader.prepare("""
                SELECT a.id, a.date, a.title, a.url, a.source_name, a.origin, r.position, r.json
                FROM article_events r JOIN articles a ON a.seq = r.article_seq
                WHERE r.event_id = ? ORDER BY r.article_seq, r.position""", id); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                reports.add(new Report(articleRef(rs, 1), rs.getInt(7), EventQueries.parse(rs.getString(8))));
            }
        }
        List<Mention> mentions = new ArrayList<>();
        try (PreparedStatement ps = reader.prepare("""
                SELECT m.article_id, m.article_date, m.source_name, m.url, m.sentence, m."begin", m."end",
                  coalesce(s.text, ''), m.actor1_offset, m.actor2_offset, m.action_offset, m.confidence
                FROM event_mentions m LEFT JOIN sentences s ON s.article_seq = m.article_seq AND s.sentence = m.sentence
                WHERE m.event_id = ? ORDER BY m.article_seq, m.sentence, m.article_event_id""", id);
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                mentions.add(new Mention(rs.getString(1), rs.getObject(2, LocalDate.class), rs.getString(3),
                        rs.getString(4), rs.getInt(5), rs.getInt(6), rs.getInt(7), rs.getString(8), rs.getInt(9),
                        rs.getInt(10), rs.getInt(11), rs.getDouble(12)));
            }
        }
        return Optional.of(new EventDetail(event, reports, mentions));
    }

    private static ArticleRef articleRef(ResultSet rs, int first) throws SQLException {
        return new ArticleRef(rs.getString(first), rs.getObject(first + 1, LocalDate.class), rs.getString(first + 2),
                rs.getString(first + 3), rs.getString(first + 4), rs.getString(first + 5));
    }

    /** An actor mention: where it is, the code it resolved to and the rule and dictionary entry that gave it. */
    public record ActorSpan(int sentence, int begin, int end, String text, String code, String name, String rule,
            String entry, String version) {
        public ActorSpan {
            Objects.requireNonNull(code, "code");
        }
    }

    /** A quotation and its speaker's span ({@code -1} when no speaker was found). */
    public record QuoteSpan(int begin, int end, String text, String speaker, int speakerBegin, int speakerEnd,
            String rule) {
        public QuoteSpan {
            Objects.requireNonNull(text, "text");
        }
    }

    /** An event the article reported, with the number of the merged event it belongs to. */
    public record ArticleEvent(long eventId, int position, Event event) {
        public ArticleEvent {
            Objects.requireNonNull(event, "event");
        }
    }

    /** A stored article with its text and every coded span: actors, quotes and events with their evidence. */
    public record ArticleDetail(ArticleRef article, String source, String text, int sentenceCount,
            List<ActorSpan> actors, List<QuoteSpan> quotes, List<ArticleEvent> events) {
        public ArticleDetail {
            Objects.requireNonNull(article, "article");
            Objects.requireNonNull(text, "text");
            actors = List.copyOf(actors);
            quotes = List.copyOf(quotes);
            events = List.copyOf(events);
        }
    }

    /** The stored article with this id, if any. */
    public Optional<ArticleDetail> article(String id) throws SQLException {
        long seq;
        ArticleRef ref;
        String source;
        String text;
        int sentences;
        try (PreparedStatement ps = reader.prepare("SELECT a.id, a.date, a.title, a.url, a.source_name, a.origin, a.seq,"
                + " a.source, a.text, a.sentence_count FROM articles a WHERE a.id = ?", id);
                ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                return Optional.empty();
            }
            ref = articleRef(rs, 1);
            seq = rs.getLong(7);
            source = rs.getString(8);
            text = rs.getString(9);
            sentences = rs.getInt(10);
        }
        List<ActorSpan> actors = new ArrayList<>();
        try (PreparedStatement ps = reader.prepare("""
                SELECT sentence, "begin", "end", text, code, name, rule, entry, version FROM actors
                WHERE article_seq = ? ORDER BY "begin", "end", code""", seq); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                actors.add(new ActorSpan(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getString(4), rs.getString(5),
                        rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9)));
            }
        }
        List<QuoteSpan> quotes = new ArrayList<>();
        try (PreparedStatement ps = reader.prepare("""
                SELECT "begin", "end", text, speaker, speaker_begin, speaker_end, rule FROM quotes
                WHERE article_seq = ? ORDER BY idx""", seq); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                quotes.add(new QuoteSpan(rs.getInt(1), rs.getInt(2), rs.getString(3), rs.getString(4), rs.getInt(5),
                        rs.getInt(6), rs.getString(7)));
            }
        }
        List<ArticleEvent> events = new ArrayList<>();
        try (PreparedStatement ps = reader.prepare("SELECT event_id, position, json FROM article_events"
                + " WHERE article_seq = ? ORDER BY position", seq); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                events.add(new ArticleEvent(rs.getLong(1), rs.getInt(2), EventQueries.parse(rs.getString(3))));
            }
        }
        return Optional.of(new ArticleDetail(ref, source, text, sentences, actors, quotes, events));
    }

    /** True when an article with this id is stored or was quarantined: a feed item already dealt with. */
    public boolean holds(String articleId) throws SQLException {
        try (PreparedStatement ps = reader.prepare("SELECT EXISTS (SELECT 1 FROM articles WHERE id = ?)"
                + " OR EXISTS (SELECT 1 FROM quarantine WHERE article_id = ?)", articleId, articleId);
                ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getBoolean(1);
        }
    }
}
