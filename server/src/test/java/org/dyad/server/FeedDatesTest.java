package org.dyad.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Feed items keep their own calendar date, in their own time zone, not UTC's. */
class FeedDatesTest {
    @Test
    void anRfc822DateKeepsItsOwnDay() {
        assertThat(FeedPoller.calendarDate("Mon, 15 Mar 2021 23:49:17 -0500")).contains("2021-03-15");
        assertThat(FeedPoller.calendarDate("2025-03-11T00:36:09+03:00")).contains("2025-03-11");
        assertThat(FeedPoller.calendarDate("2025-03-11")).contains("2025-03-11");
        assertThat(FeedPoller.calendarDate("last Tuesday")).isEmpty();
    }

    @Test
    void rawDatesAreFoundByGuidAndByLink() throws Exception {
        byte[] rss;
        try (var in = getClass().getResourceAsStream("/feeds/wire.rss")) {
            rss = in.readAllBytes();
        }
        Map<String, String> dates = FeedPoller.rawDates(rss);
        assertThat(dates).containsEntry("wnw-2021-0315-un-court", "Mon, 15 Mar 2021 23:49:17 -0500")
                .containsEntry("/pages/un-court.html", "Mon, 15 Mar 2021 23:49:17 -0500");
        byte[] atom;
        try (var in = getClass().getResourceAsStream("/feeds/horn.atom")) {
            atom = in.readAllBytes();
        }
        assertThat(FeedPoller.rawDates(atom)).containsEntry("urn:wnw:2025-0311-somalia-hotel", "2025-03-11T12:36:09+03:00")
                .containsEntry("/pages/somalia-hotel.html", "2025-03-11T12:36:09+03:00");
        assertThat(new String(rss, StandardCharsets.UTF_8)).contains("<rss");
    }
}
