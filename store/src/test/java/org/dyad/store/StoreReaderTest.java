package org.dyad.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLTimeoutException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Readers of the fixture store (event 1 the merged Moscow visit, 2 the shelling, 3 the Kremlin
 * statement, 4 the Beijing visit), on connections of their own while the store writes.
 */
class StoreReaderTest {
    @TempDir
    static Path dir;
    static EventStore store;
    static SharedSearch search;
    static StoreReader reader;

    @BeforeAll
    static void fill() throws Exception {
        store = EventStore.open(dir.resolve("r.duckdb"));
        for (CodedDocument a : StoreFixtures.articles()) {
            store.write(a, "fixture", "test");
        }
        search = SharedSearch.open(store);
        reader = StoreReader.open(store, search, 5);
    }

    @AfterAll
    static void close() throws Exception {
        reader.close();
        search.close();
        store.close();
    }

    static List<Long> ids(StoreReader.EventPage p) {
        return p.events().stream().map(StoreReader.PagedEvent::id).toList();
    }

    @Test
    void pagesFollowTheirOrderAndContinueAfterTheirCursor() throws Exception {
        List<Long> all = new ArrayList<>();
        Optional<PageCursor> after = Optional.empty();
        do {
            StoreReader.EventPage p = reader.events(EventFilter.all(), EventOrder.DATE_DESC, after, 1);
            all.addAll(ids(p));
            after = p.next().map(c -> PageCursor.decode(c.encode(), EventOrder.DATE_DESC));
        } while (after.isPresent());
        // newest first: the Beijing visit (03-20), the statement (03-10), the shelling (03-09), the Moscow visit
        assertThat(all).containsExactly(4L, 3L, 2L, 1L);
        assertThat(ids(reader.events(EventFilter.all(), EventOrder.GOLDSTEIN, Optional.empty(), 10)))
                .containsExactly(2L, 3L, 4L, 1L);
        assertThat(ids(reader.events(EventFilter.all(), EventOrder.MENTIONS_DESC, Optional.empty(), 1))).containsExactly(1L);
    }

    static List<Long> allPages(EventFilter f, EventOrder order, int size) throws Exception {
        List<Long> all = new ArrayList<>();
        Optional<PageCursor> after = Optional.empty();
        do {
            StoreReader.EventPage p = reader.events(f, order, after, size);
            all.addAll(ids(p));
            after = p.next();
        } while (after.isPresent());
        return all;
    }

    @Test
    void aTextSearchInDateOrderPagesFromTheIndexAsTheStoreWould() throws Exception {
        EventFilter words = EventFilter.of(EventQuery.all().withText("welcomed OR shelled"));
        // a confidence bound that keeps everything sends the same search through the store's query
        EventFilter viaStore = words.withConfidence(OptionalDouble.of(0), OptionalDouble.empty());
        for (EventOrder order : List.of(EventOrder.DATE, EventOrder.DATE_DESC)) {
            for (int size : List.of(1, 2, 10)) {
                assertThat(allPages(words, order, size)).as(order + " by " + size).isEqualTo(allPages(viaStore, order, size));
            }
        }
        assertThat(allPages(words, EventOrder.DATE_DESC, 1)).containsExactly(4L, 2L, 1L);
        assertThat(reader.events(EventFilter.of(EventQuery.all().withText("nothingmatches")), EventOrder.DATE,
                Optional.empty(), 5).events()).isEmpty();
    }

    @Test
    void aPagedEventsJsonIsTheStoredEventsWithItsCounts() throws Exception {
        for (StoreReader.PagedEvent e : reader.events(EventFilter.all(), EventOrder.DATE, Optional.empty(), 10).events()) {
            var mapper = org.dyad.format.EventJson.mapper();
            // compared as parsed text: a number written from a long parses back as an int node
            assertThat(mapper.readTree(e.jsonWithCounts())).isEqualTo(mapper.readTree(
                    mapper.writeValueAsString(e.stored().toJson())));
        }
    }

