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
}
