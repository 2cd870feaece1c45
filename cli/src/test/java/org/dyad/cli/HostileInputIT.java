package org.dyad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import org.dyad.format.EventJson;
import org.dyad.model.ErrorCode;
import org.dyad.pipeline.ChunkedAnalyzer;
import org.dyad.pipeline.RunSummary;
import org.dyad.store.EventQuery;
import org.dyad.store.EventStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile and real-world input through {@code dyad code} with the real analysis into a store: binary
 * and undecodable files, empty, bad, missing and future dates, broken gzip, broken and deeply nested
 * JSON, repeated ids, a 20 MB line, a sentence that coordinates 3,000 actors, a 500 KB article of 9,000
 * sentences and news-site date strings. Every record ends coded or quarantined with its code, the
 * counts add up, the coordination and the long article are coded (not refused), and the date strings
 * give articles.
 */
class HostileInputIT {
    /** News-site date strings, each of which must give an article. */
    static final List<String> SITE_DATES = List.of("7:58 AM ET, Sat January 3, 2015", "Wed Nov 23, 2016 | 4:58pm EST",
            "Mon, 05 Dec 2016 14:03:00 GMT", "2016-12-05T14:03:00+01:00", "December 5, 2016", "5 December 2016",
            "2016/12/05", "05.12.2016", "Dec. 5, 2016 11:30 p.m. PT", "1480946580",
            "Monday, December 5, 2016 3:03 PM CET");

    @TempDir
    Path dir;

    /** Writes the hostile folder; returns the expected code of each record ("coded" for those to be coded). */
    static Map<String, String> write(Path in) throws IOException {
        Files.createDirectories(in);
        Map<String, String> expected = new LinkedHashMap<>();
        Files.writeString(in.resolve("good.txt"), "date 2022-01-28 Russia rejected the proposal of the United States.\n");
        expected.put("good", "coded");
        byte[] noise = new byte[4000];
        new Random(16).nextBytes(noise);
        noise[10] = 0;
        Files.write(in.resolve("binary.txt"), noise);
        expected.put("binary", ErrorCode.UNDECODABLE_BYTES.id());
        Files.writeString(in.resolve("empty.txt"), "");
        expected.put("empty", ErrorCode.BAD_DATE.id());
        Files.writeString(in.resolve("baddate.txt"), "date 2022-13-45 France criticized Germany.\n");
        expected.put("baddate", ErrorCode.BAD_DATE.id());
        Files.writeString(in.resolve("future.txt"), "date 2999-01-01 France criticized Germany.\n");
        expected.put("future", ErrorCode.BAD_DATE.id());
        Files.writeString(in.resolve("nodate.txt"), "France criticized Germany on Monday.\n");
        expected.put("nodate", ErrorCode.BAD_DATE.id());
        Files.write(in.resolve("badutf8.txt"), concat("date 2022-01-28 ".getBytes(StandardCharsets.UTF_8),
                new byte[] {(byte) 0xff, (byte) 0xfe}, " France criticized Germany.\n".getBytes(StandardCharsets.UTF_8)));
        expected.put("badutf8", ErrorCode.UNDECODABLE_BYTES.id());
        Files.writeString(in.resolve("coordination.txt"), "date 2022-01-28 "
                + String.join(", ", java.util.Collections.nCopies(3000, "France and Germany")) + " criticized Russia.\n");
        expected.put("coordination", "coded");
        Files.writeString(in.resolve("half-megabyte.txt"), "date 2022-01-28 "
                + String.join(" ", java.util.Collections.nCopies(9000,
                        "The minister of Peru met the president of Chile in Lima.")) + "\n");
        expected.put("half-megabyte", "coded");
        Files.writeString(in.resolve("twenty-megabytes-one-line.txt"), "date 2022-01-28 " + "x".repeat(20_000_000));
        expected.put("twenty-megabytes-one-line", ErrorCode.TOO_LONG.id());
        byte[] zipped = gzip("date 2022-01-28 Russia criticized Ukraine. ".repeat(100).getBytes(StandardCharsets.UTF_8));
        Files.write(in.resolve("truncated.txt.gz"), java.util.Arrays.copyOf(zipped, zipped.length / 2));
        expected.put("truncated.txt.gz", ErrorCode.UNREADABLE_FILE.id());
        Files.writeString(in.resolve("notgzip.txt.gz"), "date 2022-01-28 plain text with a .gz name");
        expected.put("notgzip.txt.gz", ErrorCode.UNREADABLE_FILE.id());
        List<String> lines = new ArrayList<>();
        lines.add(json("j1", "2022-01-28", "Russia criticized Ukraine."));
        expected.put("j1", "coded");
        lines.add("{\"id\": \"j2\", \"date\": \"2022-01-28\", \"text\": \"truncated");
        expected.put("mixed.jsonl:2", ErrorCode.INVALID_JSON.id());
        lines.add("[1, 2, 3]");
        expected.put("mixed.jsonl:3", ErrorCode.INVALID_JSON.id());
        lines.add("{\"id\": \"j3\", \"date\": \"2022-01-28\", \"text\": " + "[".repeat(5000) + "]".repeat(5000) + "}");
        expected.put("mixed.jsonl:4", ErrorCode.INVALID_JSON.id());
        lines.add(json("j1", "2022-01-28", "Same id, other text. Iran threatened Iraq."));
        expected.put("mixed.jsonl:5", ErrorCode.DUPLICATE_ID.id());
        lines.add("{\"id\": \"j4\", \"date\": null, \"text\": \"Iran threatened Iraq.\"}");
        expected.put("j4", ErrorCode.BAD_DATE.id());
        lines.add("{\"id\": \"j5\", \"date\": \"2022-01-28\", \"text\": null}");
        expected.put("j5", ErrorCode.EMPTY_TEXT.id());
        lines.add(json("j6", "2022-01-28", "Iran\u0000 praised\u202e Iraq. \uD83D\uDE00"));
        expected.put("j6", "coded");
        for (int k = 0; k < SITE_DATES.size(); k++) {
            lines.add(json("d" + k, SITE_DATES.get(k), "The president of Peru met the president of Chile in Lima."));
            expected.put("d" + k, "coded");
        }
        Files.write(in.resolve("mixed.jsonl"), lines, StandardCharsets.UTF_8);
        return expected;
    }