    @Test
    void aCursorIsRefusedForAnotherOrderOrWhenMalformed() {
        String token = new PageCursor(EventOrder.DATE, 19_783, 2).encode();
        assertThat(PageCursor.decode(token, EventOrder.DATE)).isEqualTo(new PageCursor(EventOrder.DATE, 19_783, 2));
        assertThatThrownBy(() -> PageCursor.decode(token, EventOrder.CONFIDENCE)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("order 'date'");
        assertThatThrownBy(() -> PageCursor.decode("!!!", EventOrder.DATE)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not a cursor");
    }

    @Test
    void confidenceAndTextFilterTheEventsAndTheirCounts() throws Exception {
        EventFilter confident = EventFilter.all().withConfidence(OptionalDouble.of(0.95), OptionalDouble.empty());
        assertThat(reader.count(confident)).isZero();
        assertThat(reader.count(EventFilter.all().withConfidence(OptionalDouble.of(0.5), OptionalDouble.of(0.9))))
                .isEqualTo(4);
        EventFilter shelled = EventFilter.of(EventQuery.all().withText("shelled"));
        assertThat(ids(reader.events(shelled, EventOrder.DATE, Optional.empty(), 10))).containsExactly(2L);
        assertThat(reader.count(shelled)).isEqualTo(1);
    }

    @Test
    void timelinesBucketByDayWeekAndMonthWithEqualTotals() throws Exception {
        for (TimeBucket b : TimeBucket.values()) {
            assertThat(reader.aggregates().timeline(EventFilter.all(), b).stream().mapToLong(TimelinePoint::events).sum())
                    .as(b.name()).isEqualTo(4);
        }
        List<TimelinePoint> months = reader.aggregates().timeline(EventFilter.all(), TimeBucket.MONTH);
        assertThat(months).extracting(t -> t.date().toString()).containsOnly("2024-03-01");
        List<TimelinePoint> weeks = reader.aggregates().timeline(EventFilter.all(), TimeBucket.WEEK);
        assertThat(weeks).allSatisfy(t -> assertThat(t.date().getDayOfWeek()).isEqualTo(java.time.DayOfWeek.MONDAY));
    }

    @Test
    void placesAreThePlacedEventsWithTheirCoordinates() throws Exception {
        var places = reader.aggregates().places(EventFilter.all(), 10);
        assertThat(places).hasSize(1);
        assertThat(places.get(0).name()).isEqualTo("Kharkiv");
        assertThat(places.get(0).byQuadClass()).containsExactly(0L, 0L, 0L, 1L);
        assertThat(places.get(0).meanGoldstein()).isEqualTo(-10.0);
    }

    @Test
    void anEventHasItsReportsAndMentionsAndAnArticleItsSpans() throws Exception {
        StoreDetails.EventDetail visit = reader.details().event(1).orElseThrow();
        assertThat(visit.reports()).extracting(r -> r.article().id()).containsExactly("voa-1", "reuters-7");
        assertThat(visit.mentions()).hasSize(2).allSatisfy(m -> assertThat(m.text()).contains("Xi Jinping"));
        assertThat(reader.details().event(99)).isEmpty();
        StoreDetails.ArticleDetail c = reader.details().article("voa-2").orElseThrow();
        assertThat(c.events()).extracting(StoreDetails.ArticleEvent::eventId).containsExactly(2L, 3L);
        assertThat(c.text()).contains("Kharkiv");
        assertThat(reader.details().holds("voa-2")).isTrue();
        assertThat(reader.details().holds("nope")).isFalse();
    }

    @Test
    void actorsAreFoundByCodeOrNameAndProfiled() throws Exception {
        assertThat(reader.actors().search("rus", 10)).extracting(ActorDirectory.ActorSummary::code)
                .containsExactly("RUSGOV", "RUSMIL");
        assertThat(reader.actors().search("jinping", 10)).extracting(ActorDirectory.ActorSummary::code)
                .containsExactly("CHNGOV");
        assertThat(reader.actors().search("100%_", 10)).isEmpty();
        ActorDirectory.Profile p = reader.actors().profile("rusgov").orElseThrow();
        assertThat(p.asSource()).isEqualTo(3);
        assertThat(p.partners()).extracting(ActorDirectory.Tally::label).containsExactly("CHNGOV");
        assertThat(reader.actors().profile("XYZ")).isEmpty();
    }

    @Test
    void changesSinceAVersionAreWhatLaterArticlesTouched() throws Exception {
        StoreVersion now = reader.changes().version();
        assertThat(now).isEqualTo(new StoreVersion(0, 4));
        assertThat(StoreVersion.of(now.number())).isEqualTo(now);
        // since article 1: the Reuters report joined event 1, the rest founded 2, 3, 4
        StoreChanges.ChangePage p = reader.changes().since(new StoreVersion(0, 1), 0, 2);
        assertThat(p.events()).extracting(StoredEvent::id).containsExactly(1L, 2L);
        assertThat(p.next()).contains(2L);
        assertThat(reader.changes().since(new StoreVersion(0, 1), 2, 10).events()).extracting(StoredEvent::id)
                .containsExactly(3L, 4L);
        assertThat(reader.changes().since(now, 0, 10).events()).isEmpty();
        StoreChanges.ChangePage reset = reader.changes().since(new StoreVersion(0, 0), 0, 10);
        assertThat(reset.reset()).isFalse();
        assertThatThrownBy(() -> reader.changes().since(new StoreVersion(1, 0), 0, 10))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("newer");
        assertThat(reader.changes().statistics().counts().events()).isEqualTo(4);
    }

    @Test
    void readersOnOtherThreadsSeeWhatTheWriterCommitted() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try (StoreReader a = StoreReader.open(store, search, 5); StoreReader b = StoreReader.open(store, search, 5)) {
            List<Future<Long>> counts = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                StoreReader r = i % 2 == 0 ? a : b;
                counts.add(pool.submit(() -> {
                    synchronized (r) {
                        return r.count(EventFilter.all());
                    }
                }));
            }
            for (Future<Long> f : counts) {
                assertThat(f.get()).isEqualTo(4);
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void aStatementPastTheTimeoutIsCancelled() throws Exception {
        try (StoreReader r = StoreReader.open(store, search, 1);
                PreparedStatement ps = r.prepare("SELECT count(*) FROM range(100000000000) t(x) WHERE x % 7 = ?", 3)) {
            assertThatThrownBy(() -> {
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                }
            }).isInstanceOf(SQLTimeoutException.class);
            assertThat(r.count(EventFilter.all())).isEqualTo(4);
        }
    }
}
