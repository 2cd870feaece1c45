package org.dyad.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ActorCodeTest {
    /** Agents written as {@code GOV} (after the actor) or {@code NGO~} (before it), separated by spaces. */
    private static List<Agent> agents(String spec) {
        List<Agent> out = new ArrayList<>();
        for (String a : spec.isBlank() ? new String[0] : spec.split(" ")) {
            boolean prefix = a.endsWith("~");
            out.add(new Agent(a.replace("~", ""), List.of("x"), prefix, "test"));
        }
        return out;
    }

    @ParameterizedTest(name = "{0} + [{1}] former={2} -> {3}")
    @CsvSource({
        "RUS, MIL, false, RUSMIL",
        "USAGOV, GOV, false, USAGOV",
        "ARN, GOVFRM, false, ARNGOVFRM",
        "ARN, NGO~ GOV, false, NGOARNGOV",
        "DNK, MUS MED, false, DNKMUSMED",
        "HGWGOVMED, GOVMED, false, HGWGOVMED",
        "GMWGOV, WGO, false, GMWGOVWGO",
        "---, GOV, false, ---GOV",
        "ARN, GOV, true, ARNELI",
        "USAGOV, GOV, true, USAGOVELI",
        "IGOWSTNAT, MIL, false, IGOWSTNATMIL",
        "RUS, '', false, RUS",
        "HTI, CVL CRM GOV, false, HTICVLCRM",
        "PHL, REB GOV, false, PHLREB",
        "USA, GOV MIL, false, USAGOVMIL"})
    void agentsCombineWithoutRepeatingParts(String actor, String agentSpec, boolean former, String expected) {
        assertThat(ActorCode.compose(actor, agents(agentSpec), former)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} splits into {1}")
    @CsvSource({"FRO/BIL/SAM, 3", "RUS, 1", "ELR/GAL, 2"})
    void compoundCodesStandForSeveralActors(String code, int n) {
        assertThat(ActorCode.split(code)).hasSize(n);
    }
}
