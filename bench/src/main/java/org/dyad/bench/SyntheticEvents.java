package org.dyad.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Properties;
import java.util.SplittableRandom;
import org.dyad.format.AnnotationCodec;
import org.dyad.format.EventJson;
import org.dyad.model.ActorRef;
import org.dyad.model.Article;
import org.dyad.model.Event;
import org.dyad.model.EventDate;
import org.dyad.model.EventType;
import org.dyad.model.Evidence;
import org.dyad.model.Provenance;
import org.dyad.model.Sentence;
import org.dyad.model.Trigger;
import org.dyad.store.StoredEvent;

/**
 * Large event stores drawn from the distributions of real coded events: the actors (code, name and
 * text of every actor mention Dyad found), the event types (CAMEO code with its name, QuadClass,
 * Goldstein and PLOVER mapping, as often as Dyad coded each), the calendar days of the articles
 * and the merge counts of a store coded from real news, and evidence sentences taken from those
 * articles' stored parses. Years are spread evenly over {@code years} years ending with the
 * latest article year, so the store spans an archive rather than a single season. Deterministic
 * for a seed.
 */
public final class SyntheticEvents {
    private final List<ActorRef> actors;
    private final List<EventType> types;
    private final List<MonthDay> days;
    private final List<int[]> counts;
    private final List<String> sentences;
    private final int lastYear;
    private final int years;

    private SyntheticEvents(List<ActorRef> actors, List<EventType> types, List<MonthDay> days, List<int[]> counts,
            List<String> sentences, int lastYear, int years) {
        if (actors.size() < 2 || types.isEmpty() || days.isEmpty() || sentences.isEmpty()) {
            throw new IllegalArgumentException("the source store has too little to sample from: " + actors.size()
                    + " actor mentions, " + types.size() + " events, " + days.size() + " articles; code more articles"
                    + " into it first");
        }
        this.actors = actors;
        this.types = types;
        this.days = days;
        this.counts = counts;
        this.sentences = sentences;
        this.lastYear = lastYear;
        this.years = years;
    }

