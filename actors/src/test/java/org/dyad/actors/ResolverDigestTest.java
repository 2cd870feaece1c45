package org.dyad.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The digests that say whether two resolvers read the same dictionaries the same way. */
class ResolverDigestTest {
    private static final String IRAQ = """
            actor IRQ
              name Iraq
              adjective Iraqi
              code IRQ
            agent GOV prime minister
            """;

    private static ActorDictionary parse(String text) throws IOException {
        return ActorDictionary.parse(new StringReader(text), "test");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "actor IRQ\n  name Iraq\n  adjective Iraqi\n  code IRQGOV\nagent GOV prime minister\n",
        "actor IRQ\n  name Iraq\n  code IRQ\nagent GOV prime minister\n",
        "actor IRQ\n  name Iraq\n  adjective Iraqi\n  code IRQ\nagent GOV prime minister | premier\n",
        "actor IRQ\n  name Iraq\n  name Republic of Iraq\n  adjective Iraqi\n  code IRQ\nagent GOV prime minister\n"})
    void anyChangeOfEntryOrAgentChangesTheDigest(String other) throws IOException {
        assertThat(parse(other).digest()).isNotEqualTo(parse(IRAQ).digest());
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void theResolversDigestFollowsItsDictionarySettingsAndPlaces(boolean petrarch) throws IOException {
        ActorResolver.Settings settings = petrarch ? ActorResolver.Settings.petrarch() : ActorResolver.Settings.standard();
        ActorResolver a = new ActorResolver(parse(IRAQ), "v1", settings);
        assertThat(new ActorResolver(parse(IRAQ), "v1", settings).digest()).isEqualTo(a.digest());
        assertThat(parse(IRAQ).digest()).isEqualTo(parse(IRAQ).digest());
        assertThat(new ActorResolver(parse(IRAQ), "v2", settings).digest()).isNotEqualTo(a.digest());
        assertThat(new ActorResolver(parse(IRAQ), "v1", petrarch ? ActorResolver.Settings.standard()
                : ActorResolver.Settings.petrarch()).digest()).isNotEqualTo(a.digest());
        PlaceCountries gazetteer = doc -> List.of();
        assertThat(a.withPlaces(gazetteer).digest()).isNotEqualTo(a.digest());
        assertThat(a.withPlaces(PlaceCountries.NONE).digest()).isEqualTo(a.digest());
    }
}
