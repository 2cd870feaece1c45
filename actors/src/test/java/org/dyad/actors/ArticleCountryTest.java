package org.dyad.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.dyad.model.AnnotatedDocument;
import org.dyad.model.EntityMention;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What the story supplies when the phrase names no country: the article's country for local people
 * and institutions, the gazetteer's country for places the dictionaries lack. On sentences as
 * CoreNLP parsed them.
 */
class ArticleCountryTest {
    private static final SentenceBank BANK = SentenceBank.load("sentences.conllu");
    private static final ActorResolver STANDARD = new ActorResolver(ActorDictionary.standard(), "test");
    private static final ActorResolver PETRARCH = new ActorResolver(ActorDictionary.standard(), "test",
            ActorResolver.Settings.petrarch());
    private static final LocalDate DATE = LocalDate.of(2025, 3, 14);
    /** Two Somali state actors make Somalia the article's country. */
    private static final String[] SOMALI_STORY = {"Somalia's army retook the town.",
        "Somali forces attacked the militants."};

    private static AnnotatedDocument somaliStory(String sentence) {
        return BANK.document(DATE, SOMALI_STORY[0], SOMALI_STORY[1], sentence);
    }

    /** Codes and rules of the mentions in the last sentence of the document that overlap {@code text}. */
    private static List<String> found(ActorResolver resolver, AnnotatedDocument doc, String text) {
        int last = doc.sentences().size() - 1;
        return resolver.resolve(doc).stream().filter(m -> m.sentence() == last && m.actor().text().contains(text))
                .map(m -> m.actor().code() + " " + m.actor().provenance().rule()).toList();
    }

    @ParameterizedTest(name = "{1} in ''{0}'' is {2}")
    @CsvSource(delimiter = '|', value = {
        "Prominent journalist Ahmed Yusuf criticized the government. | Ahmed Yusuf | SOMMED article-country",
        "Parliament approved the budget. | Parliament | SOMLEG article-country",
        "Hormuud Telecom raised its prices. | Hormuud Telecom | SOMMED article-country",
        "Ahmed Yusuf, a lawyer, criticized the court. | Ahmed Yusuf | SOMJUD article-country",
        "Fatima Omar said the prices had doubled. | Fatima Omar | SOMCVL article-country"})
    void aLocalPersonOrInstitutionNamedWithoutACountryIsTheArticlesCountrys(String sentence, String text,
            String codeAndRule) {
        assertThat(found(STANDARD, somaliStory(sentence), text)).containsExactly(codeAndRule);
    }

    @ParameterizedTest(name = "''{0}'' alone has no country")
    @CsvSource(delimiter = '|', value = {
        "Prominent journalist Ahmed Yusuf criticized the government. | Ahmed Yusuf",
        "Parliament approved the budget. | Parliament",
        "Hormuud Telecom raised its prices. | Hormuud Telecom",
        "Ahmed Yusuf, a lawyer, criticized the court. | Ahmed Yusuf",
        "Fatima Omar said the prices had doubled. | Fatima Omar"})
    void withoutAnArticleCountryTheyStayUnknown(String sentence, String text) {
        assertThat(found(STANDARD, BANK.document(DATE, sentence), text)).isEmpty();
    }

    @Test
    void aGuessedCivilianOrOrganisationIsNoDiscovery() {
        AnnotatedDocument doc = BANK.document(DATE, SOMALI_STORY[0], SOMALI_STORY[1],
                "Fatima Omar said the prices had doubled.", "Hormuud Telecom raised its prices.",
                "Ahmed Yusuf, a lawyer, criticized the court.");
        assertThat(STANDARD.resolveAll(doc).discoveries()).extracting(Discovery::name, Discovery::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Ahmed Yusuf", "SOMJUD"));
    }

    @Test
    void aNameTheEntityLayerAlsoTagsOtherwiseIsNoCivilian() {
        AnnotatedDocument doc = BANK.document(DATE, SOMALI_STORY[0], SOMALI_STORY[1],
                "Tropical Cyclone Jude struck the coast of Malawi.", "Jude destroyed hundreds of homes.");
        assertThat(found(STANDARD, doc, "Jude")).isEmpty();
    }

    @Test
    void namesCoordinatedWithADescribedNameShareItsDescription() {
        AnnotatedDocument doc = BANK.document(DATE, SOMALI_STORY[0], SOMALI_STORY[1], "Meanwhile, three members of"
                + " the U.S. Senate \u2014 Chuck Grassley, Jeanne Shaheen and Jim Risch \u2014 criticized the decision.");
        assertThat(found(STANDARD, doc, "Jeanne Shaheen")).containsExactly("USALEG appositive");
        assertThat(found(STANDARD, doc, "Jim Risch")).containsExactly("USALEG appositive");
    }

    @Test
    void petrarchConventionsDoNotGuessTheCountry() {
        assertThat(found(PETRARCH, somaliStory("Hormuud Telecom raised its prices."), "Hormuud")).isEmpty();
        assertThat(found(PETRARCH, somaliStory("Parliament approved the budget."), "Parliament"))
                .containsExactly("---LEG bare-agent");
    }

    @Test
    void aCompanyTakesTheCountryOfItsDescription() {
        assertThat(found(STANDARD, BANK.document(DATE, "Spanish utility Iberdrola built the farm."), "Iberdrola"))
                .containsExactly("ESP owner");
    }

    @Test
    void anAppointeeServesTheActorThatAppointedThem() {
        String sentence = "United Nations-appointed special rapporteur Richard Bennett criticized the Taliban.";
        assertThat(found(STANDARD, BANK.document(DATE, sentence), "Richard Bennett"))
                .containsExactly("IGOUNO title-name");
    }

    /** A gazetteer that knows one place name, in the way the geoparser reports places. */
    private static PlaceCountries placing(String name, String country) {
        return doc -> doc.entities().stream().filter(e -> e.text().equals(name))
                .map((EntityMention e) -> new PlaceCountries.Placed(e.sentence(), e.begin(), e.end(), e.text(), country))
                .toList();
    }

    @ParameterizedTest(name = "''{0}'' gives {1}")
    @CsvSource(delimiter = '|', value = {
        "Gunmen attacked Dadaab on Monday. | KEN gazetteer-place",
        "Residents of Dadaab blamed the police. | KENCVL adjective-agent"})
    void aPlaceTheGazetteerKnowsStandsForItsCountry(String sentence, String codeAndRule) {
        AnnotatedDocument doc = BANK.document(DATE, sentence);
        assertThat(found(STANDARD, doc, "Dadaab")).isEmpty();
        assertThat(found(STANDARD.withPlaces(placing("Dadaab", "Kenya")), doc, "Dadaab")).containsExactly(codeAndRule);
    }

    @Test
    void aPlaceInACountryTheDictionaryLacksStaysUnknown() {
        AnnotatedDocument doc = BANK.document(DATE, "Gunmen attacked Dadaab on Monday.");
        assertThat(found(STANDARD.withPlaces(placing("Dadaab", "Atlantis")), doc, "Dadaab")).isEmpty();
    }

    @Test
    void petrarchConventionsCodeOnlyTheirDictionariesPlaces() {
        AnnotatedDocument doc = BANK.document(DATE, "Gunmen attacked Dadaab on Monday.");
        assertThat(found(PETRARCH.withPlaces(placing("Dadaab", "Kenya")), doc, "Dadaab")).isEmpty();
    }
}