    /** The distributions of a store coded from real articles. */
    public static SyntheticEvents from(java.nio.file.Path realStore, int years) throws SQLException {
        Properties p = new Properties();
        p.setProperty("duckdb.read_only", "true");
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + realStore.toAbsolutePath(), p);
                Statement st = c.createStatement()) {
            List<ActorRef> actors = new ArrayList<>();
            try (ResultSet rs = st.executeQuery("SELECT code, name, text FROM actors ORDER BY article_seq, sentence,"
                    + " token_begin")) {
                while (rs.next()) {
                    String text = rs.getString(3);
                    actors.add(new ActorRef(rs.getString(1), rs.getString(2), text, 0, text.length(),
                            new Provenance("synthetic", rs.getString(1), "bench")));
                }
            }
            List<EventType> types = new ArrayList<>();
            try (ResultSet rs = st.executeQuery("SELECT json FROM article_events ORDER BY article_seq, position")) {
                while (rs.next()) {
                    types.add(EventJson.fromJson(EventJson.mapper().readTree(rs.getString(1))).type());
                }
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IllegalStateException("a stored event is not valid JSON", e);
            }
            List<int[]> counts = new ArrayList<>();
            try (ResultSet rs = st.executeQuery("SELECT num_mentions, num_sources, num_articles FROM events ORDER BY id")) {
                while (rs.next()) {
                    counts.add(new int[] {rs.getInt(1), rs.getInt(2), rs.getInt(3)});
                }
            }
            List<MonthDay> days = new ArrayList<>();
            List<String> sentences = new ArrayList<>();
            int lastYear = 0;
            try (ResultSet rs = st.executeQuery("SELECT id, date, text, annotation FROM articles ORDER BY seq")) {
                while (rs.next()) {
                    LocalDate d = rs.getObject(2, LocalDate.class);
                    days.add(MonthDay.from(d));
                    lastYear = Math.max(lastYear, d.getYear());
                    Article a = Article.of(rs.getString(1), d, rs.getString(3));
                    for (Sentence s : AnnotationCodec.decode(a, rs.getBytes(4)).sentences()) {
                        String text = a.slice(s.begin(), s.end()).strip();
                        if (text.length() >= 40 && text.length() <= 400 && text.indexOf(' ') > 0) {
                            sentences.add(text);
                        }
                    }
                }
            }
            if (counts.isEmpty()) {
                counts.add(new int[] {1, 1, 1});
            }
            return new SyntheticEvents(actors, types, days, counts, sentences, lastYear, years);
        }
    }

    /** A summary of what is sampled from. */
    public String describe() {
        return actors.size() + " actor mentions (" + actors.stream().map(ActorRef::code).distinct().count()
                + " codes), " + types.size() + " coded events (" + types.stream().map(EventType::cameo).distinct().count()
                + " CAMEO codes), " + days.size() + " article dates, " + sentences.size() + " evidence sentences";
    }

    /** The actor codes, for drawing query parameters from the same distribution. */
    public String randomActorCode(SplittableRandom r) {
        return actors.get(r.nextInt(actors.size())).code();
    }

    /**
     * A word of the evidence sentences, as someone searching them might type it: letters only, at least
     * five of them, drawn from a sentence drawn as evidence is.
     */
    public String randomWord(SplittableRandom r) {
        for (int tries = 0; tries < 100; tries++) {
            String[] words = sentences.get(r.nextInt(sentences.size())).split("[^\\p{L}]+");
            List<String> usable = java.util.Arrays.stream(words).filter(w -> w.length() >= 5).toList();
            if (!usable.isEmpty()) {
                return usable.get(r.nextInt(usable.size())).toLowerCase(java.util.Locale.ROOT);
            }
        }
        throw new IllegalStateException("the evidence sentences hold no word of five letters");
    }

    /** A CAMEO code drawn as events are. */
    public String randomCameo(SplittableRandom r) {
        return types.get(r.nextInt(types.size())).cameo();
    }

    /** A date drawn as events' dates are. */
    public LocalDate randomDate(SplittableRandom r) {
        MonthDay md = days.get(r.nextInt(days.size()));
        int year = lastYear - r.nextInt(years);
        return md.atYear(year).plusDays(r.nextInt(7) - 3);
    }

    /**
     * {@code n} events numbered from 1 in date order, as a corpus coded in publication order numbers
     * them, drawn with the seed.
     */
    public Iterator<StoredEvent> events(long n, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        long[] dates = new long[Math.toIntExact(n)];
        for (int i = 0; i < dates.length; i++) {
            dates[i] = randomDate(r).toEpochDay();
        }
        java.util.Arrays.sort(dates);
        return new Iterator<>() {
            private long next = 1;

            @Override
            public boolean hasNext() {
                return next <= n;
            }

            @Override
            public StoredEvent next() {
                if (next > n) {
                    throw new NoSuchElementException();
                }
                long id = next++;
                ActorRef source = actors.get(r.nextInt(actors.size()));
                ActorRef target = actors.get(r.nextInt(actors.size()));
                for (int tries = 0; tries < 8 && target.code().equals(source.code()); tries++) {
                    target = actors.get(r.nextInt(actors.size()));
                }
                EventType type = types.get(r.nextInt(types.size()));
                LocalDate date = LocalDate.ofEpochDay(dates[(int) (id - 1)]);
                String text = sentences.get(r.nextInt(sentences.size()));
                int space = text.indexOf(' ');
                String articleId = "synthetic-" + (id / 3);
                Event e = new Event(articleId + "#" + id, articleId, date, EventDate.ofArticle(date), source,
                        r.nextInt(8) == 0 ? Optional.empty() : Optional.of(target), type, Optional.empty(),
                        Optional.empty(), new Trigger(0, 0, 0, space, text.substring(0, space)),
                        List.of(new Evidence(0, 0, text.length(), text)), 0.5 + r.nextInt(6) / 10.0,
                        new Provenance("synthetic", "", "bench"));
                int[] c = counts.get(r.nextInt(counts.size()));
                return new StoredEvent(id, e, c[0], c[1], c[2]);
            }
        };
    }
}
