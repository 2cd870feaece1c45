package org.dyad.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Live ingest with the real analysis: RSS and Atom feeds polled from a recorded site on 127.0.0.1, a
 * watched folder, the spool of a server stopped before it coded what it had taken; and each ingest
 * survives a restart without coding anything twice.
 */
class LiveIngestIT {
    @TempDir
    Path dir;

    static ServerOptions options(Path db) {
        return ServerOptions.of(db).withAddress("127.0.0.1", 0)
                .withIntervals(Duration.ofMillis(500), Duration.ofMillis(200));
    }

    /** Polls the status until the ingest counters satisfy {@code done}. */
    static JsonNode awaitIngest(Http http, Predicate<JsonNode> done) throws InterruptedException {
        JsonNode last = null;
        for (int i = 0; i < 600; i++) {
            last = http.get("/api/v1/status").json().get("ingest");
            if (done.test(last) && last.get("queued").asInt() == 0 && last.get("current").asText().isEmpty()) {
                return last;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("ingest did not finish: " + last);
    }

    static String article(String id) {
        return "feed-" + FeedPoller.digest(id);
    }

    @Test
    void feedsArePolledTheirPagesExtractedAndTheirDatesKept() throws Exception {
        Path db = dir.resolve("feeds.duckdb");
        try (RecordedSite site = new RecordedSite()) {
            Path feeds = dir.resolve("feeds.txt");
            Files.writeString(feeds, "# recorded feeds\n" + site.uri("/feeds/wire.rss") + "\n" + site.uri("/feeds/horn.atom")
                    + "\n");
            try (DyadServer server = DyadServer.start(options(db).withFeeds(Optional.of(feeds)), SharedCoding.coding())) {
                Http http = new Http(server.uri());
                JsonNode progress = awaitIngest(http, p -> p.get("stored").asInt() == 3 && p.get("quarantined").asInt() == 1);
                assertThat(progress.get("feedFailures").asInt()).isZero();
                JsonNode court = http.get("/api/v1/articles/" + article("wnw-2021-0315-un-court")).json();
                // 23:49 at -05:00 on the 15th is the 16th in UTC: the item's own day is kept
                assertThat(court.at("/article/date").asText()).isEqualTo("2021-03-15");
                assertThat(court.at("/article/title").asText()).isEqualTo("UN Court Opens Maritime Dispute Hearing Without Kenya");
                assertThat(court.at("/article/sourceName").asText()).isEqualTo("World News Wire: Africa and Middle East");
                assertThat(court.at("/article/url").asText()).isEqualTo("/pages/un-court.html");
                assertThat(court.get("text").asText()).isEqualTo(ArticleExtractorTest.resource("un-court.expected.txt"));
                assertThat(court.get("events")).isNotEmpty();
                JsonNode hotel = http.get("/api/v1/articles/" + article("urn:wnw:2025-0311-somalia-hotel")).json();
                assertThat(hotel.at("/article/date").asText()).isEqualTo("2025-03-11");
                assertThat(hotel.at("/article/sourceName").asText()).isEqualTo("World News Wire: Horn of Africa");
                JsonNode stats = http.get("/api/v1/stats").json();
                assertThat(stats.at("/counts/articles").asInt()).isEqualTo(3);
                assertThat(stats.at("/quarantinedByCode/DYAD-I01").asInt()).isEqualTo(1);
            }
            int pages = site.hits("/pages/un-court.html") + site.hits("/pages/syria-arab-spring.html")
                    + site.hits("/pages/somalia-hotel.html") + site.hits("/pages/taken-down.html");
            assertThat(pages).isEqualTo(4);
            int polls = site.hits("/feeds/wire.rss");
            // restarted: every item is known (stored or quarantined), so no page is fetched and nothing coded
            try (DyadServer server = DyadServer.start(options(db).withFeeds(Optional.of(feeds)), SharedCoding.coding())) {
                Http http = new Http(server.uri());
                JsonNode progress = awaitIngest(http, p -> p.get("feedItemsKnown").asInt() >= 8);
                assertThat(progress.get("read").asInt()).isZero();
                assertThat(progress.get("stored").asInt()).isZero();
                assertThat(site.hits("/feeds/wire.rss")).isGreaterThan(polls);
                assertThat(http.get("/api/v1/stats").json().at("/counts/articles").asInt()).isEqualTo(3);
            }
            assertThat(site.hits("/pages/un-court.html") + site.hits("/pages/syria-arab-spring.html")
                    + site.hits("/pages/somalia-hotel.html") + site.hits("/pages/taken-down.html")).isEqualTo(pages);
        }
    }

    @Test
    void aWatchedFolderTakesNewFilesOnceEvenAcrossARestart() throws Exception {
        Path db = dir.resolve("watch.duckdb");
        Path inbox = Files.createDirectories(dir.resolve("inbox"));
        List<String> stories = Files.readAllLines(DemoStore.EXAMPLES.resolve("voa-stories.jsonl"), StandardCharsets.UTF_8);
        try (DyadServer server = DyadServer.start(options(db).withWatch(Optional.of(inbox)), SharedCoding.coding())) {
            Http http = new Http(server.uri());
            // written aside and moved in, as a file arrives whole
            Path tmp = dir.resolve("two.jsonl");
            Files.write(tmp, stories.subList(0, 2), StandardCharsets.UTF_8);
            Files.move(tmp, inbox.resolve("two.jsonl"), StandardCopyOption.ATOMIC_MOVE);
            Files.write(inbox.resolve("photo.jpg"), new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff, 0, 16, 'J', 'F'});
            Files.writeString(inbox.resolve(".hidden.jsonl"), stories.get(2));
            JsonNode progress = awaitIngest(http, p -> p.get("stored").asInt() == 2 && p.get("quarantined").asInt() == 1);
            assertThat(progress.get("watchedFiles").asInt()).isEqualTo(2);
            JsonNode stats = http.get("/api/v1/stats").json();
            assertThat(stats.at("/counts/articles").asInt()).isEqualTo(2);
            assertThat(stats.at("/quarantinedByCode/DYAD-I02").asInt()).isEqualTo(1);
            assertThat(stats.at("/counts/events").asInt()).isPositive();
        }
        try (DyadServer server = DyadServer.start(options(db).withWatch(Optional.of(inbox)), SharedCoding.coding())) {
            Http http = new Http(server.uri());
            Thread.sleep(1_500);
            JsonNode progress = awaitIngest(http, p -> true);
            assertThat(progress.get("read").asInt()).isZero();
            // a new file after the restart is taken, and only it
            Files.write(inbox.resolve("third.jsonl"), stories.subList(2, 3), StandardCharsets.UTF_8);
            progress = awaitIngest(http, p -> p.get("stored").asInt() == 1);
            assertThat(progress.get("read").asInt()).isEqualTo(1);
            assertThat(http.get("/api/v1/stats").json().at("/counts/articles").asInt()).isEqualTo(3);
        }
    }

    @Test
    void whatTheSpoolHeldWhenTheServerStoppedIsCodedAtTheNextStart() throws Exception {
        Path db = dir.resolve("spool.duckdb");
        Path inbox = Files.createDirectories(DyadServer.spoolOf(db).resolve("inbox"));
        List<String> stories = Files.readAllLines(DemoStore.EXAMPLES.resolve("voa-stories.jsonl"), StandardCharsets.UTF_8);
        Files.write(inbox.resolve("post-1-1.jsonl"), stories.subList(3, 5), StandardCharsets.UTF_8);
        try (DyadServer server = DyadServer.start(options(db).withToken(Optional.of("spool-token-0123456789")),
                SharedCoding.coding())) {
            Http http = new Http(server.uri());
            awaitIngest(http, p -> p.get("stored").asInt() == 2);
            assertThat(http.get("/api/v1/stats").json().at("/counts/articles").asInt()).isEqualTo(2);
        }
        assertThat(inbox).isEmptyDirectory();
    }
}
