package org.dyad.coding;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dyad.actors.ActorMention;

/**
 * The country a story is about, read from its actors: the country root that more than half of the
 * actor mentions with a country share, when at least two do. Organisations ({@code IGO}, {@code NGO},
 * {@code MNC} ...), regions and unknown roots ({@code ---}) do not count. An implicit actor (the
 * police who made an arrest the text tells in the passive) is of this country. Stateless.
 */
final class StoryCountry {
    /** Roots of organisations and other actors that are no country. */
    private static final Set<String> NO_COUNTRY = Set.of("IGO", "NGO", "NGM", "MNC", "IMG", "---", "WST", "EUR",
            "AFR", "ASA", "MEA", "LAM", "SEA", "WAF", "CAS", "CRB", "PGS", "NMR", "SAM", "SAS", "EAF", "SAF", "NAF",
            "BLK", "CAU", "EEU");

    private StoryCountry() {
    }

    /** The story's country, or empty when no country holds more than half of the actors' mentions. */
    static Optional<String> of(List<ActorMention> actors) {
        Map<String, Integer> roots = new HashMap<>();
        for (ActorMention a : actors) {
            String r = a.actor().root();
            if (r.length() == 3 && Character.isLetter(r.charAt(0)) && !NO_COUNTRY.contains(r)) {
                roots.merge(r, 1, Integer::sum);
            }
        }
        int total = roots.values().stream().mapToInt(Integer::intValue).sum();
        return roots.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey()))
                .filter(e -> e.getValue() >= 2 && e.getValue() * 2 > total).map(Map.Entry::getKey);
    }
}
