package org.dyad.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The dashboard in headless Chromium over the demo store: every view shows what the API says, filters
 * change them all, a row opens its evidence with the spans marked, and an article posted with the
 * token appears without a reload. Screenshots go to target/screenshots/.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DashboardIT {
    static final String TOKEN = "dashboard-token-0123456789";

    @TempDir
    static Path dir;

    static DyadServer server;
    static Http http;
    static Browser browser;

    @BeforeAll
    static void start() throws Exception {
        Path db = DemoStore.copy(dir);
        server = DyadServer.start(ServerOptions.of(db).withAddress("127.0.0.1", 0).withToken(Optional.of(TOKEN)),
                SharedCoding.coding());
        http = new Http(server.uri());
        browser = new Browser(1400, 1500);
        browser.driver.get(server.uri().toString());
        awaitRefresh(0);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
        server.close();
    }

    static int refreshed() {
        Object r = browser.js("return document.body.dataset.refreshed || '0'");
        return Integer.parseInt(String.valueOf(r));
    }

    /** Waits until the dashboard has finished a refresh after the {@code before}th. */
    static void awaitRefresh(int before) {
        browser.await(60).until(d -> refreshed() > before
                && "false".equals(browser.js("return document.body.dataset.loading")));
    }

    static String data(String id, String key) {
        return String.valueOf(browser.js("return document.getElementById(arguments[0]).dataset[arguments[1]]", id, key));
    }

    static long sum(JsonNode array, String pointer) {
        long n = 0;
        for (JsonNode x : array) {
            n += x.at(pointer).asLong();
        }
        return n;
    }

    /** Every view's counts equal the API's for the same filters. */
    static void assertViewsMatch(String query) {
        String q = query.isEmpty() ? "" : query + "&";
        JsonNode timeline = http.get("/api/v1/timeline?" + q + "bucket=day").json();
        JsonNode network = http.get("/api/v1/network?" + q + "limit=60").json();
        JsonNode places = http.get("/api/v1/places?" + q + "limit=500").json();
        long count = http.get("/api/v1/events/count" + (query.isEmpty() ? "" : "?" + query)).json().get("count").asLong();
        assertThat(Long.parseLong(data("timeline", "events"))).isEqualTo(sum(timeline.get("points"), "/events"))
                .isEqualTo(count);
        assertThat(Integer.parseInt(data("network", "edges"))).isEqualTo(network.get("edges").size());
        assertThat(Integer.parseInt(data("network", "nodes"))).isEqualTo(network.get("nodes").size());
        assertThat(Integer.parseInt(data("map", "places"))).isEqualTo(places.get("features").size());
        assertThat(Long.parseLong(data("map", "events"))).isEqualTo(sum(places.get("features"), "/properties/events"));
        assertThat(Long.parseLong(data("events", "total"))).isEqualTo(count);
        assertThat(Integer.parseInt(data("events", "rows"))).isEqualTo((int) Math.min(50, count));
        assertThat(browser.driver.findElements(By.cssSelector("#events tbody tr[data-event]"))).hasSize((int) Math.min(50, count));
        assertThat(browser.driver.findElements(By.cssSelector("#map circle"))).hasSize(places.get("features").size());
    }

    @Test
    @Order(1)
    void everyViewShowsTheDemoStore() {
        JsonNode stats = http.get("/api/v1/stats").json();
        assertViewsMatch("");
        assertThat(data("status-text", "articles")).isEqualTo(stats.at("/counts/articles").asText());
        assertThat(data("status-text", "events")).isEqualTo(stats.at("/counts/events").asText());
        // the bundled libraries drew: ECharts and Cytoscape canvases, the world's countries
        assertThat(browser.driver.findElements(By.cssSelector("#timeline canvas"))).isNotEmpty();
        assertThat(browser.driver.findElements(By.cssSelector("#network canvas"))).isNotEmpty();
        assertThat(browser.driver.findElements(By.cssSelector("#map path.land")).size()).isGreaterThan(150);
        assertThat(browser.js("return document.body.dataset.error || ''")).isEqualTo("");
        browser.screenshot("dashboard");
    }

    @Test
    @Order(2)
    void filtersChangeEveryView() {
        int before = refreshed();
        WebElement country = browser.driver.findElement(By.name("country"));
        country.clear();
        country.sendKeys("RUS");
        new Select(browser.driver.findElement(By.name("quad"))).selectByValue("1");
        browser.driver.findElement(By.cssSelector("#filters button[type=submit]")).click();
        awaitRefresh(before);
        assertViewsMatch("country=RUS&quad=1");
        assertThat(browser.driver.getCurrentUrl()).contains("country=RUS").contains("quad=1");
        browser.screenshot("filtered");
        before = refreshed();
        browser.driver.findElement(By.id("reset")).click();
        awaitRefresh(before);
        assertViewsMatch("");
    }

    @Test
    @Order(3)
    void aRowOpensItsEvidenceWithTheActorsAndTriggerMarked() {
        WebElement row = browser.driver.findElements(By.cssSelector("#events tbody tr[data-event]")).get(0);
        long id = Long.parseLong(row.getAttribute("data-event"));
        row.click();
        browser.await(20).until(d -> !d.findElements(By.cssSelector("#evidence .sentence")).isEmpty());
        JsonNode report = http.get("/api/v1/events/" + id).json().at("/reports/0/event");
        String source = browser.driver.findElement(By.cssSelector("#evidence mark.hl-source")).getText();
        String trigger = browser.driver.findElement(By.cssSelector("#evidence mark.hl-trigger")).getText();
        assertThat(source).isEqualTo(report.at("/source/text").asText());
        assertThat(trigger).isEqualTo(report.at("/trigger/text").asText());
        if (!report.get("target").isNull()) {
            assertThat(browser.driver.findElement(By.cssSelector("#evidence mark.hl-target")).getText())
                    .isEqualTo(report.at("/target/text").asText());
        }
        assertThat(browser.driver.findElement(By.cssSelector("#evidence .sentence")).getText())
                .isEqualTo(report.at("/evidence/0/text").asText());
        browser.screenshot("evidence");
        browser.driver.findElement(By.cssSelector("#evidence h3 button")).click();
        browser.await(20).until(d -> !d.findElements(By.id("article-text")).isEmpty());
        assertThat(browser.driver.findElements(By.cssSelector("#article-text mark.hl-trigger"))).isNotEmpty();
        browser.screenshot("article");
        browser.driver.findElement(By.cssSelector("#drawer .meta button.linkish, #drawer td button.linkish")).click();
        browser.await(20).until(d -> d.findElement(By.id("drawer-body")).getText().contains("events as source"));
        browser.screenshot("actor");
        browser.driver.findElement(By.id("close-drawer")).click();
    }

    @Test
    @Order(4)
    void anArticlePostedWithTheTokenAppearsWithoutAReload() {
        long articles = Long.parseLong(data("status-text", "articles"));
        int before = refreshed();
        browser.driver.findElement(By.id("add-article")).click();
        WebElement form = browser.driver.findElement(By.id("post-form"));
        form.findElement(By.name("token")).sendKeys(TOKEN);
        browser.js("document.querySelector('#post-form [name=date]').value = '2025-03-21'");
        form.findElement(By.name("title")).sendKeys("Putin and Xi meet in Moscow");
        form.findElement(By.name("source")).sendKeys("browser test");
        form.findElement(By.name("text")).sendKeys("Russian President Vladimir Putin hosted Chinese President Xi"
                + " Jinping in Moscow on Friday. Putin praised China for its support.");
        browser.driver.findElement(By.id("post-submit")).click();
        browser.await(120).until(d -> d.findElement(By.id("post-result")).getText().contains("stored"));
        String posted = browser.driver.findElement(By.id("post-result")).getAttribute("data-article");
        browser.screenshot("posted");
        browser.driver.findElement(By.cssSelector("#post-form menu button[value=cancel]")).click();
        // the live stream makes the dashboard refresh itself
        awaitRefresh(before);
        browser.await(30).until(d -> Long.parseLong(data("status-text", "articles")) == articles + 1);
        JsonNode newest = http.get("/api/v1/events?order=-date&limit=1").json().at("/events/0");
        assertThat(newest.get("articleId").asText()).isEqualTo(posted);
        browser.await(30).until(d -> String.valueOf(newest.get("eventId").asLong()).equals(
                d.findElements(By.cssSelector("#events tbody tr[data-event]")).get(0).getAttribute("data-event")));
        assertViewsMatch("");
        browser.screenshot("after-post");
    }
}
