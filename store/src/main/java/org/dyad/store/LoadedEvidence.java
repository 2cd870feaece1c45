package org.dyad.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Gives the events that {@link EventStore#load} appended (events without articles or mentions) the
 * rows that the full-text index and the event details read: one article per first-report article id,
 * whose text is its events' evidence sentences in order, a sentence row and a mention row per event.
 * Used to build large stores for measuring a served store's search; the articles carry no parse
 * ({@code analyzer} {@code bulk-load}, an empty annotation) and their content hash is the MD5 of the
 * text, so they are never taken for coded articles. One transaction.
 */
public final class LoadedEvidence {
    private LoadedEvidence() {
    }

    /**
     * Adds the rows for every event that has no mention yet.
     *
     * @return the number of events given evidence rows
     */
    public static long attach(EventStore store) throws SQLException {
        Connection c = store.connection();
        c.setAutoCommit(false);
        try (Statement st = c.createStatement()) {
            st.execute("""
                    CREATE OR REPLACE TEMP TABLE bulk_events AS
                    SELECT e.id, e.first_article_id AS aid, e.first_article_date AS adate, e.first_url AS url,
                      e.confidence, json_extract_string(e.json, '$.evidence[0].text') AS text,
                      CAST(row_number() OVER (PARTITION BY e.first_article_id ORDER BY e.id) - 1 AS INTEGER) AS sentence
                    FROM events e WHERE NOT EXISTS (SELECT 1 FROM event_mentions m WHERE m.event_id = e.id)""");
            st.execute("""
                    CREATE OR REPLACE TEMP TABLE bulk_articles AS
                    SELECT aid, any_value(adate) AS adate, any_value(url) AS url,
                      (SELECT coalesce(max(seq), 0) FROM articles) + row_number() OVER (ORDER BY min(id)) AS seq,
                      string_agg(text, ' ' ORDER BY id) AS body, CAST(count(*) AS INTEGER) AS n
                    FROM bulk_events GROUP BY aid""");
            st.execute("""
                    CREATE OR REPLACE TEMP TABLE bulk_spans AS
                    SELECT b.*, a.seq, CAST(length(a.body) AS INTEGER) AS doc_length,
                      CAST(coalesce(sum(length(b.text) + 1) OVER (PARTITION BY b.aid ORDER BY b.id
                        ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0) AS INTEGER) AS b
                    FROM bulk_events b JOIN bulk_articles a USING (aid)""");
            st.execute("""
                    INSERT INTO articles SELECT seq, aid, adate, '', url, '', aid, 'bulk-load', body, md5(body), n,
                      'bulk-load', 0, ''::BLOB FROM bulk_articles ORDER BY seq""");
            st.execute("""
                    INSERT INTO sentences SELECT seq, aid, sentence, b, b + CAST(length(text) AS INTEGER), text
                    FROM bulk_spans ORDER BY seq, sentence""");
            st.execute("""
                    INSERT INTO event_mentions SELECT id, aid || '#' || id, seq, aid, adate, aid, url, sentence, b,
                      b + CAST(length(text) AS INTEGER), -1, -1, -1, confidence, doc_length
                    FROM bulk_spans ORDER BY seq, sentence""");
            long n;
            try (var rs = st.executeQuery("SELECT count(*) FROM bulk_spans")) {
                rs.next();
                n = rs.getLong(1);
            }
            for (String t : new String[] {"bulk_spans", "bulk_articles", "bulk_events"}) {
                st.execute("DROP TABLE " + t);
            }
            c.commit();
            store.afterRecode();
            return n;
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(true);
        }
    }
}
