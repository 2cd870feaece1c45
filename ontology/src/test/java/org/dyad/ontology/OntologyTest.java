package org.dyad.ontology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.dyad.model.EventType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OntologyTest {
    private final Cameo cameo = Cameo.standard();
    private final Plover plover = Plover.standard();

    @Test
    void holdsEveryCodeOfGdeltsTableWithItsQuadClassByRoot() {
        assertThat(cameo.codes()).hasSize(310 + 1);
        assertThat(cameo.codes().stream().filter(c -> c.level() == 1)).hasSize(20);
        for (CameoCode c : cameo.codes()) {
            int root = Integer.parseInt(c.root());
            int quad = root <= 5 ? 1 : root <= 9 ? 2 : root <= 14 ? 3 : 4;
            assertThat(c.quadClass()).as("QuadClass of %s", c.code()).isEqualTo(quad);
            assertThat(c.code()).startsWith(c.root());
            assertThat(c.goldstein()).isBetween(-10.0, 10.0);
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // code | name starts with                  | Goldstein | PLOVER type | mode
        "041   | Discuss by telephone              | 1.0   | CONSULT   | phone",
        "042   | Make a visit                      | 1.9   | CONSULT   | visit",
        "036   | Express intent to meet            | 4.0   | AGREE     | ",
        "0233  | Appeal for humanitarian aid       | 3.4   |           | ",
        "1312  | Threaten to boycott               | -5.8  | THREATEN  | restrict",
        "154   | Mobilize or increase armed forces | -7.2  | MOBILIZE  | troops",
        "190   | Use conventional military force   | -10.0 | ASSAULT   | ",
        "016   | Deny responsibility               | -2.0  |           | "})
    void givesEachCodeItsNameGoldsteinAndPloverReading(String code, String name, double goldstein, String type,
            String mode) {
        EventType t = cameo.type(code);
        assertThat(t.cameo()).isEqualTo(code);
        assertThat(t.name()).startsWith(name);
        assertThat(t.goldstein()).isEqualTo(goldstein);
        assertThat(t.ploverType()).isEqualTo(java.util.Optional.ofNullable(type));
        assertThat(t.ploverMode()).isEqualTo(java.util.Optional.ofNullable(mode));
    }

    @Test
    void aCodeBelowTheTableTakesItsNearestAncestor() {
        assertThat(cameo.contains("0234x")).isFalse();
        assertThat(cameo.nearest("0234x").orElseThrow().code()).isEqualTo("0234");
        assertThat(cameo.type("0234x").name()).isEqualTo(cameo.type("0234").name());
        assertThat(cameo.type("0234x").cameo()).isEqualTo("0234");
        assertThatThrownBy(() -> cameo.type("903")).hasMessageContaining("'903' is not a CAMEO event code");
    }

    @Test
    void mapsOntoTheSixteenPloverTypes() {
        assertThat(PloverType.values()).hasSize(16);
        for (CameoCode c : cameo.codes()) {
            plover.map(c.code()).ifPresent(p -> assertThat(PloverType.of(p.type())).as(c.code()).isPresent());
        }
        assertThat(Arrays.stream(PloverType.values()).filter(PloverType::requiresRecipient))
                .containsExactly(PloverType.COOPERATE, PloverType.AID, PloverType.SANCTION);
        assertThat(PloverType.of("assault")).contains(PloverType.ASSAULT);
        assertThat(PloverType.of("PARADE")).isEmpty();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({"061, true", "071, true", "161, true", "163, false", "040, false", "120, false", "190, false", "010, true",
        "020, true"})
    void saysWhichCodesNeedATarget(String code, boolean needs) {
        assertThat(plover.requiresTarget(code)).isEqualTo(needs);
    }
}