    @Test
    void everyHostileRecordIsCodedOrQuarantinedWithItsCodeAndTheCountsAddUp() throws Exception {
        Path in = dir.resolve("in");
        Map<String, String> expected = write(in);
        CodingOptions options = new CodingOptions();
        options.quarantine = dir.resolve("quarantine.jsonl");
        Path db = dir.resolve("hostile.duckdb");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        RunSummary summary = CodingRun.run(options, SharedAnalyzer.coder(),
                () -> new ChunkedAnalyzer(SharedAnalyzer.get(), options.chunkChars), List.of(in), OutputFormat.JSONL,
                Optional.empty(), Optional.of(db), Optional.empty(), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));

        String log = err.toString(StandardCharsets.UTF_8);
        long toCode = expected.values().stream().filter("coded"::equals).count();
        assertThat(summary.read()).as(log).isEqualTo(expected.size());
        assertThat(summary.read()).isEqualTo(summary.coded() + summary.quarantined());
        assertThat(summary.coded()).as(log).isEqualTo(toCode);
        assertThat(log).contains(summary.line().substring(0, summary.line().indexOf(';')));
        Map<String, String> held = new LinkedHashMap<>();
        for (String line : Files.readAllLines(options.quarantine)) {
            JsonNode r = EventJson.mapper().readTree(line);
            String key = r.path("articleId").asText().isEmpty() || r.path("code").asText().equals("DYAD-I05")
                    || r.path("code").asText().equals("DYAD-I06") ? last(r.path("origin").asText())
                    : r.path("articleId").asText();
            held.put(key, r.path("code").asText());
        }
        expected.forEach((record, code) -> {
            if (code.equals("coded")) {
                assertThat(held).as(record + " is coded").doesNotContainKey(record);
            } else {
                assertThat(held).as(record).containsEntry(record, code);
            }
        });
        try (EventStore store = EventStore.openReadOnly(db)) {
            assertThat(store.counts().articles()).isEqualTo(toCode);
            assertThat(store.counts().quarantined()).isEqualTo(summary.quarantined());
            assertThat(store.events(EventQuery.all().withSource("FRA").withTarget("RUS"))).as("the coordination")
                    .isNotEmpty();
        }
        // the long article is coded whole: its 9,000 sentences, one merged meeting, which a meeting being
        // mutual codes both ways (each party meets the other)
        List<JsonNode> events = new ArrayList<>();
        for (String line : out.toString(StandardCharsets.UTF_8).split("\n")) {
            if (!line.isBlank()) {
                events.add(EventJson.mapper().readTree(line));
            }
        }
        List<JsonNode> meeting = events.stream().filter(e -> e.path("articleId").asText().equals("half-megabyte"))
                .toList();
        assertThat(meeting).extracting(e -> e.at("/source/code").asText() + ">" + e.at("/target/code").asText())
                .containsExactlyInAnyOrder("PERGOV>CHLGOV", "CHLGOV>PERGOV");
        assertThat(meeting).allSatisfy(e -> assertThat(e.path("evidence").size()).isEqualTo(9000));
    }

    private static String last(String origin) {
        String name = Path.of(origin.replaceFirst(":\\d+$", "")).getFileName().toString();
        int colon = origin.lastIndexOf(':');
        return colon > 0 && origin.substring(colon + 1).matches("\\d+") ? name + origin.substring(colon) : name;
    }

    private static String json(String id, String date, String text) {
        ObjectNode o = EventJson.mapper().createObjectNode();
        o.put("id", id);
        o.put("date", date);
        o.put("text", text);
        return o.toString();
    }

    private static byte[] gzip(byte[] raw) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        try (GZIPOutputStream z = new GZIPOutputStream(b)) {
            z.write(raw);
        }
        return b.toByteArray();
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            b.writeBytes(p);
        }
        return b.toByteArray();
    }
}
