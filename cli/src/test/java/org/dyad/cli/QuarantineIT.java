package org.dyad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dyad.format.EventJson;
import org.dyad.pipeline.RunSummary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A folder with one good article, one binary file and one with an invalid date. */
class QuarantineIT {
    @TempDir
    Path dir;

    @Test
    void codesTheGoodOneAndQuarantinesTheOthersWithTheirReasons() throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.copy(SampleArticleIT.SAMPLE, in.resolve("good.txt"));
        Files.write(in.resolve("photo.jpg"), new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe0, 0, 16,
                'J', 'F', 'I', 'F', 0});
        Files.writeString(in.resolve("bad-date.txt"), "date 2022-02-30 Russia and Ukraine held talks.");
        CodingOptions options = new CodingOptions();
        options.quarantine = dir.resolve("quarantine.jsonl");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        RunSummary summary = CodingRun.run(options, SharedAnalyzer.coder(), SharedAnalyzer::get, List.of(in), OutputFormat.JSONL,
                Optional.empty(), Optional.empty(), Optional.empty(), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));

        assertThat(summary.read()).isEqualTo(3);
        assertThat(summary.coded()).isEqualTo(1);
        assertThat(summary.quarantined()).isEqualTo(2);
        assertThat(summary.events()).isPositive();
        String printed = err.toString(StandardCharsets.UTF_8);
        assertThat(printed).contains("read 3 = coded 1 + quarantined 2")
                .contains("DYAD-I02 UNDECODABLE_BYTES 1").contains("DYAD-I03 BAD_DATE 1");
        List<JsonNode> rejected = new ArrayList<>();
        for (String line : Files.readAllLines(options.quarantine)) {
            rejected.add(EventJson.mapper().readTree(line));
        }
        assertThat(rejected).extracting(r -> r.get("code").asText()).containsExactly("DYAD-I03", "DYAD-I02");
        assertThat(rejected.get(0).get("reason").asText()).contains("2022-02-30");
        assertThat(rejected.get(1).get("origin").asText()).endsWith("photo.jpg");
        assertThat(rejected).allMatch(r -> !r.get("fix").asText().isEmpty());
        assertThat(out.toString(StandardCharsets.UTF_8).lines())
                .allMatch(l -> l.contains("\"articleId\":\"good\""));
    }
}
