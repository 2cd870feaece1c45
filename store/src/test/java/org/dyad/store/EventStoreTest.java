package org.dyad.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.dyad.model.AnnotatedDocument;
import org.dyad.model.ErrorCode;
import org.dyad.model.Event;
import org.dyad.model.Evidence;
import org.dyad.model.Rejection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EventStoreTest {
    @TempDir
    Path dir;

    private EventStore filled(String name) throws Exception {
        EventStore store = EventStore.open(dir.resolve(name));
        for (CodedDocument a : StoreFixtures.articles()) {
            assertThat(store.write(a, "fixture", "test-analyzer")).isEqualTo(EventStore.WriteResult.STORED);
        }
        return store;
    }

    @Test
    void mergesTwoReportsOfOneVisitAndKeepsGdeltCounts() throws Exception {
        try (EventStore store = filled("s.duckdb")) {
            List<StoredEvent> events = store.events(EventQuery.all());
            assertThat(events).extracting(StoredEvent::id).containsExactly(1L, 2L, 3L, 4L);
            StoredEvent visit = events.get(0);
            assertThat(visit.event().articleId()).isEqualTo("voa-1");
            assertThat(visit.numArticles()).isEqualTo(2);
            assertThat(visit.numSources()).isEqualTo(2);
            assertThat(visit.numMentions()).isEqualTo(2);
            // the later visit to Beijing is outside the two-day window: an event of its own
            StoredEvent later = events.get(3);
            assertThat(later.event().articleId()).isEqualTo("voa-3");
            assertThat(later.numArticles()).isEqualTo(1);
            StoreCounts c = store.counts();
            assertThat(c.articles()).isEqualTo(4);
            assertThat(c.articleEvents()).isEqualTo(5);
            assertThat(c.events()).isEqualTo(4);
            assertThat(c.mentions()).isEqualTo(5);
        }
    }

    @Test
    void writingTheSameArticleAgainChangesNothing() throws Exception {
        try (EventStore store = filled("s.duckdb")) {
            String before = store.contentDigest();
            for (CodedDocument a : StoreFixtures.articles()) {
                assertThat(store.write(a, "fixture", "test-analyzer")).isEqualTo(EventStore.WriteResult.ALREADY_STORED);
            }
            assertThat(store.contentDigest()).isEqualTo(before);
        }
    }

    @Test
    void anotherArticleWithAStoredIdIsAConflictAndChangesNothing() throws Exception {
        try (EventStore store = filled("s.duckdb")) {
            String before = store.contentDigest();
            AnnotatedDocument other = StoreFixtures.doc("voa-1", "2024-03-01", "VOA", "", "Something else entirely .");
            assertThat(store.write(new CodedDocument(other, List.of(), List.of()), "x", "test-analyzer"))
                    .isEqualTo(EventStore.WriteResult.CONFLICT);
            assertThat(store.contentDigest()).isEqualTo(before);
        }
    }

    @Test
    void theScreenQuarantinesAClashingIdBeforeAnalysisAndLetsTheRestThrough() throws Exception {
        try (EventStore store = filled("s.duckdb")) {
            AnnotatedDocument other = StoreFixtures.doc("voa-1", "2024-03-01", "VOA", "", "Something else entirely .");
            Optional<Rejection> clash = store.screen(other.article(), "in/x.jsonl:3");
            assertThat(clash).hasValueSatisfying(r -> {
                assertThat(r.code()).isEqualTo(ErrorCode.DUPLICATE_ID);
                assertThat(r.origin()).isEqualTo("in/x.jsonl:3");
                assertThat(r.reason()).contains("already stored");
            });
            AnnotatedDocument same = StoreFixtures.articles().get(0).document();
            assertThat(store.screen(same.article(), "again")).isEmpty();
            AnnotatedDocument fresh = StoreFixtures.doc("voa-99", "2024-03-01", "VOA", "", "Something new .");
            assertThat(store.screen(fresh.article(), "new")).isEmpty();
        }
    }

    @Test
    void anArticleThatFailsHalfWayLeavesNoTrace() throws Exception {
        try (EventStore store = filled("s.duckdb")) {
            String before = store.contentDigest();
            AnnotatedDocument d = StoreFixtures.doc("broken", "2024-03-01", "VOA", "", "Putin welcomed Xi .");
            Event good = StoreFixtures.event(d, 0, "welcomed", StoreFixtures.actor(d, 0, "Putin", "RUSGOV", "Putin"),
                    Optional.of(StoreFixtures.actor(d, 0, "Xi", "CHNGOV", "Xi")),
                    StoreFixtures.type("042", "Make a visit", 1, 1.9, "CONSULT", "visit"), Optional.empty(), "2024-03-01");
            // evidence naming a sentence the article does not have: found only after rows were written
            Event bad = good.withEvidence(List.of(new Evidence(7, 0, 6, "Putin ")));
            assertThatThrownBy(() -> store.write(new CodedDocument(d, List.of(), List.of(good, bad)), "x", "a"))
                    .isInstanceOf(IndexOutOfBoundsException.class);
            assertThat(store.contentDigest()).isEqualTo(before);
            // and the store still works, with the merger reloaded from what was committed
            assertThat(store.write(new CodedDocument(d, List.of(), List.of(good)), "x", "a"))
                    .isEqualTo(EventStore.WriteResult.STORED);
            assertThat(store.events(EventQuery.all()).get(0).numArticles()).isEqualTo(3);
        }
    }

    @Test
    void aStoreReopenedGoesOnMergingWithWhatItHolds() throws Exception {
        List<CodedDocument> all = StoreFixtures.articles();
        try (EventStore store = EventStore.open(dir.resolve("r.duckdb"))) {
            store.write(all.get(0), "fixture", "test-analyzer");
        }
        try (EventStore store = EventStore.open(dir.resolve("r.duckdb"))) {
            for (CodedDocument a : all.subList(1, all.size())) {
                store.write(a, "fixture", "test-analyzer");
            }
            try (EventStore whole = filled("w.duckdb")) {
                assertThat(store.contentDigest()).isEqualTo(whole.contentDigest());
            }
        }
    }

    @Test
    void articlesWrittenInOneBatchGiveTheStoreOfArticlesWrittenOneByOne() throws Exception {
        List<CodedDocument> all = StoreFixtures.articles();
        try (EventStore store = EventStore.open(dir.resolve("b.duckdb")); EventStore single = filled("w.duckdb")) {
            // the first article alone, then the rest with it again and a clashing copy of the last
            store.write(all.get(0), "fixture", "test-analyzer");
            List<EventStore.Submission> batch = new java.util.ArrayList<>();
            for (CodedDocument a : all) {
                batch.add(new EventStore.Submission(a, "fixture"));
            }
            CodedDocument last = all.get(all.size() - 1);
            AnnotatedDocument d = last.document();
            CodedDocument clash = new CodedDocument(new AnnotatedDocument(new org.dyad.model.Article(d.article().id(),
                    d.article().date(), d.article().title(), d.article().text() + " More.", d.article().url(),
                    d.article().source()), d.sentences(), d.entities(), d.times(), d.coreference(), d.quotes(),
                    d.layers()), List.of(), List.of());
            batch.add(new EventStore.Submission(clash, "fixture"));
            batch.add(new EventStore.Submission(last, "fixture"));
            assertThat(store.write(batch, "test-analyzer")).containsExactly(EventStore.WriteResult.ALREADY_STORED,
                    EventStore.WriteResult.STORED, EventStore.WriteResult.STORED, EventStore.WriteResult.STORED,
                    EventStore.WriteResult.CONFLICT, EventStore.WriteResult.ALREADY_STORED);
            assertThat(store.tableDigests()).isEqualTo(single.tableDigests());
            assertThat(store.contentDigest()).isEqualTo(single.contentDigest());
            assertThat(DailyCountsTest.differences(store)).isEmpty();
        }
    }

    @Test
    void quarantinedRecordsAreKeptOnce() throws Exception {
        try (EventStore store = EventStore.open(dir.resolve("q.duckdb"))) {
            Rejection r = new Rejection(ErrorCode.BAD_DATE, "in/bad.txt", "bad", "'2022-13-45' is not a valid date",
                    "date 2022-13-45 ...");
            assertThat(store.quarantine(r)).isTrue();
            assertThat(store.quarantine(r)).isFalse();
            assertThat(store.counts().quarantined()).isEqualTo(1);
        }
    }

    @Test
    void theParseCacheGivesBackTheDocumentForTheSameAnalyzerOnly() throws Exception {
        try (EventStore store = filled("c.duckdb")) {
            CodedDocument a = StoreFixtures.articles().get(2);
            assertThat(store.cachedDocument(a.document().article(), "test-analyzer")).contains(a.document());
            assertThat(store.cachedDocument(a.document().article(), "another-analyzer")).isEmpty();
        }
    }

    @Test
    void aSyndicatedCopyUnderAnotherIdReusesTheParse() throws Exception {
        try (EventStore store = filled("syn.duckdb")) {
            AnnotatedDocument original = StoreFixtures.articles().get(0).document();
            org.dyad.model.Article a = original.article();
            org.dyad.model.Article copy = new org.dyad.model.Article("copy-1", a.date(), a.title(), a.text(),
                    "https://elsewhere.example/x", "Elsewhere");
            AnnotatedDocument cached = store.cachedDocument(copy, "test-analyzer").orElseThrow();
            assertThat(cached.article()).isEqualTo(copy);
            assertThat(cached.sentences()).isEqualTo(original.sentences());
            org.dyad.model.Article edited = new org.dyad.model.Article("copy-2", a.date(), a.title(), a.text() + " More.",
                    "", "");
            assertThat(store.cachedDocument(edited, "test-analyzer")).isEmpty();
        }
    }

    @Test
    void migrationsAreRecordedAndAppliedOnce() throws Exception {
        Path file = dir.resolve("m.duckdb");
        try (EventStore store = EventStore.open(file)) {
            assertThat(versions(store)).isEqualTo(Schema.migrations().stream().map(Schema.Migration::version).toList());
        }
        try (EventStore store = EventStore.open(file)) {
            assertThat(versions(store)).hasSize(Schema.migrations().size()).last().isEqualTo(Schema.latestVersion());
        }
        try (EventStore store = EventStore.openReadOnly(file)) {
            assertThatThrownBy(() -> store.quarantine(new Rejection(ErrorCode.BAD_DATE, "o", "", "r", "")))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("read-only");
        }
    }

    @Test
    void aStoreWhoseUpgradeFailsKeepsItsOldVersionWhole() throws Exception {
        Path file = dir.resolve("half.duckdb");
        List<Schema.Migration> failing = new java.util.ArrayList<>(Schema.migrations());
        failing.add(new Schema.Migration(Schema.latestVersion() + 1, "fails", List.of("SELECT no_such_column FROM articles")));
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + file.toAbsolutePath())) {
            assertThatThrownBy(() -> Schema.migrate(c, failing)).isInstanceOf(SQLException.class);
            assertThat(Schema.currentVersion(c)).as("no migration of the failed upgrade is kept").isZero();
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                    "SELECT count(*) FROM information_schema.tables WHERE table_name = 'articles'")) {
                rs.next();
                assertThat(rs.getLong(1)).isZero();
            }
        }
        try (EventStore store = EventStore.open(file)) {
            assertThat(versions(store)).last().isEqualTo(Schema.latestVersion());
        }
    }

    @Test
    void aStoreStoppedBeforeItsSchemaIsRefusedReadOnlyAsEmptyAndCreatedByTheNextWrite() throws Exception {
        Path file = dir.resolve("empty.duckdb");
        DriverManager.getConnection("jdbc:duckdb:" + file.toAbsolutePath()).close();
        assertThatThrownBy(() -> EventStore.openReadOnly(file)).isInstanceOf(StoreUnavailableException.class)
                .hasMessageContaining("is empty").hasMessageContaining("dyad code --db");
        try (EventStore store = EventStore.open(file)) {
            assertThat(versions(store)).last().isEqualTo(Schema.latestVersion());
        }
    }

    @Test
    void openingReadOnlyWhereThereIsNoStoreSaysHowToMakeOne() {
        assertThatThrownBy(() -> EventStore.openReadOnly(dir.resolve("none.duckdb")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("dyad code --db");
    }

    private static List<Integer> versions(EventStore store) throws Exception {
        try (Statement st = store.connection().createStatement();
                ResultSet rs = st.executeQuery("SELECT version FROM schema_migrations ORDER BY 1")) {
            List<Integer> out = new java.util.ArrayList<>();
            while (rs.next()) {
                out.add(rs.getInt(1));
            }
            return out;
        }
    }

    @Test
    void eventDatesRoundTripThroughTheStore() throws Exception {
        try (EventStore store = filled("d.duckdb")) {
            assertThat(store.events(EventQuery.all().withCameo("19")).get(0).event().date().date())
                    .isEqualTo(LocalDate.parse("2024-03-09"));
        }
    }
}
