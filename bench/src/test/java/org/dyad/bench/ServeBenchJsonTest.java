package org.dyad.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The figures {@code dyad bench-serve --json} prints, from which the README's server table is made. */
class ServeBenchJsonTest {
    private static ServeBenchmark.Figures figures(long errors, double... sortedMillis) {
        return new ServeBenchmark.Figures(sortedMillis, errors, errors == 0 ? Map.of() : Map.of(500, errors));
    }

    @Test
    void eachKindOfRequestGivesItsPercentilesAndTheGoalIsMissedByOneSlowKind() {
        double[] fast = new double[100];
        double[] slow = new double[100];
        for (int i = 0; i < 100; i++) {
            fast[i] = i + 1;
            slow[i] = 3 * (i + 1);
        }
        ServeBenchmark.Run run = new ServeBenchmark.Run(Map.of(ServeBenchmark.Kind.LIST, figures(0, fast),
                ServeBenchmark.Kind.TIMELINE, figures(0, fast), ServeBenchmark.Kind.SEARCH, figures(2, slow)), 100, 60.04,
                300, 1.25, 2.5, 31, 30, 120);

        ObjectNode o = ServeBenchCommand.json(run, 1_000_000, "./dyad bench-serve --from voa.duckdb");

        assertThat(o.at("/requests/list/p50Millis").asDouble()).isEqualTo(50.0);
        assertThat(o.at("/requests/list/p99Millis").asDouble()).isEqualTo(99.0);
        assertThat(o.at("/requests/search/p99Millis").asDouble()).isEqualTo(297.0);
        assertThat(o.at("/requests/search/errors").asLong()).isEqualTo(2);
        assertThat(o.at("/requests/timeline/count").asInt()).isEqualTo(100);
        assertThat(o.get("seconds").asDouble()).isEqualTo(60.0);
        assertThat(o.get("articlesStored").asLong()).isEqualTo(30);
        assertThat(o.get("goalMet").asBoolean()).isFalse();
        assertThat(o.get("command").asText()).isEqualTo("./dyad bench-serve --from voa.duckdb --json");
    }
}
