package org.dyad.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.dyad.actors.ActorDictionary;
import org.dyad.actors.ActorMention;
import org.dyad.actors.ActorResolver;
import org.dyad.actors.PlaceCountries;
import org.dyad.geo.EventLocator;
import org.dyad.geo.Geoparser;
import org.dyad.model.AnnotatedDocument;
import org.dyad.model.testkit.Conllu;
import org.junit.jupiter.api.Test;

/** Places the actor dictionaries lack, resolved to their countries by the shipped gazetteer. */
class GazetteerCountriesTest {
    private static final Geoparser GEOPARSER = Geoparser.standard();
    /** "Gunmen attacked Mandera on Monday.", in the columns {@code dyad parse} prints. */
    private static final AnnotatedDocument ATTACK = Conllu.parse("2025-03-14", String.join("\n",
            "1\tGunmen\tgunman\t_\tNNS\tO\t2\tnsubj\t2:nsubj",
            "2\tattacked\tattack\t_\tVBD\tO\t0\troot\t0:root",
            "3\tMandera\tMandera\t_\tNNP\tLOCATION\t2\tobj\t2:obj",
            "4\ton\ton\t_\tIN\tO\t5\tcase\t5:case",
            "5\tMonday\tMonday\t_\tNNP\tDATE\t2\tobl\t2:obl:on",
            "6\t.\t.\t_\t.\tO\t2\tpunct\t2:punct", ""));

    @Test
    void aTownLiesInItsCountry() {
        List<PlaceCountries.Placed> placed = new GazetteerCountries(GEOPARSER).find(ATTACK);
        assertThat(placed).extracting(PlaceCountries.Placed::text, PlaceCountries.Placed::country)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Mandera", "Kenya"));
    }

    @Test
    void theCodersResolverReadsPlacesThroughItsLocator() {
        ActorResolver plain = new ActorResolver(ActorDictionary.standard(), ArticleCoder.VERSION);
        EventCoder events = new EventCoder(VerbDictionary.standard(), org.dyad.ontology.Cameo.standard(),
                ArticleCoder.VERSION);
        ArticleCoder without = new ArticleCoder(plain, events);
        ArticleCoder with = new ArticleCoder(plain, events, Optional.of(new EventLocator(GEOPARSER)));
        // the gunmen are of no country either way; Mandera is Kenya's only through the gazetteer
        assertThat(without.actors().resolve(ATTACK)).extracting(m -> m.actor().code()).containsExactly("---UAF");
        List<ActorMention> found = with.actors().resolve(ATTACK);
        assertThat(found).extracting(m -> m.actor().code(), m -> m.actor().provenance().rule(),
                m -> m.actor().provenance().entry())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("---UAF", "bare-agent", "gunmen"),
                        org.assertj.core.groups.Tuple.tuple("KEN", "gazetteer-place", "KEN+Mandera"));
        assertThat(with.code(ATTACK).actors()).isEqualTo(found);
    }
    @Test
    void aPlaceNameFollowedByAStreetWordNamesAStreet() {
        AnnotatedDocument doc = Conllu.parse("2025-03-14", String.join("\n",
                "1\tThey\tthey\t_\tPRP\tO\t2\tnsubj\t2:nsubj",
                "2\tlive\tlive\t_\tVBP\tO\t0\troot\t0:root",
                "3\ton\ton\t_\tIN\tO\t5\tcase\t5:case",
                "4\tNordland\tNordland\t_\tNNP\tLOCATION\t5\tcompound\t5:compound",
                "5\tAvenue\tAvenue\t_\tNNP\tO\t2\tobl\t2:obl:on",
                "6\tnear\tnear\t_\tIN\tO\t7\tcase\t7:case",
                "7\tMandera\tMandera\t_\tNNP\tLOCATION\t2\tobl\t2:obl:near",
                "8\tSt.\tSt.\t_\tNNP\tO\t7\tflat\t7:flat", ""));
        String text = doc.article().text();
        int nordland = text.indexOf("Nordland");
        int mandera = text.indexOf("Mandera");
        assertThat(GazetteerCountries.street(doc, new org.dyad.geo.PlaceMention(0, nordland, nordland + 8,
                "Nordland"))).isTrue();
        assertThat(GazetteerCountries.street(doc, new org.dyad.geo.PlaceMention(0, mandera, mandera + 7,
                "Mandera"))).as("'St.' read without its dot").isTrue();
        assertThat(GazetteerCountries.street(ATTACK, new org.dyad.geo.PlaceMention(0,
                ATTACK.article().text().indexOf("Mandera"), ATTACK.article().text().indexOf("Mandera") + 7,
                "Mandera"))).isFalse();
    }
}
