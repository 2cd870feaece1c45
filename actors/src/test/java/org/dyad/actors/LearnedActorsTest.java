package org.dyad.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.dyad.model.AnnotatedDocument;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Actors the resolver learns from the text itself, on sentences as CoreNLP parsed them. */
class LearnedActorsTest {
    private static final SentenceBank BANK = SentenceBank.load("sentences.conllu");
    private static final ActorResolver STANDARD = new ActorResolver(ActorDictionary.standard(), "test");
    private static final LocalDate DATE = LocalDate.of(2025, 3, 14);

    private static List<ActorMention> mentions(String... sentences) {
        return STANDARD.resolve(BANK.document(DATE, sentences));
    }

    private static List<String> codesOf(List<ActorMention> found, String text) {
        return found.stream().filter(m -> m.actor().text().equals(text)).map(m -> m.actor().code()).toList();
    }

    private static List<String> rulesOf(List<ActorMention> found, String text) {
        return found.stream().filter(m -> m.actor().text().equals(text)).map(m -> m.actor().provenance().rule())
                .toList();
    }

    @ParameterizedTest(name = "{1} in ''{0}'' is {2} by {3}")
    @CsvSource(delimiter = '|', value = {
        "Lucy Mtilatila, director of Malawi's Department of Climate Change, told VOA that the cyclone had moved."
                + " | Lucy Mtilatila | MWI | appositive",
        "Lucy Mtilatila, director of Malawi's Department of Climate Change, told VOA that the cyclone had moved."
                + " | Malawi 's Department of Climate Change | MWI | owner",
        "Gregory Brew, a senior analyst at the Atlantic Council, said Iran wanted to test the route."
                + " | Gregory Brew | USAELI | appositive",
        "Daniel Fried of the Atlantic Council said the timing was not good."
                + " | Daniel Fried of the Atlantic Council | USAELI | title-name",
        "Jakarta-based activist Ryan Febrianto said the country faces challenges."
                + " | Jakarta-based activist Ryan Febrianto | IDNOPP | title-name",
        "Mehdiyev, who is Azerbaijani, said he is cooperating with prosecutors. | Mehdiyev | AZE | nationality"})
    void aDescriptionInTheSentenceGivesTheCode(String sentence, String text, String code, String rule) {
        List<ActorMention> found = mentions(sentence);
        assertThat(codesOf(found, text)).as("codes of %s among %s", text, found).containsExactly(code);
        assertThat(rulesOf(found, text)).containsExactly(rule);
    }

    @Test
    void anOfficialNamedWithoutACountryBelongsToTheArticlesCountry() {
        List<ActorMention> found = mentions("Somalia's army retook the town.", "Somali forces attacked the militants.",
                "Commissioner Omar Alasow said the siege ended.");
        assertThat(codesOf(found, "Commissioner Omar Alasow")).containsExactly("SOMGOV");
        assertThat(rulesOf(found, "Commissioner Omar Alasow")).containsExactly("article-country");
    }

    @Test
    void withoutAClearCountryTheOfficialStaysUnknown() {
        assertThat(codesOf(mentions("Commissioner Omar Alasow said the siege ended."), "Commissioner Omar Alasow"))
                .isEmpty();
    }

    @Test
    void aPartOfAResolvedNameResolvesToo() {
        List<ActorMention> found = mentions("North Korean leader Kim Jong Un fired a missile.", "Trump wants to meet Kim.");
        assertThat(codesOf(found, "Kim")).containsExactly("PRKGOV");
        assertThat(rulesOf(found, "Kim")).containsExactly("name-part");
    }

    @Test
    void aDescriptionLaterInTheArticleResolvesEarlierMentions() {
        List<ActorMention> found = mentions("Chaudhry said the operation ended.",
                "Ahmed Sharif Chaudhry, the Pakistani military spokesman, said 33 attackers died.");
        assertThat(codesOf(found, "Chaudhry")).containsExactly("PAKMIL");
        assertThat(rulesOf(found, "Chaudhry")).containsExactly("discovered-name");
    }

    @Test
    void anOrganisationsOfficialsAreTheOrganisation() {
        assertThat(codesOf(mentions("NATO officials said the alliance would respond."), "NATO officials"))
                .containsExactly("IGOWSTNAT");
        assertThat(new ActorResolver(ActorDictionary.standard(), "test", ActorResolver.Settings.petrarch())
                .resolve(BANK.document(DATE, "NATO officials said the alliance would respond.")).stream()
                .map(m -> m.actor().code())).contains("IGOWSTNATGOV");
    }

    @Test
    void anAdjectiveOfDirectionBeforeAPlaceIsNotAnActor() {
        List<ActorMention> found = mentions("Russian forces shelled western Ukraine.");
        assertThat(found).extracting(m -> m.actor().code()).containsExactly("RUSMIL", "UKR");
    }

    @Test
    void aPlaceNameInsideAPersonsNameIsPartOfTheName() {
        List<ActorMention> found = mentions("Victoria Nuland met Ukrainian officials.");
        assertThat(found).extracting(m -> m.actor().code()).containsExactly("UKRGOV");
    }

    @Test
    void theDiscoveriesOfAnArticleFeedTheTable() {
        AnnotatedDocument doc = BANK.document(DATE, "Jakarta-based activist Ryan Febrianto said the country faces challenges.",
                "Mehdiyev, who is Azerbaijani, said he is cooperating with prosecutors.");
        DiscoveryTable table = new DiscoveryTable();
        STANDARD.resolveAll(doc).discoveries().forEach(table::add);
        assertThat(table.rows()).extracting(DiscoveryTable.Row::name, DiscoveryTable.Row::code)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("Ryan Febrianto", "IDNOPP"),
                        org.assertj.core.groups.Tuple.tuple("Mehdiyev", "AZE"));
    }
}
