package org.dyad.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.assertj.core.api.SoftAssertions;
import org.dyad.format.EventJson;
import org.dyad.model.ActorRef;
import org.dyad.model.AnnotatedDocument;
import org.dyad.model.Article;
import org.dyad.model.Event;
import org.dyad.model.EventDate;
import org.dyad.model.testkit.Conllu;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The daily counts per dyad give the aggregates that computing them from the events gives, on stores
 * written article by article (with reports merged across articles), recoded, and bulk-loaded.
 */
class DailyCountsTest {
    @TempDir
    Path dir;

    /** Queries the daily counts can answer: every kind of actor criterion, dates and QuadClass. */
    private static Map<String, EventQuery> queries() {
        EventQuery all = EventQuery.all();
        return Map.ofEntries(
                Map.entry("all", all),
                Map.entry("source root", all.withSource("RUS")),
                Map.entry("source code", all.withSource("RUSGOV")),
                Map.entry("target root", all.withTarget("CHN")),
                Map.entry("dyad", all.withSource("RUS").withTarget("FRA")),
                Map.entry("dyad of codes", all.withSource("RUSGOV").withTarget("CHNGOV")),
                Map.entry("actor prefix", all.withActor("RUS")),
                Map.entry("country", all.withCountry("UKR")),
                Map.entry("sector", all.withSector("GOV")),
                Map.entry("quad 1", all.withQuadClass(1)),
                Map.entry("quad 4 of a country", all.withCountry("RUS").withQuadClass(4)),
                Map.entry("dates", all.withDates(Optional.of(LocalDate.parse("2022-01-27")),
                        Optional.of(LocalDate.parse("2024-03-05")))),
                Map.entry("from", all.withDates(Optional.of(LocalDate.parse("2024-03-02")), Optional.empty())),
                Map.entry("nothing matches", all.withSource("ZZZ")));
    }

    /**
     * The sample article with the events the standard coder gave it, a syndicated copy of it with the
     * events the coder gave the copy (both kept as native JSON in the test resources, so that the store's
     * tests need no coder), and the fixture reports.
     */
    static List<CodedDocument> articles() throws IOException {
        List<CodedDocument> out = new ArrayList<>();
        AnnotatedDocument sample = Conllu.sample();
        Article a = sample.article();
        AnnotatedDocument copy = new AnnotatedDocument(new Article("syndicated-copy", a.date().plusDays(1), "", a.text(),
                "https://news.example.org/putin-macron", "Example News"), sample.sentences(), sample.entities(),
                sample.times(), sample.coreference(), sample.quotes(), sample.layers());
        out.add(new CodedDocument(sample, List.of(), events("sample.events.jsonl")));
        out.add(new CodedDocument(copy, List.of(), events("syndicated-copy.events.jsonl")));
        out.addAll(StoreFixtures.articles());
        return out;
    }

