package org.dyad.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.dyad.actors.tabari.TabariActorReader;
import org.dyad.model.AnnotatedDocument;
import org.dyad.model.testkit.Conllu;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class ActorResolverTest {
    private static final SentenceBank BANK = SentenceBank.load("sentences.conllu");
    private static final ActorResolver STANDARD = new ActorResolver(ActorDictionary.standard(), "test");
    private static final ActorResolver PETRARCH = new ActorResolver(validation(), "test",
            ActorResolver.Settings.petrarch());

    private static ActorDictionary validation() {
        try (var actors = ActorResolverTest.class.getResourceAsStream("tabari/PETR.Validate.actors.txt");
                var agents = ActorResolverTest.class.getResourceAsStream("tabari/PETR.Validate.agents.txt")) {
            return TabariActorReader.parseActors(new InputStreamReader(actors, StandardCharsets.UTF_8), "actors")
                    .dictionary().merge(TabariActorReader.parseAgents(new InputStreamReader(agents,
                            StandardCharsets.UTF_8), "agents").dictionary());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static List<String> codes(ActorResolver r, AnnotatedDocument doc) {
        return r.resolve(doc).stream().map(m -> m.actor().code()).toList();
    }

    /** The codes of the mentions whose text contains {@code text}. */
    private static List<String> codesOf(List<ActorMention> mentions, String text) {
        return mentions.stream().filter(m -> m.actor().text().contains(text)).map(m -> m.actor().code()).toList();
    }

    static Stream<Arguments> sampleActors() {
        return Stream.of(
                Arguments.of("Vladimir Putin", "RUSGOV", ""),
                Arguments.of("Emmanuel Macron", "FRAGOV", "dictionary-name"),
                Arguments.of("French counterpart", "FRAGOV", "adjective-agent"),
                Arguments.of("Sergey Lavrov", "RUSGOV", ""),
                Arguments.of("Antony Blinken", "USAGOV", ""),
                Arguments.of("Bruno Kahl", "DEUSPY", "title-name"),
                Arguments.of("Kremlin", "RUSGOV", "dictionary-name"),
                Arguments.of("Moscow", "RUS", "dictionary-name"),
                Arguments.of("Kiev", "UKR", "dictionary-name"),
                Arguments.of("Nato", "IGOWSTNAT", "dictionary-name"),
                Arguments.of("military alliance", "IGOWSTNAT", "definite-description"),
                Arguments.of("West", "WST", "dictionary-name"),
                Arguments.of("western powers", "WST", "dictionary-name"),
                Arguments.of("French government", "FRAGOV", "adjective-agent"),
                Arguments.of("Russian troops", "RUSMIL", "adjective-agent"),
                Arguments.of("Mr Lavrov", "RUSGOV", "dictionary-name"));
    }

    @ParameterizedTest(name = "{0} is {1} by {2}")
    @MethodSource("sampleActors")
    void resolvesTheActorsOfTheSampleArticle(String text, String code, String rule) {
        List<ActorMention> found = STANDARD.resolve(Conllu.sample());
        List<ActorMention> matching = found.stream().filter(m -> m.actor().text().equals(text)
                || m.actor().text().endsWith(" " + text) || m.actor().text().startsWith(text + " ")).toList();
        assertThat(matching).as("mentions of %s among %s", text, found.stream().map(m -> m.actor().text()).toList())
                .isNotEmpty();
        assertThat(matching).allSatisfy(m -> assertThat(m.actor().code()).isEqualTo(code));
        if (!rule.isEmpty()) {
            assertThat(matching).anySatisfy(m -> assertThat(m.actor().provenance().rule()).isEqualTo(rule));
        }
    }

    @ParameterizedTest(name = "''{0}'' gives {1}")
    @CsvSource({"An American destroyer fired on the boat., USAMIL",
        "American warplanes struck targets near the border., USAMIL",
        "The Kremlin spokesman rejected the demands of the West., RUSGOV"})
    void nationalityAndAgentNounMakeAMilitaryOrGovernmentActor(String sentence, String code) {
        AnnotatedDocument doc = BANK.document(LocalDate.of(2022, 3, 1), sentence);
        assertThat(codes(STANDARD, doc)).contains(code);
        assertThat(codes(STANDARD, SentenceBank.unparsed(doc))).as("without a parse").contains(code);
    }

    @ParameterizedTest(name = "on {0} Blinken is {1}")
    @CsvSource({"2021-01-25, ''", "2021-01-26, USAGOV", "2024-06-01, USAGOV", "2025-01-20, USAGOV", "2025-01-21, ''"})
    void aRoleHoldsOnlyInItsInterval(String date, String code) {
        AnnotatedDocument doc = BANK.document(LocalDate.parse(date), "Antony Blinken met Sergei Lavrov in Geneva.");
        List<ActorMention> found = STANDARD.resolve(doc);
        assertThat(codesOf(found, "Blinken")).isEqualTo(code.isEmpty() ? List.of() : List.of(code));
        assertThat(codesOf(found, "Lavrov")).containsExactly("RUSGOV");
    }

    @Test
    void aMentionIsResolvedAgainOnItsEventDate() {
        AnnotatedDocument doc = BANK.document(LocalDate.of(2022, 3, 1), "Antony Blinken met Sergei Lavrov in Geneva.");
        ActorMention blinken = STANDARD.resolve(doc).stream().filter(m -> m.actor().text().contains("Blinken"))
                .findFirst().orElseThrow();
        assertThat(STANDARD.on(blinken, LocalDate.of(2022, 6, 1)).actor().code()).isEqualTo("USAGOV");
        assertThat(STANDARD.on(blinken, LocalDate.of(2020, 6, 1))).isEqualTo(blinken);
    }

    @Test
    void anAppositionDescribesAPersonTheDictionaryDoesNotKnow() {
        AnnotatedDocument doc = BANK.document(LocalDate.of(2022, 3, 1),
                "Bruno Kahl, Germany's intelligence chief, said Moscow had not decided.");
        ActorResolver.Resolution r = STANDARD.resolveAll(doc);
        assertThat(codesOf(r.mentions(), "Bruno Kahl")).containsExactly("DEUSPY");
        assertThat(r.discoveries()).singleElement().satisfies(d -> {
            assertThat(d.name()).isEqualTo("Bruno Kahl");
            assertThat(d.code()).isEqualTo("DEUSPY");
            assertThat(d.rule()).isEqualTo("appositive");
        });
    }

    @Test
    void aTitleFoundOnceCarriesToLaterMentionsOfTheSurname() throws IOException {
        // a dictionary that knows Iraq and prime ministers but not the person
        ActorDictionary small = ActorDictionary.parse(new java.io.StringReader("""
                actor IRQ
                  name Iraq
                  adjective Iraqi
                  code IRQ
                agent GOV prime minister
                """), "test");
        AnnotatedDocument doc = BANK.document(LocalDate.of(2025, 3, 14),
                "Iraqi Prime Minister Mohammed Shia al-Sudani announced the strike.", "Sudani called it a success.");
        ActorResolver.Resolution r = new ActorResolver(small, "test").resolveAll(doc);
        assertThat(codesOf(r.mentions(), "Mohammed Shia al-Sudani")).containsExactly("IRQGOV");
        assertThat(r.mentions()).anySatisfy(m -> {
            assertThat(m.sentence()).isEqualTo(1);
            assertThat(m.actor().code()).isEqualTo("IRQGOV");
            assertThat(m.actor().provenance().rule()).isEqualTo("discovered-name");
        });
        assertThat(r.discoveries()).extracting(Discovery::name).containsExactly("Mohammed Shia al-Sudani");
        // the shipped dictionary knows him, with his dates
        assertThat(codesOf(STANDARD.resolve(doc), "Sudani")).containsOnly("IRQGOV");
    }

    @ParameterizedTest(name = "''{0}'' gives {1}")
    @CsvSource(delimiter = '|', value = {
        "Lawmakers and officials in Fornost and Gondor welcomed a resumption of formal diplomatic ties with Eriador."
                + " | FORLEG GONLEG FORGOV GONGOV ERI",
        "The Danish Islamist media and government warned the population of Gondor. | DNKMUSMED DNKMUSGOV GON",
        "The ambassadors of Arnor, Osgiliath and Gondor presented credentials to Ithilen's president."
                + " | ARNGOV OSGGOV GONGOV ITHGOV",
        "An MSF Arnor diplomat is about to restore full diplomatic ties with Gondor. | NGOARNGOV GON",
        "Former security officials in White House are about to restore ties with former Minas Tirith border police."
                + " | USAGOVELI GONELI",
        "Soldiers of Arnor attacked Gondor's government. | ARNMIL GONGOV"})
    void petrarchConstructionsCombineActorsAndAgents(String sentence, String expected) {
        AnnotatedDocument doc = BANK.document(LocalDate.of(1995, 1, 4), sentence);
        assertThat(codes(PETRARCH, doc)).containsExactlyInAnyOrder(expected.split(" "));
    }

    @Test
    void anAgentWithoutACountryIsCodedOnlyUnderPetrarchConventions() {
        AnnotatedDocument doc = BANK.document(LocalDate.of(2022, 3, 1),
                "The Kremlin spokesman rejected the demands of the West.");
        assertThat(codes(STANDARD, doc)).containsExactly("RUSGOV", "WST");
    }
}
