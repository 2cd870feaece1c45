package org.dyad.store;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.LongSupplier;
import org.dyad.format.AnnotationCodec;
import org.dyad.format.EventJson;
import org.dyad.model.ActorRef;
import org.dyad.model.AnnotatedDocument;
import org.dyad.model.Article;
import org.dyad.model.Event;
import org.dyad.model.Evidence;
import org.dyad.model.Place;
import org.dyad.model.Quote;

/**
 * Turns one coded article into the rows of the store and places each of its events in a merged
 * event. Shared by coding (one article per transaction) and recoding (the whole store in one), so
 * that both fill the tables alike.
 */
final class ArticleWriter {
    /** Where an article's event went: the merged event it joined or founded. */
    record Placed(long eventId, boolean founded, Object[] eventRow, int mentions, String sourceName,
            String articleId) {
    }

    private ArticleWriter() {
    }

    /** The content hash that tells whether an article with a known id is the same article. */
    static String contentHash(Article a) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update(a.date().toString().getBytes(StandardCharsets.UTF_8));
            md.update((byte) 0);
            md.update(a.title().getBytes(StandardCharsets.UTF_8));
            md.update((byte) 0);
            md.update(a.text().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(md.digest(), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JVM lacks SHA-256", e);
        }
    }

    /**
     * The name of an article's information source, for GDELT's NumSources: the {@code source} field,
     * else the host of its URL, else its id (an article of unknown origin counts as a source of its own).
     */
    static String sourceName(Article a) {
        if (!a.source().isBlank()) {
            return a.source().strip();
        }
        if (!a.url().isBlank()) {
            try {
                String host = URI.create(a.url().strip()).getHost();
                if (host != null && !host.isBlank()) {
                    return host.startsWith("www.") ? host.substring(4) : host;
                }
            } catch (IllegalArgumentException e) {
                // not a URI: fall through to the id
            }
        }
        return a.id();
    }

    /** The article row; the annotation is the parse cache. */
    static Object[] articleRow(Article a, long seq, String origin, String analyzer, int sentences, byte[] annotation) {
        return new Object[] {seq, a.id(), a.date(), a.title(), a.url(), a.source(), sourceName(a), origin, a.text(),
            contentHash(a), sentences, analyzer, AnnotationCodec.FORMAT, annotation};
    }

    /**
     * Writes everything but the article row and merges the events. Each table's rows are written by a
     * method of its own: the JIT compiler then compiles small methods, once, rather than one large
     * method with its loops, again each time a loop's profile changes.
     *
     * @return one placement per event, in the article's event order
     */
    static List<Placed> writeCoding(Table.Rows rows, CodedDocument coded, long seq, EventMerger merger,
            LongSupplier nextId) throws SQLException {
        AnnotatedDocument doc = coded.document();
        Article a = doc.article();
        for (CodedDocument.Actor m : coded.actors()) {
            writeActor(rows, m, seq, a);
        }
        for (Quote q : doc.quotes()) {
            writeQuote(rows, q, seq, a);
        }
        Set<Integer> sentences = new TreeSet<>();
        String sourceName = sourceName(a);
        List<Placed> placed = new ArrayList<>(coded.events().size());
        for (Event e : coded.events()) {
            placed.add(writeEvent(rows, e, placed.size(), seq, a, sourceName, merger, nextId, sentences));
        }
        for (int s : sentences) {
            var sentence = doc.sentences().get(s);
            rows.add(Table.SENTENCES, seq, a.id(), s, sentence.begin(), sentence.end(),
                    a.slice(sentence.begin(), sentence.end()));
        }
        return placed;
    }

    private static void writeActor(Table.Rows rows, CodedDocument.Actor m, long seq, Article a) throws SQLException {
        ActorRef r = m.actor();
        rows.add(Table.ACTORS, seq, a.id(), m.sentence(), m.tokenBegin(), m.tokenEnd(), m.head(), r.code(), root(r.code()),
                sector(r.code()), r.name(), r.text(), r.begin(), r.end(), r.provenance().rule(), r.provenance().entry(),
                r.provenance().version());
    }

