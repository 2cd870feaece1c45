package org.dyad.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EventSetTest {
    @Test
    void equalSetsAreIdenticalWhateverTheOrder() {
        EventSet a = new EventSet(Map.of("x", List.of("e1", "e2"), "y", List.of("e3")));
        EventSet b = new EventSet(Map.of("y", List.of("e3"), "x", List.of("e2", "e1")));
        assertThat(a.compare(b).identical()).isTrue();
        assertThat(a.size()).isEqualTo(3);
    }

    @Test
    void differencesAreListedWithTheirArticle() {
        EventSet a = new EventSet(Map.of("x", List.of("e1", "e2")));
        EventSet b = new EventSet(Map.of("x", List.of("e2", "e4"), "z", List.of("e5")));
        EventSet.Comparison c = a.compare(b);
        assertThat(c.identical()).isFalse();
        assertThat(c.onlyHere()).containsExactly("x e1");
        assertThat(c.onlyThere()).containsExactly("x e4", "z e5");
        assertThat(c.here()).isEqualTo(2);
        assertThat(c.there()).isEqualTo(3);
    }

    @Test
    void aRepeatedEventCountsAsOftenAsItOccurs() {
        EventSet twice = new EventSet(Map.of("x", List.of("e1", "e1")));
        EventSet once = new EventSet(Map.of("x", List.of("e1")));
        assertThat(twice.compare(once).onlyHere()).containsExactly("x e1");
        assertThat(once.compare(twice).onlyThere()).containsExactly("x e1");
    }

    @Test
    void setsOfSlicesAddUp() {
        EventSet a = new EventSet(Map.of("x", List.of("e1")));
        EventSet b = new EventSet(Map.of("x", List.of("e2"), "y", List.of("e3")));
        assertThat(a.plus(b).byArticle()).isEqualTo(Map.of("x", List.of("e1", "e2"), "y", List.of("e3")));
    }
}