    private static List<Event> events(String resource) throws IOException {
        List<Event> out = new ArrayList<>();
        try (var in = DailyCountsTest.class.getResourceAsStream(resource)) {
            for (String line : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank()) {
                    out.add(EventJson.fromJson(EventJson.mapper().readTree(line)));
                }
            }
        }
        return out;
    }

    private EventStore written(String name) throws Exception {
        EventStore store = EventStore.open(dir.resolve(name));
        for (CodedDocument c : articles()) {
            store.write(c, "test", "test-analyzer");
        }
        return store;
    }

    /** Every aggregate of every query is the same from the daily counts as from the events, and the table is their sum. */
    static void assertAgree(EventStore store) throws Exception {
        SoftAssertions soft = new SoftAssertions();
        for (Map.Entry<String, EventQuery> e : queries().entrySet()) {
            EventQuery q = e.getValue();
            soft.assertThat(store.timeline(q, AggregateSource.DAILY_COUNTS)).as("timeline, " + e.getKey())
                    .isEqualTo(store.timeline(q, AggregateSource.EVENTS));
            soft.assertThat(store.count(q, AggregateSource.DAILY_COUNTS)).as("count, " + e.getKey())
                    .isEqualTo(store.count(q, AggregateSource.EVENTS));
            soft.assertThat(store.topActors(q, 100, AggregateSource.DAILY_COUNTS)).as("top actors, " + e.getKey())
                    .isEqualTo(store.topActors(q, 100, AggregateSource.EVENTS));
            soft.assertThat(store.network(q, 100, AggregateSource.DAILY_COUNTS)).as("network, " + e.getKey())
                    .isEqualTo(store.network(q, 100, AggregateSource.EVENTS));
        }
        soft.assertThat(differences(store)).as("rows of dyad_days that differ from the events' sums").isEmpty();
        soft.assertAll();
    }

    /** Rows in one of dyad_days and the events' aggregation but not in the other. */
    static List<String> differences(EventStore store) throws Exception {
        String fromEvents = "SELECT source_code, source_root, source_sector, target_code, target_root, target_sector,"
                + " event_date, quad_class, count(*), sum(CAST(goldstein AS DECIMAL(18, 3))) FROM events GROUP BY ALL";
        List<String> out = new ArrayList<>();
        try (Statement st = store.connection().createStatement();
                ResultSet rs = st.executeQuery("(SELECT 'table only', * FROM (SELECT * FROM dyad_days EXCEPT ALL "
                        + fromEvents + ")) UNION ALL (SELECT 'events only', * FROM (" + fromEvents
                        + " EXCEPT ALL SELECT * FROM dyad_days))")) {
            while (rs.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= 11; i++) {
                    row.append(rs.getString(i)).append(i < 11 ? " " : "");
                }
                out.add(row.toString());
            }
        }
        return out;
    }

    @Test
    void articlesWrittenOneByOneWithMergedReportsGiveTheAggregatesOfTheEvents() throws Exception {
        try (EventStore store = written("w.duckdb")) {
            StoreCounts c = store.counts();
            // the copy's reports and the two reports of the visit joined events instead of founding them
            assertThat(c.articleEvents()).isGreaterThan(c.events());
            assertThat(store.count(EventQuery.all())).isEqualTo(c.events());
            assertThat(store.timeline(EventQuery.all())).isNotEmpty();
            assertAgree(store);
        }
    }

    @Test
    void theTimelineOfTheMergedVisitCountsItOnce() throws Exception {
        try (EventStore store = written("v.duckdb")) {
            List<TimelinePoint> points = store.timeline(EventQuery.all().withSource("RUS").withTarget("CHN"));
            assertThat(points).containsExactly(
                    new TimelinePoint(LocalDate.parse("2024-03-01"), 1, 1, 2.8),
                    new TimelinePoint(LocalDate.parse("2024-03-20"), 1, 1, 1.9));
        }
    }

    /**
     * An article of two Russian acts against Ukraine on one day, of two CAMEO families (so they never
     * merge), given as code, name, QuadClass and Goldstein value.
     */
    private static CodedDocument twoActs(String id, String[] first, String[] second) {
        AnnotatedDocument d = StoreFixtures.doc(id, "2024-05-02", "example.org", "https://example.org/" + id,
                "Russia acted against Ukraine .", "Russia acted against Ukraine again .");
        List<Event> events = new ArrayList<>();
        String[][] types = {first, second};
        for (int s = 0; s < 2; s++) {
            events.add(StoreFixtures.event(d, s, "acted", StoreFixtures.actor(d, s, "Russia", "RUS", "Russia"),
                    Optional.of(StoreFixtures.actor(d, s, "Ukraine", "UKR", "Ukraine")),
                    StoreFixtures.type(types[s][0], types[s][1], Integer.parseInt(types[s][2]),
                            Double.parseDouble(types[s][3]), null, null),
                    Optional.empty(), "2024-05-02"));
        }
        return new CodedDocument(d, List.of(), events);
    }

    @Test
    void eventsOfOneDyadDayAndQuadClassAddUpInOneRowWithinAnArticleAndAcrossSessions() throws Exception {
        Path file = dir.resolve("d.duckdb");
        try (EventStore store = EventStore.open(file)) {
            // two material conflicts of one day in one article: one row counting both
            store.write(twoActs("first", new String[] {"190", "Fight", "4", "-10"},
                    new String[] {"180", "Assault", "4", "-9"}), "test", "test-analyzer");
            assertThat(store.dailyCounts().rows()).isEqualTo(1);
            assertAgree(store);
        }
        try (EventStore store = EventStore.open(file)) {
            // the reopened store counts a third material conflict on the stored row and a threat on a new one
            store.write(twoActs("second", new String[] {"200", "Use unconventional mass violence", "4", "-10"},
                    new String[] {"130", "Threaten", "3", "-4.4"}), "test", "test-analyzer");
            assertThat(store.counts().events()).isEqualTo(4);
            assertThat(store.dailyCounts().rows()).isEqualTo(2);
            assertThat(store.timeline(EventQuery.all().withSource("RUS").withTarget("UKR")))
                    .extracting(TimelinePoint::quadClass, TimelinePoint::events)
                    .containsExactly(tuple(3, 1L), tuple(4, 3L));
            assertAgree(store);
        }
    }

    @Test
    void countsStayRightWhenWhatIsKnownOfTheRowsIsDroppedAndReadAgain() throws Exception {
        try (EventStore store = EventStore.open(dir.resolve("f.duckdb"))) {
            // keeps what it knows of one row at most: the second flush drops it, the third reads the table again
            DailyCounts daily = new DailyCounts(store.connection(), 1);
            List<Event> fights = twoActs("a", new String[] {"190", "Fight", "4", "-10"},
                    new String[] {"180", "Assault", "4", "-9"}).events();
            List<Event> more = twoActs("b", new String[] {"200", "Use unconventional mass violence", "4", "-10"},
                    new String[] {"130", "Threaten", "3", "-4.4"}).events();
            for (List<Event> batch : List.of(fights, more, more)) {
                try (Table.Rows rows = Table.appenders(store.connection())) {
                    daily.add(batch);
                    daily.flush(rows);
                }
            }
            List<String> table = new ArrayList<>();
            try (Statement st = store.connection().createStatement();
                    ResultSet rs = st.executeQuery("SELECT quad_class, events, goldstein_sum FROM dyad_days ORDER BY 1")) {
                while (rs.next()) {
                    table.add(rs.getInt(1) + " " + rs.getLong(2) + " " + rs.getBigDecimal(3));
                }
            }
            assertThat(table).containsExactly("3 2 -8.800", "4 4 -39.000");
            assertThat(daily.rows()).isEqualTo(2);
        }
    }

    @Test
    void aBulkLoadAddsItsEventsToTheDailyCounts() throws Exception {
        try (EventStore store = written("l.duckdb")) {
            long before = store.count(EventQuery.all());
            List<StoredEvent> loaded = shifted(store.events(EventQuery.all()), 1000, 400);
            store.load(loaded.iterator());
            assertThat(store.count(EventQuery.all())).isEqualTo(before + loaded.size());
            assertAgree(store);
        }
    }

    @Test
    void aQueryOnWhatOnlyTheEventsHoldIsAnsweredFromTheEvents() throws Exception {
        try (EventStore store = written("c.duckdb")) {
            EventQuery visits = EventQuery.all().withSource("RUS").withTarget("CHN").withCameo("04");
            assertThat(store.timeline(visits)).isEqualTo(store.timeline(visits, AggregateSource.EVENTS))
                    .extracting(TimelinePoint::events).containsExactly(1L, 1L);
            assertThat(store.count(visits)).isEqualTo(2);
            assertThatThrownBy(() -> store.timeline(visits, AggregateSource.DAILY_COUNTS))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cameo 04")
                    .hasMessageContaining("AggregateSource.EVENTS");
        }
    }

    @Test
    void aWriteThatCrossesACompactionSizeRewritesTheTableInDyadOrder() throws Exception {
        try (EventStore store = EventStore.open(dir.resolve("k.duckdb"))) {
            // rows of one dyad that sorts after the fixtures' (USA to USA), one a day, up to one row short of the first size
            CodedDocument visit = StoreFixtures.articles().get(0);
            Event template = visit.events().get(0);
            List<StoredEvent> loaded = new ArrayList<>();
            for (int i = 0; i < DailyCounts.FIRST_COMPACTION - 1; i++) {
                Event e = new Event(template.id(), template.articleId(), template.articleDate(),
                        EventDate.ofArticle(LocalDate.parse("2000-01-01").plusDays(i)), usa(template.source()),
                        template.target().map(DailyCountsTest::usa), template.type(), Optional.empty(), Optional.empty(),
                        template.trigger(), template.evidence(), template.confidence(), template.provenance());
                loaded.add(new StoredEvent(100 + i, e, 1, 1, 1));
            }
            store.load(loaded.iterator());
            assertThat(store.dailyCounts().rows()).isEqualTo(DailyCounts.FIRST_COMPACTION - 1);
            assertThat(inDyadOrder(store)).isTrue();
            // the Putin-Xi visit founds the row that reaches the first size: the table is rewritten in order
            store.write(visit, "test", "test-analyzer");
            assertThat(store.dailyCounts().rows()).isEqualTo(DailyCounts.FIRST_COMPACTION);
            assertThat(inDyadOrder(store)).isTrue();
            // the next rows are appended after the sorted ones until the next size
            store.write(StoreFixtures.articles().get(2), "test", "test-analyzer");
            assertThat(inDyadOrder(store)).isFalse();
            assertAgree(store);
        }
    }

    @ParameterizedTest(name = "{0} -> {1} rows: {2}")
    @CsvSource({
        "0, 1, false",
        "4000, 4095, false",
        "4095, 4096, true",
        "4096, 4607, false",
        "4607, 4608, true",
        "4500, 5200, true",
        "100000, 100001, false",
        "5000, 5000, false"})
    void compactionIsDueWhenTheRowCountCrossesTheNextSize(long before, long after, boolean due) {
        assertThat(DailyCounts.compactionDue(before, after)).isEqualTo(due);
    }

    private static boolean inDyadOrder(EventStore store) throws Exception {
        try (Statement st = store.connection().createStatement();
                ResultSet rs = st.executeQuery("SELECT bool_and(ordinal = position) FROM (SELECT"
                        + " row_number() OVER (ORDER BY rowid) AS position,"
                        + " row_number() OVER (ORDER BY " + DailyCounts.ORDER + ") AS ordinal FROM dyad_days)")) {
            rs.next();
            return rs.getBoolean(1);
        }
    }

    /** Copies of events renumbered from {@code firstId} and moved {@code days} later. */
    private static List<StoredEvent> shifted(List<StoredEvent> events, long firstId, int days) {
        List<StoredEvent> out = new ArrayList<>();
        Iterator<StoredEvent> it = events.iterator();
        for (long id = firstId; it.hasNext(); id++) {
            StoredEvent s = it.next();
            out.add(new StoredEvent(id, redate(s.event(), s.event().date().date().plusDays(days)), s.numMentions(),
                    s.numSources(), s.numArticles()));
        }
        return out;
    }

    private static Event redate(Event e, LocalDate date) {
        return e.withDate(EventDate.ofArticle(date));
    }

    private static ActorRef usa(ActorRef a) {
        return new ActorRef("USAGOV", "United States", a.text(), a.begin(), a.end(), a.provenance());
    }
}
