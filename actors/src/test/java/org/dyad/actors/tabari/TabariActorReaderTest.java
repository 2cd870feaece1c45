package org.dyad.actors.tabari;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.dyad.actors.ActorDictionary;
import org.dyad.actors.ActorEntry;
import org.dyad.actors.Agent;
import org.dyad.actors.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TabariActorReaderTest {
    private static TabariImport validationActors() throws IOException {
        try (var in = TabariActorReaderTest.class.getResourceAsStream("PETR.Validate.actors.txt")) {
            return TabariActorReader.parseActors(new InputStreamReader(in, StandardCharsets.UTF_8),
                    "PETR.Validate.actors.txt");
        }
    }

    private static TabariImport validationAgents() throws IOException {
        try (var in = TabariActorReaderTest.class.getResourceAsStream("PETR.Validate.agents.txt")) {
            return TabariActorReader.parseAgents(new InputStreamReader(in, StandardCharsets.UTF_8),
                    "PETR.Validate.agents.txt");
        }
    }

    private static ActorEntry entry(ActorDictionary d, String id) {
        return d.actors().stream().filter(e -> e.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no entry " + id));
    }

    @Test
    void readsThePetrarchValidationActorsWithoutProblems() throws IOException {
        TabariImport imported = validationActors();
        assertThat(imported.problems()).isEmpty();
        ActorDictionary d = imported.dictionary();
        // 128 entries with a code; the commented-out NASGUL entry and comment blocks are skipped
        assertThat(d.actors()).hasSize(128);
        assertThat(entry(d, "ARNOR").names()).containsExactly("arnor");
        assertThat(entry(d, "DENMARK").names()).containsExactly("denmark", "danish", "zealand");
        assertThat(entry(d, "UNITED_NATIONS").names()).contains("U.N.", "UN", "security council");
        assertThat(entry(d, "THE_SHIRE").roles()).containsExactly(Role.always("FRO/BIL/SAM"));
        assertThat(entry(d, "ENT").roles()).containsExactly(Role.always("ENT"));
        assertThat(entry(d, "INTERNATIONAL_CRIMINAL_POLICE_ORGANIZATION").names()).contains("interpol");
    }

    @Test
    void readsDateRestrictionsWithSpacesAndBothYearForms() throws IOException {
        ActorEntry gollum = entry(validationActors().dictionary(), "GOLLUM");
        assertThat(gollum.names()).containsExactly("gollum", "smeagol", "slinker", "stinker");
        assertThat(gollum.roles()).containsExactly(
                new Role("HOB", Optional.empty(), Optional.of(LocalDate.of(1995, 6, 1))),
                new Role("HOBGOV", Optional.of(LocalDate.of(1995, 6, 1)), Optional.of(LocalDate.of(1999, 8, 15))),
                new Role("HOBREB", Optional.of(LocalDate.of(1999, 8, 16)), Optional.empty()));
    }

    @ParameterizedTest(name = "Sam Gamgee on {0} is {1}")
    @CsvSource({
        "1995-01-04, HOBCIV", "2008-01-19, HOBCIV", "2010-01-06, HOBMIL", "2010-01-09, ORCHOB",
        "2010-01-12, ORCHOB", "2010-01-13, HOBMIL", "2012-11-09, HOBGOV", "2012-12-31, HOBGOV", "2014-01-04, HOBELI"})
    void datedRolesFollowThePrecedenceRule(String date, String code) throws IOException {
        ActorEntry sam = entry(validationActors().dictionary(), "SAM_GAMGEE");
        assertThat(sam.roleOn(LocalDate.parse(date)).map(Role::code)).contains(code);
    }

    @ParameterizedTest(name = "Hamfast Gamgee on {0} is {1}")
    @CsvSource({"1995-01-04, HOB", "2012-11-09, HOBGOV", "2012-12-25, HOBGOV", "2014-01-04, HOB"})
    void theDefaultCodeHoldsOutsideTheDatedRoles(String date, String code) throws IOException {
        ActorEntry hamfast = entry(validationActors().dictionary(), "HAMFAST_GAMGEE");
        assertThat(hamfast.roleOn(LocalDate.parse(date)).map(Role::code)).contains(code);
    }

    @Test
    void readsThePetrarchValidationAgents() throws IOException {
        TabariImport imported = validationAgents();
        assertThat(imported.problems()).isEmpty();
        List<Agent> agents = imported.dictionary().agents();
        assertThat(agents).hasSize(88);
        Agent troops = agents.stream().filter(a -> a.names().contains("troops")).findFirst().orElseThrow();
        assertThat(troops.names()).containsExactly("troops");
        assertThat(troops.code()).isEqualTo("MIL");
        Agent geese = agents.stream().filter(a -> a.names().contains("golden goose")).findFirst().orElseThrow();
        assertThat(geese.names()).containsExactly("golden goose", "golden geese");
        Agent congress = agents.stream().filter(a -> a.names().contains("congresswoman")).findFirst().orElseThrow();
        assertThat(congress.names()).containsExactly("congressman", "congressmen", "congresswoman", "congresswomen",
                "congressperson");
        assertThat(congress.code()).isEqualTo("LEG");
        Agent msf = agents.stream().filter(a -> a.names().contains("msf")).findFirst().orElseThrow();
        assertThat(msf.prefix()).isTrue();
        assertThat(msf.code()).isEqualTo("NGO");
        Agent silly = agents.stream().filter(a -> a.names().contains("ministries of silly walks")).findFirst()
                .orElseThrow();
        assertThat(silly.names()).hasSize(4);
        Agent minister = agents.stream().filter(a -> a.names().contains("foreign minister")).findFirst().orElseThrow();
        assertThat(minister.names()).containsExactly("foreign minister", "foreign ministers");
        assertThat(minister.code()).isEqualTo("GOVFRM");
    }

    @ParameterizedTest(name = "line ''{0}'' is reported: {1}")
    @CsvSource(delimiter = '|', value = {
        "X_ [XXX >991301] | not a valid calendar date",
        "X_ [XXX 20121207-20120802] | ends (2012-08-02) before it starts",
        "X_ [XXX 2004017-20061201] | is not a date YYMMDD or YYYYMMDD",
        "X_ [950601-990815] | has no code",
        "X_ | has no code (a null code",
        "[XXX] | before any actor"})
    void problemsAreReportedWithTheirLine(String line, String message) throws IOException {
        TabariImport imported = TabariActorReader.parseActors(new StringReader("# header\n" + line + "\n"), "t.actors");
        assertThat(imported.problems()).anySatisfy(p -> {
            assertThat(p.where()).isEqualTo("t.actors:2");
            assertThat(p.message()).contains(message);
        });
    }

    @Test
    void aRestrictionOnTheNextLineBelongsToTheEntryAbove() throws IOException {
        String text = """
                <!-- a comment
                     over two lines -->
                ZIMBABWE
                \t[RHO <790606]
                \t[ZBW]#jw 9/30/91
                RUSSIA [RUS] # comment
                +RUSSIAN
                """;
        ActorDictionary d = TabariActorReader.parseActors(new StringReader(text), "t").dictionary();
        assertThat(d.actors()).hasSize(2);
        ActorEntry zimbabwe = d.actors().get(0);
        assertThat(zimbabwe.roleOn(LocalDate.of(1978, 12, 23)).map(Role::code)).contains("RHO");
        assertThat(zimbabwe.roleOn(LocalDate.of(2001, 1, 1)).map(Role::code)).contains("ZBW");
        assertThat(d.actors().get(1).names()).containsExactly("russia", "russian");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"soldier, soldiers", "army, armies", "envoy, envoys", "boss, bosses", "church, churches",
        "minister of defense, ministers of defense", "spokesman, spokesmen", "chairwoman, chairwomen",
        "human rights activist, human rights activists"})
    void regularPluralsInflectTheHeadNoun(String singular, String plural) {
        assertThat(TabariActorReader.plural(singular)).isEqualTo(plural);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"950601, 1995-06-01", "300101, 2030-01-01", "310101, 1931-01-01", "19950601, 1995-06-01",
        "000507, 2000-05-07"})
    void datesHaveTwoOrFourDigitYears(String raw, String date) {
        assertThat(TabariActorReader.date(raw)).isEqualTo(LocalDate.parse(date));
    }

    @Test
    void agentProblemsAreReported() throws IOException {
        String text = """
                !PERSON! = MAN, WOMAN
                ISLAMIC_EXTREMIST
                DEPARMENT_OF_ENVIRONMENT [~ENV}
                PLAIN [GOV]
                CHAIR!NOBODY! [~GOV]
                """;
        TabariImport imported = TabariActorReader.parseAgents(new StringReader(text), "t.agents");
        assertThat(imported.problems()).extracting(p -> p.where() + " " + p.message()).satisfiesExactly(
                p -> assertThat(p).startsWith("t.agents:2").contains("has no [code]"),
                p -> assertThat(p).startsWith("t.agents:3").contains("closed by '}'"),
                p -> assertThat(p).startsWith("t.agents:4").contains("has no '~'"),
                p -> assertThat(p).startsWith("t.agents:5").contains("used before it is defined"));
        assertThat(imported.dictionary().agents()).extracting(Agent::code).containsExactly("ENV", "GOV");
    }

    @Test
    void anAgentCodeOfAControlCharacterJavaCountsAsWhiteSpaceIsAnEmptyCode() throws IOException {
        // found by DictionaryReaderFuzzTest: U+001E is no regex \s but is blank to String.isBlank
        TabariImport imported = TabariActorReader.parseAgents(new StringReader("TROOPS [\u001e]\nPOLICE [~\u001fCOP]\n"),
                "t.agents");

        assertThat(imported.problems()).extracting(p -> p.where() + " " + p.message()).singleElement()
                .satisfies(p -> assertThat(p).startsWith("t.agents:1").contains("empty code"));
        assertThat(imported.dictionary().agents()).extracting(Agent::code).containsExactly("COP");
    }

    @Test
    void shortSingleWordsAreAcronymsAndLongerPhrasesMatchAnyCase() {
        assertThat(TabariActorReader.phrase("UN_")).isEqualTo("UN");
        assertThat(TabariActorReader.phrase("U.S.")).isEqualTo("U.S.");
        assertThat(TabariActorReader.phrase("THE_AU")).isEqualTo("the au");
        assertThat(TabariActorReader.phrase("NEW_ZEALAND")).isEqualTo("new zealand");
        assertThat(TabariActorReader.phrase("IRAN")).isEqualTo("iran");
    }
}
