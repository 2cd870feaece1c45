package org.dyad.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ArticleLimitsTest {
    @Test
    void theDefaultBudgetGrowsWithTheArticle() {
        ArticleLimits limits = ArticleLimits.defaults();
        assertThat(limits.budget(0)).isEqualTo(Duration.ofSeconds(60));
        assertThat(limits.budget(500_000)).isEqualTo(Duration.ofSeconds(560));
        assertThat(limits.maxChars()).isEqualTo(5_000_000);
        assertThat(new ArticleLimits(10_000, 2_000, Optional.of(Duration.ofSeconds(5))).budget(500_000))
                .isEqualTo(Duration.ofSeconds(5));
    }

    @ParameterizedTest(name = "{0} -> {1} ms")
    @CsvSource({"90s, 90000", "90, 90000", "2m, 120000", "1.5 min, 90000", "1h, 3600000", "500ms, 500",
        "PT90S, 90000", "pt2m, 120000"})
    void aTimeoutIsReadInTheFormsPeopleWrite(String text, long millis) {
        assertThat(ArticleLimits.parseTimeout(text)).contains(Duration.ofMillis(millis));
    }

    @Test
    void scaledMeansTheDefaultAndNonsenseIsRefusedWithTheForms() {
        assertThat(ArticleLimits.parseTimeout("scaled")).isEmpty();
        assertThatThrownBy(() -> ArticleLimits.parseTimeout("soon")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'soon'").hasMessageContaining("90s");
        assertThatThrownBy(() -> ArticleLimits.parseTimeout("0s")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("positive");
    }
}
