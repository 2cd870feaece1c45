package org.dyad.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Optional;
import org.dyad.store.EventQuery;
import org.dyad.store.EventStore;

/**
 * The query filters, as {@code dyad query} and the server take them from users: every filter value
 * and full-text search is either answered by a store or refused with an {@link IllegalArgumentException}
 * that says what is wrong; no value reaches the database or the search index as anything but a value.
 */
public class QueryFilterFuzzTest {
    private static final EventStore STORE = store();

    private static EventStore store() {
        try {
            Path dir = Files.createTempDirectory("dyad-fuzz-store");
            return EventStore.open(dir.resolve("q.duckdb"));
        } catch (java.io.IOException | SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @FuzzTest(maxDuration = "5s")
    void aFilterIsAnsweredOrRefused(FuzzedDataProvider data) throws Exception {
        EventQuery q;
        try {
            q = EventQuery.all().withActor(data.consumeString(12)).withSource(data.consumeString(12))
                    .withTarget(data.consumeString(12)).withCountry(data.consumeString(6))
                    .withSector(data.consumeString(6)).withCameo(data.consumeString(5))
                    .withPlover(data.consumeString(12)).withPlace(data.consumeString(20))
                    .withDates(date(data), date(data)).withText(data.consumeString(80));
            if (data.consumeBoolean()) {
                q = q.withQuadClass(data.consumeInt(-2, 6));
            }
            q = q.page(data.consumeInt(-1, 1000), data.consumeLong(-1, 100_000));
        } catch (IllegalArgumentException refused) {
            return;
        }
        try {
            STORE.events(q);
            STORE.count(q);
            STORE.timeline(q);
            STORE.topActors(q, 10);
            STORE.network(q, 10);
        } catch (IllegalArgumentException refused) {
            // a search the index cannot read is refused with the forms it reads
        }
    }

    private static Optional<LocalDate> date(FuzzedDataProvider data) {
        return data.consumeBoolean() ? Optional.of(LocalDate.ofEpochDay(data.consumeLong(-1_000_000, 1_000_000)))
                : Optional.empty();
    }

    /** The same check for Jazzer's own command line, for long runs (docs/fuzzing.md). */
    public static void fuzzerTestOneInput(FuzzedDataProvider data) throws Exception {
        new QueryFilterFuzzTest().aFilterIsAnsweredOrRefused(data);
    }
}
