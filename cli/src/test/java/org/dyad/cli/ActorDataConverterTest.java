package org.dyad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ActorDataConverterTest {
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "russian federation | Russian Federation",
        "bay of bengal | Bay of Bengal",
        "al-qaeda in iraq | al-Qaeda in Iraq",
        "côte d'ivoire | Côte d'Ivoire",
        "st. petersburg | St. Petersburg",
        "kabardino-balkar | Kabardino-Balkar",
        "US | US",
        "al qaeda | al Qaeda"})
    void capitalsAreRestoredSoThatNamesMatchOnlyProperNouns(String phrase, String expected) {
        assertThat(ActorDataConverter.properCase(phrase)).isEqualTo(expected);
    }

    @org.junit.jupiter.api.Test
    void anAcronymInParenthesesBecomesANameOfItsOwn() {
        assertThat(ActorDataConverter.properNames("islamic army of aden (iaa)"))
                .containsExactly("Islamic Army of Aden", "IAA");
    }

    @Test
    void quotedCsvFieldsKeepTheirCommas(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("c.csv");
        Files.writeString(f, "CCA2,Name,CCA3,Nationality\nAF,Afghanistan,AFG,\"Afghan, Afghani\"\nX,\"a \"\"b\"\"\",Y,\n",
                StandardCharsets.UTF_8);
        var rows = ActorDataConverter.csv(f, StandardCharsets.UTF_8);
        assertThat(rows.get(1)).containsExactly("AF", "Afghanistan", "AFG", "Afghan, Afghani");
        assertThat(rows.get(2)).containsExactly("X", "a \"b\"", "Y", "");
    }
}
