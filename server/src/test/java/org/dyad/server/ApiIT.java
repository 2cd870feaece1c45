package org.dyad.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.dyad.store.EventStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The API over a real server on a random port and a real store (the demo's 90 articles): every path
 * answers what the store holds, in the shapes the OpenAPI document gives.
 */
class ApiIT {
    static final String TOKEN = "test-token-0123456789abcdef";

    @TempDir
    static Path dir;

    static DyadServer server;
    static Http http;
    /** The events of the demo store, counted by the store itself. */
    static long demoEvents;

    @BeforeAll
    static void start() throws Exception {
        Path db = DemoStore.copy(dir);
        try (EventStore store = EventStore.openReadOnly(db)) {
            demoEvents = store.counts().events();
        }
        assertThat(demoEvents).as("events of the demo store").isGreaterThan(100);
        server = DyadServer.start(ServerOptions.of(db).withAddress("127.0.0.1", 0).withToken(Optional.of(TOKEN)),
                SharedCoding.coding());
        http = new Http(server.uri());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static JsonNode ok(Http.Answer a, String schema) {
        assertThat(a.status()).as(a.body()).isEqualTo(200);
        JsonNode n = a.json();
        assertThat(OpenApi.violations(schema, n)).as(schema + " of " + a.body().substring(0, Math.min(300, a.body().length())))
                .isEmpty();
        return n;
    }

    @Test
    void statisticsCountTheDemoStore() {
        JsonNode s = ok(http.get("/api/v1/stats"), "Statistics");
        assertThat(s.at("/counts/articles").asLong()).isGreaterThanOrEqualTo(90);
        long events = s.at("/counts/events").asLong();
        // the demo store's events, and those of any article another test posted
        assertThat(events).isGreaterThanOrEqualTo(demoEvents);
        long byQuad = 0;
        for (int q = 1; q <= 4; q++) {
            byQuad += s.at("/eventsByQuadClass/" + q).asLong();
        }
        assertThat(byQuad).isEqualTo(events);
        assertThat(s.get("firstDate").asText()).isLessThan(s.get("lastDate").asText());
    }

    @Test
    void cursorPagesGiveEveryEventOnceInOrder() {
        long total = http.get("/api/v1/events/count").json().get("count").asLong();
        Set<Long> ids = new HashSet<>();
        List<String> dates = new ArrayList<>();
        String next = null;
        int pages = 0;
        do {
            JsonNode page = ok(http.get("/api/v1/events?order=-date&limit=200" + (next == null ? "" : "&cursor=" + next)),
                    "EventPage");
            for (JsonNode e : page.get("events")) {
                assertThat(ids.add(e.get("eventId").asLong())).isTrue();
                dates.add(e.get("date").asText());
            }
            next = page.get("next").isNull() ? null : page.get("next").asText();
            pages++;
        } while (next != null && pages < 20);
        assertThat(ids).hasSize((int) total);
        assertThat(pages).isEqualTo((int) ((total + 199) / 200));
        List<String> sorted = new ArrayList<>(dates);
        sorted.sort(java.util.Comparator.reverseOrder());
        assertThat(dates).isEqualTo(sorted);
    }

    @Test
    void filtersCombineAndTheTotalMatchesTheCount() {
        JsonNode page = ok(http.get("/api/v1/events?country=RUS&quad=1&limit=500&total=true"), "EventPage");
        assertThat(page.get("events")).isNotEmpty();
        for (JsonNode e : page.get("events")) {
            assertThat(e.get("quadClass").asInt()).isEqualTo(1);
            String t = e.get("target").isNull() ? "" : e.at("/target/code").asText();
            assertThat(e.at("/source/code").asText().startsWith("RUS") || t.startsWith("RUS")).isTrue();
        }
        assertThat(page.get("total").asLong()).isEqualTo(page.get("events").size())
                .isEqualTo(http.get("/api/v1/events/count?country=RUS&quad=1").json().get("count").asLong());
        JsonNode words = ok(http.get("/api/v1/events?text=ceasefire&minConfidence=0.5&limit=500"), "EventPage");
        assertThat(words.get("events")).isNotEmpty().allSatisfy(e -> {
            assertThat(e.get("confidence").asDouble()).isGreaterThanOrEqualTo(0.5);
            assertThat(e.at("/evidence/0/text").asText().toLowerCase()).contains("ceasefire");
        });
        JsonNode plover = ok(http.get("/api/v1/events?plover=consult&limit=500"), "EventPage");
        assertThat(plover.get("events")).isNotEmpty().allSatisfy(e -> assertThat(e.at("/plover/type").asText())
                .isEqualTo("CONSULT"));
    }

    @Test
    void anEventComesWithItsReportsEvidenceAndMentions() {
        JsonNode first = http.get("/api/v1/events?text=Macron&limit=1").json().at("/events/0");
        long id = first.get("eventId").asLong();
        JsonNode d = ok(http.get("/api/v1/events/" + id), "EventDetail");
        assertThat(d.at("/event/eventId").asLong()).isEqualTo(id);
        assertThat(d.get("reports")).hasSize(d.at("/event/numArticles").asInt());
        assertThat(d.get("mentions")).hasSize(d.at("/event/numMentions").asInt());
        JsonNode report = d.at("/reports/0/event");
        JsonNode ev = report.at("/evidence/0");
        String sentence = ev.get("text").asText();
        int begin = ev.get("begin").asInt();
        JsonNode source = report.get("source");
        assertThat(sentence.substring(source.get("begin").asInt() - begin, source.get("end").asInt() - begin))
                .isEqualTo(source.get("text").asText());
        assertThat(d.at("/mentions/0/text").asText()).isEqualTo(sentence);
        assertThat(http.get("/api/v1/events/999999").status()).isEqualTo(404);
    }

    @Test
    void anArticleComesWithEveryCodedSpan() {
        JsonNode a = ok(http.get("/api/v1/articles/2022-01-28-putin-macron-call"), "ArticleDetail");
        String text = a.get("text").asText();
        assertThat(a.get("actors")).isNotEmpty().allSatisfy(s -> assertThat(text.substring(s.get("begin").asInt(),
                s.get("end").asInt())).isEqualTo(s.get("text").asText()));
        assertThat(a.get("events").size()).isGreaterThanOrEqualTo(10);
        assertThat(a.get("quotes")).isNotEmpty();
        for (JsonNode e : a.get("events")) {
            JsonNode t = e.at("/event/trigger");
            assertThat(text.substring(t.get("begin").asInt(), t.get("end").asInt())).isEqualTo(t.get("text").asText());
        }
    }

    @Test
    void actorsAreSearchedProfiledAndDiscovered() {
        JsonNode found = ok(http.get("/api/v1/actors?q=rus&limit=5"), "ActorList");
        assertThat(found.get("actors")).extracting(n -> n.get("code").asText()).contains("RUS", "RUSGOV");
        JsonNode p = ok(http.get("/api/v1/actors/RUSGOV"), "ActorProfile");
        assertThat(p.get("asSource").asLong() + p.get("asTarget").asLong()).isPositive();
        assertThat(p.get("partners")).isNotEmpty();
        assertThat(ok(http.get("/api/v1/actors/discovered?limit=10"), "Discovered").get("actors")).isNotEmpty();
        JsonNode top = ok(http.get("/api/v1/actors/top?limit=3"), "TopActors");
        assertThat(top.get("actors")).hasSize(3);
        assertThat(http.get("/api/v1/actors/NOSUCHCODE").status()).isEqualTo(404);
    }

    @Test
    void aggregatesAddUpToTheEvents() {
        long events = http.get("/api/v1/events/count").json().get("count").asLong();
        for (String bucket : List.of("day", "week", "month")) {
            JsonNode t = ok(http.get("/api/v1/timeline?bucket=" + bucket), "Timeline");
            long sum = 0;
            for (JsonNode p : t.get("points")) {
                sum += p.get("events").asLong();
            }
            assertThat(sum).as(bucket).isEqualTo(events);
        }
        JsonNode dyad = ok(http.get("/api/v1/timeline?source=RUS&target=UKR"), "Timeline");
        long dyadSum = 0;
        for (JsonNode p : dyad.get("points")) {
            dyadSum += p.get("events").asLong();
        }
        assertThat(dyadSum).isEqualTo(http.get("/api/v1/events/count?source=RUS&target=UKR").json().get("count").asLong());
        JsonNode net = ok(http.get("/api/v1/network?limit=1000"), "Network");
        long edges = 0;
        for (JsonNode e : net.get("edges")) {
            edges += e.get("events").asLong();
        }
        long withTarget = 0;
        for (JsonNode e : http.get("/api/v1/events?limit=500").json().get("events")) {
            withTarget += e.get("target").isNull() ? 0 : 1;
        }
        assertThat(edges).isGreaterThanOrEqualTo(withTarget);
        Http.Answer places = http.get("/api/v1/places?limit=1000");
        assertThat(places.type()).startsWith("application/geo+json");
        JsonNode geo = places.json();
        assertThat(OpenApi.violations("Places", geo)).isEmpty();
        long placed = 0;
        for (JsonNode f : geo.get("features")) {
            placed += f.at("/properties/events").asLong();
            assertThat(f.at("/geometry/coordinates/0").asDouble()).isBetween(-180.0, 180.0);
        }
        assertThat(placed).isPositive().isLessThanOrEqualTo(events);
        Http.Answer csv = http.get("/api/v1/timeline?format=csv");
        assertThat(csv.type()).startsWith("text/csv");
        assertThat(csv.body().lines().findFirst()).contains("date,quadClass,events,meanGoldstein");
    }

    @Test
    void codebooksHoldCameoAndPlover() {
        JsonNode cameo = ok(http.get("/api/v1/codebooks/cameo"), "CameoCodebook");
        assertThat(cameo.get("codes")).anySatisfy(c -> {
            assertThat(c.get("code").asText()).isEqualTo("036");
            assertThat(c.get("name").asText()).containsIgnoringCase("meet");
        });
        JsonNode plover = ok(http.get("/api/v1/codebooks/plover"), "PloverCodebook");
        assertThat(plover.get("types")).hasSize(16);
    }

    @Test
    void exportsStreamEveryFormatWithoutCap() throws Exception {
        long events = http.get("/api/v1/events/count").json().get("count").asLong();
        long mentions = http.get("/api/v1/stats").json().at("/counts/mentions").asLong();
        Http.Answer jsonl = http.get("/api/v1/export?format=jsonl");
        assertThat(jsonl.status()).isEqualTo(200);
        assertThat(jsonl.header("Content-Disposition")).contains("attachment; filename=\"dyad-events-jsonl.jsonl\"");
        assertThat(jsonl.body().lines().count()).isEqualTo(events);
        assertThat(http.get("/api/v1/export?format=gdelt&name=events.tsv").body().lines())
                .hasSize((int) events).allSatisfy(l -> assertThat(l.split("\t", -1)).hasSize(61));
        assertThat(http.get("/api/v1/export?format=gdelt-mentions").body().lines().count()).isEqualTo(mentions);
        assertThat(http.get("/api/v1/export?format=phoenix").body().lines().count()).isEqualTo(events);
        assertThat(http.get("/api/v1/export?format=icews").body().lines().count()).isEqualTo(events + 1);
        // PLOVER codes no CAMEO 01 and 02 events: the export holds the others
        long withPlover = jsonl.body().lines().filter(l -> !l.contains("\"plover\":null")).count();
        assertThat(withPlover).isLessThan(events);
        assertThat(http.get("/api/v1/export?format=plover").body().lines().count()).isEqualTo(withPlover);
        byte[] parquet = http.get("/api/v1/export?format=parquet").bytes();
        assertThat(new String(parquet, 0, 4, StandardCharsets.US_ASCII)).isEqualTo("PAR1");
        Path f = dir.resolve("export.parquet");
        Files.write(f, parquet);
        try (var c = java.sql.DriverManager.getConnection("jdbc:duckdb:");
                var rs = c.createStatement().executeQuery("SELECT count(*) FROM read_parquet('" + f + "')")) {
            rs.next();
            assertThat(rs.getLong(1)).isEqualTo(events);
        }
    }

    @Test
    void etagsFollowTheStoreVersion() {
        Http.Answer first = http.get("/api/v1/events?limit=5");
        String etag = first.header("ETag").orElseThrow();
        long version = http.get("/api/v1/stats").json().get("version").asLong();
        assertThat(etag).isEqualTo("W/\"" + version + "\"");
        Http.Answer again = http.get("/api/v1/events?limit=5", "If-None-Match", etag);
        assertThat(again.status()).isEqualTo(304);
        assertThat(again.bytes()).isEmpty();
    }

    @Test
    void theChangesFeedListsEverythingFromZeroAndNothingFromNow() {
        long version = http.get("/api/v1/stats").json().get("version").asLong();
        JsonNode none = ok(http.get("/api/v1/changes?since=" + version), "ChangePage");
        assertThat(none.get("events")).isEmpty();
        assertThat(none.get("reset").asBoolean()).isFalse();
        // pages smaller than the store: a full first page that says where to go on, and every event once
        JsonNode page = ok(http.get("/api/v1/changes?since=0&limit=100"), "ChangePage");
        assertThat(page.get("events")).hasSize(100);
        assertThat(page.get("next").asLong()).isEqualTo(page.at("/events/99/eventId").asLong());
        Set<Long> ids = new HashSet<>();
        while (true) {
            page.get("events").forEach(e -> assertThat(ids.add(e.get("eventId").asLong())).isTrue());
            if (page.get("next").isNull()) {
                break;
            }
            page = ok(http.get("/api/v1/changes?since=0&limit=100&after=" + page.get("next").asLong()), "ChangePage");
        }
        assertThat(ids).hasSize(http.get("/api/v1/stats").json().at("/counts/events").asInt());
        assertThat(http.get("/api/v1/changes?since=" + (version + 1)).status()).isEqualTo(400);
    }

    @Test
    void theOpenApiDocumentIsServedAndCoversEveryPath() {
        JsonNode doc = http.get("/api/v1/openapi.json").json();
        assertThat(doc).isEqualTo(OpenApi.DOCUMENT);
        assertThat(doc.get("openapi").asText()).isEqualTo("3.1.0");
        for (String p : List.of("/api/v1/events", "/api/v1/events/{id}", "/api/v1/articles", "/api/v1/articles/{id}",
                "/api/v1/actors", "/api/v1/actors/{code}", "/api/v1/actors/discovered", "/api/v1/timeline",
                "/api/v1/network", "/api/v1/places", "/api/v1/codebooks/cameo", "/api/v1/codebooks/plover",
                "/api/v1/stats", "/api/v1/export", "/api/v1/changes", "/api/v1/ingest/{batch}", "/api/v1/status")) {
            assertThat(doc.get("paths").has(p)).as(p).isTrue();
        }
    }

    @Test
    void aPostedArticleIsCodedStoredAndSeenInTheChanges() {
        long version = http.get("/api/v1/stats").json().get("version").asLong();
        String article = "{\"id\": \"api-post-1\", \"date\": \"2025-03-20\", \"title\": \"Talks in Ankara\", \"text\":"
                + " \"Turkish President Recep Tayyip Erdogan met Ukrainian President Volodymyr Zelenskyy in Ankara on"
                + " Thursday. Erdogan urged Russia and Ukraine to agree a ceasefire.\", \"source\": \"test wire\"}";
        JsonNode b = ok(http.post("/api/v1/articles", "application/json", article, "Authorization", "Bearer " + TOKEN),
                "IngestBatch");
        assertThat(b.get("state").asText()).isEqualTo("done");
        assertThat(b.at("/articles/0/status").asText()).isEqualTo("stored");
        JsonNode events = b.at("/articles/0/events");
        assertThat(events).isNotEmpty();
        JsonNode changes = ok(http.get("/api/v1/changes?since=" + version), "ChangePage");
        assertThat(changes.get("version").asLong()).isGreaterThan(version);
        assertThat(changes.get("events")).extracting(e -> e.get("eventId").asLong())
                .containsAll(toLongs(events));
        JsonNode again = ok(http.post("/api/v1/articles", "application/json", article, "Authorization", "Bearer " + TOKEN),
                "IngestBatch");
        assertThat(again.at("/articles/0/status").asText()).isEqualTo("already-stored");
    }

    private static List<Long> toLongs(JsonNode a) {
        List<Long> out = new ArrayList<>();
        a.forEach(n -> out.add(n.asLong()));
        return out;
    }
}
