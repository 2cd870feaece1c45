package org.dyad.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dyad.model.AnnotatedDocument;
import org.junit.jupiter.api.Test;

class GazetteerPlaceTest {
    private static final String ATTACK = """
            1 Gunmen gunman _ NNS O 2 nsubj
            2 attacked attack _ VBD O 0 root
            3 Dadaab Dadaab _ NNP LOCATION 2 obj
            """;

    /** A gazetteer that puts every LOCATION named {@code name} in {@code country}. */
    private static PlaceCountries placing(String name, String country) {
        return doc -> doc.entities().stream().filter(e -> e.text().equals(name))
                .map(e -> new PlaceCountries.Placed(e.sentence(), e.begin(), e.end(), e.text(), country)).toList();
    }

    private static List<ActorMention> resolve(ActorResolver.Settings settings, String country, String conllu,
            Rule... rules) {
        AnnotatedDocument doc = RuleKit.document(conllu);
        return RuleKit.resolver(settings, rules).withPlaces(placing("Dadaab", country)).resolve(doc);
    }

    @Test
    void aPlaceOnlyTheGazetteerKnowsStandsForItsCountry() {
        List<ActorMention> found = resolve(ActorResolver.Settings.standard(), "Kenya", ATTACK, new GazetteerPlace(),
                new DictionaryName());
        assertThat(RuleKit.provenance(found, "Dadaab")).containsExactly("KEN gazetteer-place KEN+Dadaab");
    }

    @Test
    void itsResidentsAreTheCountrysToo() {
        List<ActorMention> found = resolve(ActorResolver.Settings.standard(), "Kenya", """
                1 Residents resident _ NNS O 4 nsubj
                2 of of _ IN O 3 case
                3 Dadaab Dadaab _ NNP LOCATION 1 nmod
                4 blamed blame _ VBD O 0 root
                """, new GazetteerPlace(), new AdjectiveAgent());
        assertThat(RuleKit.found(found, "Residents of Dadaab")).containsExactly("KENCVL adjective-agent");
    }

    @Test
    void withoutTheRuleThePlaceStaysUnknown() {
        assertThat(resolve(ActorResolver.Settings.standard(), "Kenya", ATTACK, new DictionaryName())).isEmpty();
    }

    @Test
    void aCountryTheDictionaryLacksGivesNothing() {
        assertThat(resolve(ActorResolver.Settings.standard(), "Atlantis", ATTACK, new GazetteerPlace(),
                new DictionaryName())).isEmpty();
    }

    @Test
    void petrarchConventionsCodeOnlyTheirDictionariesPlaces() {
        assertThat(resolve(ActorResolver.Settings.petrarch(), "Kenya", ATTACK, new GazetteerPlace(),
                new DictionaryName())).isEmpty();
    }
    @Test
    void aNameOfCompassWordsAloneIsARegionAndNoState() {
        // a gazetteer that put England's North West in Kenya, as one may put it in South Africa
        AnnotatedDocument doc = RuleKit.document("""
                1 Councillors councillor _ NNS O 2 nsubj
                2 backed back _ VBD O 0 root
                3 North North _ NNP LOCATION 4 compound
                4 West West _ NNP LOCATION 2 obj
                """);
        PlaceCountries kenya = d -> d.entities().stream().filter(e -> e.text().equals("North West"))
                .map(e -> new PlaceCountries.Placed(e.sentence(), e.begin(), e.end(), e.text(), "Kenya"))
                .toList();
        assertThat(doc.entities()).extracting(e -> e.text()).contains("North West");
        List<ActorMention> found = RuleKit.resolver(ActorResolver.Settings.standard(), new GazetteerPlace(),
                new DictionaryName()).withPlaces(kenya).resolve(doc);
        assertThat(found).extracting(m -> m.actor().code()).doesNotContain("KEN");
    }
}
