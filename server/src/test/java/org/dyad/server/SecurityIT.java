package org.dyad.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Hostile requests: injection in every filter, oversized and malformed bodies, bad and missing tokens,
 * path traversal in export names, cross-origin calls. Each is refused with a problem naming what was
 * wrong (or, for free text, answered safely), and the server keeps answering.
 */
class SecurityIT {
    static final String TOKEN = "security-token-0123456789";
    static final List<String> ATTACKS = List.of("' OR 1=1 --", "RUS'; DROP TABLE events; --", "\") UNION SELECT * FROM"
            + " articles --", "1 OR 1=1", "../../etc/passwd", "<script>alert(1)</script>", "%00", "RUS\u0000",
            "a".repeat(600));
    static final List<String> FILTERS = List.of("actor", "source", "target", "country", "sector", "cameo", "quad",
            "plover", "from", "to", "place", "text", "minConfidence", "maxConfidence");

    @TempDir
    static Path dir;

    static DyadServer server;
    static DyadServer readOnly;
    static Http http;
    static long events;

    @BeforeAll
    static void start() throws Exception {
        Path db = DemoStore.copy(dir);
        Limits small = new Limits(50, 500, 1000, 10, 64 * 1024, 4, 2, 100);
        server = DyadServer.start(ServerOptions.of(db).withAddress("127.0.0.1", 0).withToken(Optional.of(TOKEN))
                .withLimits(small), SharedCoding.coding());
        http = new Http(server.uri());
        events = http.get("/api/v1/events/count").json().get("count").asLong();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    static void assertProblem(Http.Answer a, int status, String code) {
        assertThat(a.status()).as(a.body()).isEqualTo(status);
        assertThat(a.type()).startsWith("application/problem+json");
        JsonNode p = a.json();
        assertThat(OpenApi.violations("Problem", p)).isEmpty();
        assertThat(p.get("code").asText()).isEqualTo(code);
        assertThat(p.get("detail").asText()).isNotBlank();
    }

    /** The server still answers, and the store still holds every event. */
    static void assertUp() {
        assertThat(http.get("/api/v1/events/count").json().get("count").asLong()).isEqualTo(events);
    }

    @Test
    void injectionInEveryFilterIsRefusedOrHarmless() {
        for (String filter : FILTERS) {
            for (String attack : ATTACKS) {
                Http.Answer a = http.get("/api/v1/events?" + filter + "=" + enc(attack));
                if (a.status() == 200) {
                    // free text reaches the store only as a parameter: it matches nothing it should not
                    assertThat(filter).as(attack).isIn("place", "text");
                    assertThat(a.json().get("events").size()).as(filter + "=" + attack).isLessThan((int) Math.min(events, 50));
                } else {
                    assertProblem(a, 400, "DYAD-A01");
                    assertThat(a.json().get("detail").asText()).as(filter).contains(filter.equals("from")
                            || filter.equals("to") ? filter : "");
                }
                assertThat(http.get("/api/v1/timeline?" + filter + "=" + enc(attack)).status()).isIn(200, 400);
            }
        }
        assertUp();
    }

    @Test
    void unknownRepeatedAndOversizedParametersAreRefused() {
        assertProblem(http.get("/api/v1/events?contry=RUS"), 400, "DYAD-A01");
        assertThat(http.get("/api/v1/events?contry=RUS").json().get("detail").asText()).contains("contry");
        assertProblem(http.get("/api/v1/events?country=RUS&country=UKR"), 400, "DYAD-A01");
        assertProblem(http.get("/api/v1/events?limit=100000"), 400, "DYAD-A01");
        assertProblem(http.get("/api/v1/events?limit=-1"), 400, "DYAD-A01");
        assertProblem(http.get("/api/v1/events?cursor=not-a-cursor"), 400, "DYAD-A01");
        assertProblem(http.get("/api/v1/events?order=" + enc("date; DROP TABLE events")), 400, "DYAD-A01");
        assertProblem(http.get("/api/v1/events?from=2025-01-01&to=2024-01-01"), 400, "DYAD-A01");
        assertProblem(http.get("/api/v1/events?text=" + enc("\"unbalanced")), 400, "DYAD-A01");
        assertProblem(http.get("/api/v1/events/abc"), 400, "DYAD-A01");
        assertProblem(http.get("/api/v1/actors/" + enc("RUS' OR '1'='1")), 400, "DYAD-A01");
        assertProblem(http.get("/api/v1/nowhere"), 404, "DYAD-A02");
        assertUp();
    }

    @ParameterizedTest
    @ValueSource(strings = {"../../etc/passwd", "..", "a/b.tsv", "%2e%2e%2fsecret", ".hidden", "x..y"})
    void pathTraversalInExportNamesIsRefused(String name) {
        Http.Answer a = http.get("/api/v1/export?format=gdelt&name=" + enc(name));
        assertProblem(a, 400, "DYAD-A01");
        assertThat(a.json().get("detail").asText()).contains("plain file name");
        assertProblem(http.get("/api/v1/export?format=passwd"), 400, "DYAD-A01");
        assertUp();
    }

    @Test
    void writesNeedTheRightToken() {
        String article = "{\"date\": \"2025-03-01\", \"text\": \"Russia and Ukraine held talks.\"}";
        assertProblem(http.post("/api/v1/articles", "application/json", article), 401, "DYAD-A03");
        assertProblem(http.post("/api/v1/articles", "application/json", article, "Authorization", "Bearer wrong-token-000000000"),
                401, "DYAD-A03");
        assertProblem(http.post("/api/v1/articles", "application/json", article, "Authorization", "Basic "
                + TOKEN), 401, "DYAD-A03");
        assertProblem(http.post("/api/v1/articles", "application/json", article, "Authorization", "Bearer "
                + TOKEN.substring(0, TOKEN.length() - 1)), 401, "DYAD-A03");
        assertUp();
    }

    @Test
    void oversizedMalformedAndMistypedBodiesAreRefused() {
        String auth = "Bearer " + TOKEN;
        byte[] big = new byte[128 * 1024];
        java.util.Arrays.fill(big, (byte) 'a');
        assertProblem(http.post("/api/v1/articles", "text/plain", big, "Authorization", auth), 413, "DYAD-A05");
        assertProblem(http.post("/api/v1/articles", "application/json", "{\"date\": \"2025-03-01\", \"text\":",
                "Authorization", auth), 400, "DYAD-A06");
        assertProblem(http.post("/api/v1/articles", "application/json", "42", "Authorization", auth), 400, "DYAD-A06");
        assertProblem(http.post("/api/v1/articles", "application/json", "[]", "Authorization", auth), 400, "DYAD-A06");
        assertProblem(http.post("/api/v1/articles", "application/json", "", "Authorization", auth), 400, "DYAD-A06");
        assertProblem(http.post("/api/v1/articles", "application/xml", "<a/>", "Authorization", auth), 415, "DYAD-A07");
        assertUp();
    }

    @Test
    void articlesThatCannotBeCodedAreQuarantinedWithTheCommandLinesCodes() {
        String auth = "Bearer " + TOKEN;
        Http.Answer badDate = http.post("/api/v1/articles", "application/json",
                "{\"id\": \"bad-date\", \"date\": \"2025-02-30\", \"text\": \"Russia and Ukraine held talks.\"}",
                "Authorization", auth);
        assertProblem(badDate, 422, "DYAD-I03");
        assertThat(badDate.json().get("detail").asText()).contains("2025-02-30");
        assertProblem(http.post("/api/v1/articles", "application/json", "{\"id\": \"empty\", \"date\": \"2025-03-01\","
                + " \"text\": \"   \"}", "Authorization", auth), 422, "DYAD-I04");
        assertProblem(http.post("/api/v1/articles?id=plain", "text/plain", "no date line here", "Authorization", auth),
                422, "DYAD-I03");
        Http.Answer lines = http.post("/api/v1/articles", "application/x-ndjson", "{\"id\": \"x1\", \"date\": \"2025-03-01\"}\n"
                + "not json\n", "Authorization", auth);
        assertThat(lines.status()).isEqualTo(200);
        assertThat(lines.json().get("articles")).extracting(a -> a.get("code").asText()).containsExactly("DYAD-I04",
                "DYAD-I05");
        JsonNode stats = http.get("/api/v1/stats").json();
        assertThat(stats.at("/quarantinedByCode/DYAD-I03").asLong()).isEqualTo(2);
        assertThat(stats.at("/counts/quarantined").asLong()).isEqualTo(5);
        assertUp();
    }

    @Test
    void everyResponseCarriesTheSecurityHeadersAndNoCorsByDefault() {
        for (String path : List.of("/", "/api/v1/events?limit=1", "/api/v1/nowhere")) {
            Http.Answer a = http.get(path, "Origin", "http://evil.example");
            assertThat(a.header("Content-Security-Policy")).get().asString().contains("default-src 'self'")
                    .contains("script-src 'self'").contains("frame-ancestors 'none'");
            assertThat(a.header("X-Content-Type-Options")).contains("nosniff");
            assertThat(a.header("Access-Control-Allow-Origin")).isEmpty();
        }
    }

    @Test
    void corsAnswersOnlyTheOriginsGiven() throws Exception {
        Path db = DemoStore.copy(java.nio.file.Files.createTempDirectory(dir, "cors"));
        try (DyadServer cors = DyadServer.start(ServerOptions.of(db).withAddress("127.0.0.1", 0)
                .withCorsOrigins(List.of("http://localhost:3000")), SharedCoding.coding())) {
            Http h = new Http(cors.uri());
            assertThat(h.get("/api/v1/stats", "Origin", "http://localhost:3000").header("Access-Control-Allow-Origin"))
                    .contains("http://localhost:3000");
            assertThat(h.get("/api/v1/stats", "Origin", "http://evil.example").header("Access-Control-Allow-Origin"))
                    .isEmpty();
            assertProblem(h.post("/api/v1/articles", "application/json", "{}", "Authorization", "Bearer " + TOKEN), 403,
                    "DYAD-A04");
        }
    }
}
