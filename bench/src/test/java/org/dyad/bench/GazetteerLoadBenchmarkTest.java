package org.dyad.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class GazetteerLoadBenchmarkTest {
    @Test
    void readsTheLineAFreshJvmPrints() {
        GazetteerLoadBenchmark.Load l = GazetteerLoadBenchmark.parse(List.of("some log line",
                "gazetteer-load 180500 120250 240000 206787"));
        assertThat(l).isEqualTo(new GazetteerLoadBenchmark.Load(180_500, 120_250, 240_000, 206_787));
        assertThatThrownBy(() -> GazetteerLoadBenchmark.parse(List.of("Exception in thread main")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("Exception in thread main");
    }

    @Test
    void loadsTheGazetteerInFreshJvmsAndReportsEachRun() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        int exit = GazetteerLoadBenchmark.report(2, true, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(log, true, StandardCharsets.UTF_8));
        assertThat(exit).isZero();
        JsonNode o = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
        assertThat(o.get("runs").asInt()).isEqualTo(2);
        assertThat(o.get("places").asInt()).isGreaterThan(200_000);
        assertThat(o.get("wallMillis")).hasSize(2);
        assertThat(o.get("wallMedianMillis").asDouble()).isPositive()
                .isBetween(o.get("wallMinMillis").asDouble(), o.get("wallMaxMillis").asDouble());
        assertThat(o.get("threadCpuMedianMillis").asDouble()).isPositive();
        assertThat(o.get("command").asText()).isEqualTo("./dyad bench --gazetteer-load 2 --json");
        assertThat(log.toString(StandardCharsets.UTF_8)).contains("gazetteer load 1 of 2", "gazetteer load 2 of 2");
        assertThatThrownBy(() -> GazetteerLoadBenchmark.report(0, true, System.out, System.err))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least 1");
    }
}