    private static void writeQuote(Table.Rows rows, Quote q, long seq, Article a) throws SQLException {
        rows.add(Table.QUOTES, seq, a.id(), q.index(), q.begin(), q.end(), q.text(),
                q.speaker().map(s -> s.text()).orElse(""), q.speaker().map(s -> s.begin()).orElse(-1),
                q.speaker().map(s -> s.end()).orElse(-1), q.provenance().rule(), q.provenance().version());
    }

    /**
     * Merges one event of an article (the {@code position}th) and writes its report and mention rows;
     * adds the sentences of its evidence to {@code sentences}.
     */
    private static Placed writeEvent(Table.Rows rows, Event e, int position, long seq, Article a, String sourceName,
            EventMerger merger, LongSupplier nextId, Set<Integer> sentences) throws SQLException {
        Set<String> terms = EventMerger.terms(e);
        EventMerger.Key key = EventMerger.Key.of(e);
        EventMerger.Member member = new EventMerger.Member(a.id(), terms);
        var match = merger.match(key, e.date().date(), a.id(), terms);
        long id;
        Object[] eventRow = null;
        String json = json(e);
        if (match.isPresent()) {
            id = match.get().id();
            merger.join(key, id, member);
        } else {
            id = nextId.getAsLong();
            merger.found(key, id, e.date().date(), member);
            eventRow = eventRow(id, e, a, json);
        }
        rows.add(Table.ARTICLE_EVENTS, e.id(), seq, a.id(), position, id, e.date().date(), e.source().code(),
                e.targetCode(), e.type().cameo(), EventMerger.join(terms), json);
        for (Evidence ev : e.evidence()) {
            sentences.add(ev.sentence());
            rows.add(Table.EVENT_MENTIONS, id, e.id(), seq, a.id(), a.date(), sourceName, a.url(), ev.sentence(),
                    ev.begin(), ev.end(), offsetIn(e.source(), ev), e.target().map(t -> offsetIn(t, ev)).orElse(-1),
                    e.trigger().sentence() == ev.sentence() ? e.trigger().begin() : -1, e.confidence(),
                    a.text().length());
        }
        return new Placed(id, match.isEmpty(), eventRow, e.evidence().size(), sourceName, a.id());
    }

    private static int offsetIn(ActorRef actor, Evidence ev) {
        return actor.begin() >= ev.begin() && actor.end() <= ev.end() ? actor.begin() : -1;
    }

    /** The row of a merged event founded by a report; counts start at this report's. */
    static Object[] eventRow(long id, Event e, Article a) {
        return eventRow(id, e, a, json(e));
    }

    /** {@link #eventRow(long, Event, Article)} given the event's {@link #json}. */
    static Object[] eventRow(long id, Event e, Article a, String json) {
        ActorRef s = e.source();
        Place p = e.location().orElse(null);
        return new Object[] {id, e.date().date(), e.date().precision().name().toLowerCase(java.util.Locale.ROOT),
            s.code(), s.name(), root(s.code()), sector(s.code()), e.targetCode(),
            e.target().map(ActorRef::name).orElse(""), root(e.targetCode()), sector(e.targetCode()), e.type().cameo(),
            e.type().root(), e.type().quadClass(), e.type().goldstein(), e.type().ploverType().orElse(""),
            e.type().ploverMode().orElse(""), p == null ? "" : p.type(), p == null ? "" : p.name(),
            p == null ? "" : p.countryCode(), p == null ? "" : p.adm1(), p == null ? null : p.latitude(),
            p == null ? null : p.longitude(), p == null ? 0L : p.geonamesId(), e.confidence(), a.id(), a.date(), a.url(),
            e.id(), e.evidence().size(), 1, 1, json};
    }

    /** An event in the native JSON form. */
    static String json(Event e) {
        try {
            return EventJson.mapper().writeValueAsString(EventJson.toJson(e));
        } catch (com.fasterxml.jackson.core.JsonProcessingException x) {
            throw new java.io.UncheckedIOException(x);
        }
    }

    /** The country or organisation part of an actor code: its first three letters. */
    static String root(String code) {
        return code.length() <= 3 ? code : code.substring(0, 3);
    }

    /** The sector of an actor code: the three letters after the root ({@code GOV} in {@code RUSGOV}), or "". */
    static String sector(String code) {
        return code.length() >= 6 ? code.substring(3, 6) : "";
    }
}
