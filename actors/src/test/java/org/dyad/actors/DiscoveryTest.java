package org.dyad.actors;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DiscoveryTest {
    @Test
    void anAcronymIsTheInitialsOfTheCapitalisedWords() {
        assertThat(Discovery.acronymOf("American Motors Corp")).contains("amc");
        assertThat(Discovery.acronymOf("United Auto Workers <UAW>")).contains("uaw");
        assertThat(Discovery.acronymOf("Ministry of Health")).contains("mh");
        assertThat(Discovery.acronymOf("Rolls-Royce Holdings")).contains("rrh");
    }

    @Test
    void aOneWordNameHasNoAcronym() {
        assertThat(Discovery.acronymOf("Hezbollah")).isEmpty();
        assertThat(Discovery.acronymOf("the company")).isEmpty();
    }

    @Test
    void theSurnameKeyDropsAnArabicArticle() {
        assertThat(Discovery.surnameOf("al-Sudani")).isEqualTo("sudani");
        assertThat(Discovery.surnameOf("Smith-Jones")).isEqualTo("smith-jones");
    }
}
