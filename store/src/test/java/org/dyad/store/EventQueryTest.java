package org.dyad.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Queries over the fixture store: event 1 the merged Moscow visit, 2 the shelling, 3 the Kremlin statement, 4 the Beijing visit. */
class EventQueryTest {
    @TempDir
    static Path dir;
    static EventStore store;

    @BeforeAll
    static void fill() throws Exception {
        store = EventStore.open(dir.resolve("q.duckdb"));
        for (CodedDocument a : StoreFixtures.articles()) {
            store.write(a, "fixture", "test");
        }
    }

    @AfterAll
    static void close() throws Exception {
        store.close();
    }

    static Stream<Arguments> filters() {
        return Stream.of(
                Arguments.of("everything", (UnaryOperator<EventQuery>) q -> q, List.of(1L, 2L, 3L, 4L)),
                Arguments.of("actor prefix", (UnaryOperator<EventQuery>) q -> q.withActor("rus"), List.of(1L, 2L, 3L, 4L)),
                Arguments.of("actor code", (UnaryOperator<EventQuery>) q -> q.withActor("RUSMIL"), List.of(2L)),
                Arguments.of("target", (UnaryOperator<EventQuery>) q -> q.withTarget("CHN"), List.of(1L, 4L)),
                Arguments.of("source and target", (UnaryOperator<EventQuery>) q -> q.withSource("RUSMIL").withTarget("UKR"),
                        List.of(2L)),
                Arguments.of("country on either side", (UnaryOperator<EventQuery>) q -> q.withCountry("UKR"), List.of(2L)),
                Arguments.of("sector", (UnaryOperator<EventQuery>) q -> q.withSector("mil"), List.of(2L)),
                Arguments.of("CAMEO code with leading zero", (UnaryOperator<EventQuery>) q -> q.withCameo("043"), List.of(1L)),
                Arguments.of("CAMEO root", (UnaryOperator<EventQuery>) q -> q.withCameo("04"), List.of(1L, 4L)),
                Arguments.of("CAMEO root 01", (UnaryOperator<EventQuery>) q -> q.withCameo("01"), List.of(3L)),
                Arguments.of("QuadClass", (UnaryOperator<EventQuery>) q -> q.withQuadClass(4), List.of(2L)),
                Arguments.of("PLOVER type", (UnaryOperator<EventQuery>) q -> q.withPlover("consult"), List.of(1L, 4L)),
                Arguments.of("date range", (UnaryOperator<EventQuery>) q -> q.withDates(Optional.of(LocalDate.parse("2024-03-02")),
                        Optional.of(LocalDate.parse("2024-03-15"))), List.of(2L, 3L)),
                Arguments.of("place name", (UnaryOperator<EventQuery>) q -> q.withPlace("kharkiv"), List.of(2L)),
                Arguments.of("place country", (UnaryOperator<EventQuery>) q -> q.withPlace("UA"), List.of(2L)),
                Arguments.of("words in evidence", (UnaryOperator<EventQuery>) q -> q.withText("shelled"), List.of(2L)),
                Arguments.of("stemmed words", (UnaryOperator<EventQuery>) q -> q.withText("shelling"), List.of(2L)),
                Arguments.of("words in the second report only", (UnaryOperator<EventQuery>) q -> q.withText("Kremlin"),
                        List.of(1L, 3L)),
                Arguments.of("words of the article but not of the evidence", (UnaryOperator<EventQuery>) q ->
                        q.withText("trade"), List.<Long>of()),
                Arguments.of("phrase", (UnaryOperator<EventQuery>) q -> q.withText("\"Xi Jinping again\""), List.of(4L)),
                Arguments.of("words and filters", (UnaryOperator<EventQuery>) q -> q.withText("Moscow").withCameo("042"),
                        List.<Long>of()),
                Arguments.of("page", (UnaryOperator<EventQuery>) q -> q.page(2, 1), List.of(2L, 3L)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("filters")
    void filtersSelectTheRightEvents(String name, UnaryOperator<EventQuery> filter, List<Long> ids) throws Exception {
        EventQuery q = filter.apply(EventQuery.all());
        assertThat(store.events(q)).extracting(StoredEvent::id).containsExactlyElementsOf(ids);
        if (q.limit() == EventQuery.UNLIMITED) {
            assertThat(store.count(q)).isEqualTo(ids.size());
        }
    }

    @Test
    void timelineCountsEventsADayByQuadClass() throws Exception {
        assertThat(store.timeline(EventQuery.all().withActor("RUS"))).containsExactly(
                new TimelinePoint(LocalDate.parse("2024-03-01"), 1, 1, 2.8),
                new TimelinePoint(LocalDate.parse("2024-03-09"), 4, 1, -10),
                new TimelinePoint(LocalDate.parse("2024-03-10"), 1, 1, 0),
                new TimelinePoint(LocalDate.parse("2024-03-20"), 1, 1, 1.9));
    }

    @Test
    void topActorsAndNetwork() throws Exception {
        assertThat(store.topActors(EventQuery.all(), 2)).containsExactly(new ActorCount("RUSGOV", 3, 3, 0),
                new ActorCount("CHNGOV", 2, 0, 2));
        List<NetworkEdge> edges = store.network(EventQuery.all(), 10);
        assertThat(edges).extracting(NetworkEdge::source, NetworkEdge::target, NetworkEdge::events)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("RUSGOV", "CHNGOV", 2L),
                        org.assertj.core.groups.Tuple.tuple("RUSMIL", "UKR", 1L));
        // Goldstein values are summed exactly, so the mean is 2.35, not the 2.3499999999999996 of adding doubles
        assertThat(edges.get(0).meanGoldstein()).isEqualTo(2.35);
    }

    @Test
    void articlesAreFoundByTheirWords() throws Exception {
        assertThat(store.search().articles("Kharkiv", 5)).extracting(SearchIndex.ArticleHit::articleId)
                .containsExactly("voa-2");
        assertThat(store.search().articles("Putin Xi", 5)).extracting(SearchIndex.ArticleHit::articleId)
                .containsExactlyInAnyOrder("voa-1", "reuters-7", "voa-3");
    }

    @Test
    void aSearchThatCannotBeReadSaysHowToWriteOne() {
        assertThatThrownBy(() -> store.events(EventQuery.all().withText("\"unclosed")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("a phrase");
    }

    @Test
    void badFiltersAreRefusedWithTheirValue() {
        assertThatThrownBy(() -> EventQuery.all().withCameo("4a")).hasMessageContaining("'4a'");
        assertThatThrownBy(() -> EventQuery.all().withQuadClass(5)).hasMessageContaining("5");
        assertThatThrownBy(() -> EventQuery.all().withDates(Optional.of(LocalDate.parse("2024-02-02")),
                Optional.of(LocalDate.parse("2024-01-01")))).hasMessageContaining("empty");
    }
}
