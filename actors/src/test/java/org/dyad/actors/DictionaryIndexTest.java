package org.dyad.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which names of a dictionary are indexed as names of actors. */
class DictionaryIndexTest {
    @Test
    void aNameOfCompassWordsAloneIsNoActorsNameUnlessARegionOwnsIt() {
        assertThat(DictionaryIndex.compassOnly("North West")).isTrue();
        assertThat(DictionaryIndex.compassOnly("NORTH")).isTrue();
        assertThat(DictionaryIndex.compassOnly("West")).isFalse();
        assertThat(DictionaryIndex.compassOnly("Middle East")).isFalse();
        assertThat(DictionaryIndex.compassOnly("North Korea")).isFalse();
    }

    @Test
    void theOtherNamesOfTheEntryStillNameIt() throws IOException {
        DictionaryIndex index = new DictionaryIndex(ActorDictionary.parse(new StringReader("""
                actor ZAF
                  name South Africa | North West
                  code ZAF
                """), "test.actors.dyad"));
        assertThat(index.names().exact(List.of("South", "Africa"))).isNotEmpty();
        assertThat(index.names().exact(List.of("North", "West"))).isEmpty();
    }

    @Test
    void aNounOfSettlementIsNoAgentButAPhraseWithItIs() throws IOException {
        DictionaryIndex index = new DictionaryIndex(ActorDictionary.parse(new StringReader("""
                agent CVL city | cities | villagers
                agent LEG city council
                """), "test.actors.dyad"));
        assertThat(index.agents().exact(List.of("city"))).isEmpty();
        assertThat(index.agents().exact(List.of("villagers"))).isNotEmpty();
        assertThat(index.agents().exact(List.of("city", "council"))).isNotEmpty();
    }
}
