package org.dyad.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class ArticleDatesTest {
    /** Today, for these tests: 2025-06-01. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-06-01T12:00:00Z"), ZoneOffset.UTC);
    private static final ArticleDates DATES = new ArticleDates(Optional.empty(), ArticleDates.Order.DEFAULT, false, CLOCK);

    /** The rows of {@code real-world-dates.tsv}: the string, the date it must give, where such strings come from. */
    static Stream<Arguments> realWorldDates() throws IOException {
        List<Arguments> rows = new ArrayList<>();
        try (InputStream in = ArticleDatesTest.class.getResourceAsStream("real-world-dates.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    String[] f = line.split("\t");
                    rows.add(Arguments.of(f[0], LocalDate.parse(f[1]), f[2]));
                }
            }
        }
        return rows.stream();
    }

    @ParameterizedTest(name = "{2}: \"{0}\" -> {1}")
    @MethodSource("realWorldDates")
    void realWorldDatesGiveTheirCalendarDate(String raw, LocalDate expected, String where) {
        assertThat(DATES.read(raw).date()).as(where).contains(expected);
    }

    @Test
    void theTableHoldsAtLeastSixtyDates() throws IOException {
        assertThat(realWorldDates().count()).isGreaterThanOrEqualTo(60);
    }

    @ParameterizedTest(name = "\"{0}\"")
    @CsvSource(delimiter = '|', value = {
        "2022-13-45|not a valid date",
        "31.02.2016|not a valid date",
        "yesterday|not a date Dyad reads",
        "December 2016|not a date Dyad reads",
        "5 Smarch 2016|not a date Dyad reads",
        "12345|not a date Dyad reads",
        "2016-12-05 garbage|not a date Dyad reads"})
    void whatIsNotADateIsRefusedWithTheReason(String raw, String problem) {
        ArticleDates.Reading r = DATES.read(raw);
        assertThat(r.date()).isEmpty();
        assertThat(r.problem()).contains(problem).contains(raw);
    }

    @Test
    void aDateAfterTomorrowIsRefusedUnlessAllowed() {
        assertThat(DATES.read("2025-06-02").date()).contains(LocalDate.parse("2025-06-02"));
        ArticleDates.Reading future = DATES.read("2999-01-01");
        assertThat(future.date()).isEmpty();
        assertThat(future.problem()).contains("after tomorrow (2025-06-02)").contains("--allow-future-dates");
        assertThat(DATES.read("2025-06-03").date()).isEmpty();
        ArticleDates lenient = new ArticleDates(Optional.empty(), ArticleDates.Order.DEFAULT, true, CLOCK);
        assertThat(lenient.read("2999-01-01").date()).contains(LocalDate.parse("2999-01-01"));
    }

    @Test
    void theOrderDecidesAmbiguousNumericDatesOnly() {
        ArticleDates dmy = new ArticleDates(Optional.empty(), ArticleDates.Order.DMY, false, CLOCK);
        ArticleDates mdy = new ArticleDates(Optional.empty(), ArticleDates.Order.MDY, false, CLOCK);
        assertThat(dmy.read("05/12/2016").date()).contains(LocalDate.parse("2016-12-05"));
        assertThat(mdy.read("05/12/2016").date()).contains(LocalDate.parse("2016-05-12"));
        assertThat(mdy.read("05.12.2016").date()).contains(LocalDate.parse("2016-05-12"));
        // a number above 12 is the day whatever the order
        assertThat(mdy.read("25/12/2016").date()).contains(LocalDate.parse("2016-12-25"));
        assertThat(dmy.read("12/25/2016").date()).contains(LocalDate.parse("2016-12-25"));
    }

    @Test
    void aPatternOfTheUsersOwnIsTriedFirst() {
        ArticleDates custom = new ArticleDates(Optional.of("dd MMM yyyy 'at' HH'h'mm"), ArticleDates.Order.DEFAULT, false,
                CLOCK);
        assertThat(custom.read("05 Dec 2016 at 14h03").date()).contains(LocalDate.parse("2016-12-05"));
        assertThat(custom.read("2016-12-05").date()).as("the built-in forms still apply")
                .contains(LocalDate.parse("2016-12-05"));
        assertThatThrownBy(() -> new ArticleDates(Optional.of("dd bogus {"), ArticleDates.Order.DEFAULT, false, CLOCK))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--date-format 'dd bogus {'");
    }
}
