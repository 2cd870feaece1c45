package org.dyad.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dyad.model.AnnotatedDocument;
import org.dyad.model.testkit.Conllu;
import org.junit.jupiter.api.Test;

class GeoparserTest {
    private final Geoparser geoparser = new Geoparser(new ToponymResolver(StandardGazetteer.INSTANCE));

    @Test
    void findsLocationsDemonymsAbbreviationsAndPlacesInsideOrganisations() {
        AnnotatedDocument doc = Conllu.parse("2009-03-20", """
                1 American American _ JJ MISC 2 amod
                2 officials official _ NNS O 3 nsubj
                3 met meet _ VBD O 0 root
                4 in in _ IN O 5 case
                5 Charleston Charleston _ NNP LOCATION 3 obl
                6 , , _ , O 5 punct
                7 W.Va. W.Va. _ NNP O 5 appos
                8 with with _ IN O 10 case
                9 the the _ DT O 10 det
                10 Rapides Rapides _ NNP ORGANIZATION 3 obl
                11 Parish Parish _ NNP ORGANIZATION 10 flat
                12 Fire Fire _ NNP ORGANIZATION 10 flat
                13 District District _ NNP ORGANIZATION 10 flat
                14 . . _ . O 3 punct
                """);
        List<Toponym> found = geoparser.parse(doc);
        assertThat(found).extracting(t -> t.mention().text())
                .containsExactly("American", "Charleston", "W.Va.", "Rapides Parish");
        assertThat(found.get(0).source()).isEqualTo(NameSource.DEMONYM);
        assertThat(found.get(1).place().admin1()).isEqualTo("WV");
        assertThat(found.get(2).place().kind()).isEqualTo(PlaceKind.ADMIN1);
        assertThat(found.get(3).place().kind()).isEqualTo(PlaceKind.ADMIN2);
    }

    @Test
    void sampleArticlePlaces() {
        List<Toponym> found = geoparser.parse(Conllu.sample());
        assertThat(found).extracting(t -> t.mention().text()).contains("Ukraine", "Moscow", "Kiev", "Europe");
        assertThat(found).filteredOn(t -> t.mention().text().equals("Kiev"))
                .allSatisfy(t -> assertThat(t.place().countryCode()).isEqualTo("UA"));
        assertThat(found).filteredOn(t -> t.mention().text().equals("Moscow"))
                .allSatisfy(t -> assertThat(t.place().countryCode()).isEqualTo("RU"));
    }

    @Test
    void aDatelineInCapitalsNamesATownTheNameModelMissed() {
        // "CROMWELL — Police said": the town a story was filed from, untagged by the name model
        AnnotatedDocument doc = Conllu.parse("2009-03-30", """
                1 CROMWELL CROMWELL _ NNP O 4 dep
                2 \u2014 \u2014 _ : O 4 punct
                3 Police police _ NNS O 4 nsubj
                4 said say _ VBD O 0 root
                """);
        assertThat(geoparser.parse(doc)).extracting(t -> t.mention().text() + " " + t.place().countryCode())
                .containsExactly("CROMWELL US");
        // the same word in capitals without a dash is no dateline
        AnnotatedDocument shout = Conllu.parse("2009-03-30", """
                1 CROMWELL CROMWELL _ NNP O 2 nsubj
                2 said say _ VBD O 0 root
                """);
        assertThat(geoparser.parse(shout)).isEmpty();
    }

    @Test
    void capitalisedCommonWordsOutsideEntitiesAreNotPlaces() {
        AnnotatedDocument doc = Conllu.parse("2009-03-20", """
                1 Police police _ NNS O 2 nsubj
                2 said say _ VBD O 0 root
                3 Mobile mobile _ JJ O 4 amod
                4 homes home _ NNS O 2 obj
                """);
        assertThat(geoparser.parse(doc)).isEmpty();
    }
}
