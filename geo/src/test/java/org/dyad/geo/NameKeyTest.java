package org.dyad.geo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NameKeyTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "U.S.|us",
        "US|us",
        "W.Va.|wva",
        "St. Louis|saint louis",
        "Saint Louis|saint louis",
        "Ft. Worth|fort worth",
        "Mt Vernon|mount vernon",
        "Wilkes-Barre|wilkes barre",
        "Côte d'Ivoire|cote divoire",
        "Côte d’Ivoire|cote divoire",
        "  São   Paulo |sao paulo",
        "Washington, D.C.|washington dc",
        "...|''",
    })
    void foldsNamesToOneKey(String name, String key) {
        assertThat(NameKey.of(name)).isEqualTo(key);
    }

    /** A name, a longer name that starts with it, and whether the longer key must start with the shorter. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "New|New York|true",
        "U.S.|U.S. Virgin Islands|true",
        "Côte|Côte d’Ivoire|true",
        "Wilkes-|Wilkes-Barre|true",
        "S|St. Louis|true",
        "Saint|Saint Louis|true",
        "St.|St. Louis|false",
        "Ft|Ft Worth|false",
        "Mt.|Mt. Vernon|false",
        "...|... Paris|false",
    })
    void saysWhenTheKeyOfALongerNameStartsWithTheKey(String name, String longer, boolean starts) {
        String key = NameKey.of(name);
        assertThat(NameKey.startsLongerKeys(key)).isEqualTo(starts);
        if (starts) {
            assertThat(NameKey.of(longer)).startsWith(key);
        } else {
            assertThat(NameKey.of(longer)).doesNotStartWith(key + " ");
        }
    }
}
