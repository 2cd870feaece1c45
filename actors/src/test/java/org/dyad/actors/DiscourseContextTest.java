package org.dyad.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DiscourseContextTest {
    private static DiscourseContext context() {
        return new DiscourseContext(RuleKit.document("1 Hello hello _ UH O 0 root\n"), List.of(),
                new DictionaryIndex(RuleKit.DICTIONARY));
    }

    private static Agent agent(String code) {
        return new Agent(code, List.of("test"), "test");
    }

    @Test
    void theArticlesCountryIsThatOfAtLeastHalfItsStateActorsAndAtLeastTwo() {
        DiscourseContext c = context();
        c.countActor("SOMMIL");
        c.countActor("SOMGOV");
        c.countActor("KENGOV");
        c.countActor("IGOWSTNAT"); // an organisation: not counted
        c.countActor("WST"); // a region: not counted
        c.settle();
        assertThat(c.home()).contains("SOM");
    }

    @Test
    void oneStateActorOrNoMajorityGivesNoCountry() {
        DiscourseContext one = context();
        one.countActor("SOMMIL");
        one.settle();
        assertThat(one.home()).isEmpty();
        DiscourseContext split = context();
        for (String code : List.of("SOMMIL", "SOMGOV", "KENGOV", "KENMIL", "ETHGOV")) {
            split.countActor(code);
        }
        split.settle();
        assertThat(split.home()).isEmpty();
    }

    @Test
    void placesTheGazetteerPutInACountryVoteForIt() {
        DiscourseContext c = new DiscourseContext(RuleKit.document("1 Hello hello _ UH O 0 root\n"),
                List.of(new PlaceCountries.Placed(0, 0, 5, "Kismayo", "Somalia"),
                        new PlaceCountries.Placed(0, 0, 5, "Baidoa", "Somalia")),
                new DictionaryIndex(RuleKit.DICTIONARY));
        c.countActor("KENGOV");
        c.settle();
        assertThat(c.home()).contains("SOM");
    }

    @Test
    void aTieHasNoCountry() {
        DiscourseContext c = context();
        for (String code : List.of("SOMMIL", "SOMGOV", "KENGOV", "KENMIL")) {
            c.countActor(code);
        }
        c.settle();
        assertThat(c.home()).isEmpty();
    }

    @Test
    void aLocalTitleTakesTheArticlesCountry() {
        DiscourseContext c = context();
        c.countActor("SOMMIL");
        c.countActor("SOMGOV");
        assertThat(c.localCode(List.of(agent("JUD")))).as("before the country is settled").isEmpty();
        c.settle();
        assertThat(c.localCode(List.of(agent("JUD")))).contains("SOMJUD");
        assertThat(c.localCode(List.of())).isEmpty();
        assertThat(c.localCode(List.of(agent("IGO")))).as("not a local sector").isEmpty();
        assertThat(c.localCode(List.of(new Agent("NGO", List.of("MSF"), true, "test")))).as("a prefix agent")
                .isEmpty();
    }

    @Test
    void theSecondReadingListsItsOwnDiscoveriesButKnowsTheFirstOnes() {
        DiscourseContext c = context();
        Discovery kahl = new Discovery("Bruno Kahl", "DEUSPY", "title-name", "DEU+intelligence chief", "test",
                RuleKit.DATE, 0, "German intelligence chief Bruno Kahl said", 0, 5);
        c.discover("kahl", kahl);
        assertThat(c.discoveries()).containsExactly(kahl);
        c.secondReading();
        assertThat(c.discoveries()).isEmpty();
        assertThat(c.discovered("kahl")).contains(kahl);
    }
    @Test
    void aDatelinesPlaceIsANameInCapitalsBeforeADashOrABracket() {
        String text = "Complaint. CROMWELL \u2014 Police came. KABUL (Reuters) - Talks. Cromwell - a town. USA said.";
        assertThat(DiscourseContext.dateline(text, placed(text, "CROMWELL"))).isTrue();
        assertThat(DiscourseContext.dateline(text, placed(text, "KABUL"))).isTrue();
        assertThat(DiscourseContext.dateline(text, placed(text, "Cromwell"))).as("not in capitals").isFalse();
        assertThat(DiscourseContext.dateline(text, placed(text, "USA"))).as("no dash after it").isFalse();
    }

    private static PlaceCountries.Placed placed(String text, String name) {
        int b = text.indexOf(name);
        return new PlaceCountries.Placed(0, b, b + name.length(), name, "United States");
    }
    @Test
    void aDatelinesPlaceAloneGivesTheArticleItsCountry() {
        var doc = RuleKit.document("""
                1 MANDERA Mandera _ NNP LOCATION 4 nsubj
                2 \u2014 \u2014 _ : O 4 punct
                3 Police police _ NNS O 4 nsubj
                4 came come _ VBD O 0 root
                """);
        String text = doc.article().text();
        int b = text.indexOf("MANDERA");
        DiscourseContext dated = new DiscourseContext(doc, List.of(new PlaceCountries.Placed(0, b, b + 7, "MANDERA",
                "Kenya")), new DictionaryIndex(RuleKit.DICTIONARY));
        dated.settle();
        assertThat(dated.home()).contains("KEN");
    }
}
