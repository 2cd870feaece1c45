package org.dyad.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.dyad.model.AnnotatedDocument;
import org.dyad.model.testkit.Conllu;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The dictionary Dyad ships: its layers are valid, and current names and dated roles resolve. */
class ShippedDictionaryTest {
    private static final ActorResolver RESOLVER = new ActorResolver(ActorDictionary.standard(), "test");

    /** "NAME said ." as a parsed sentence: the name's tokens are proper nouns headed by the last. */
    private static AnnotatedDocument saying(String name, String date) {
        String[] words = name.split(" ");
        int n = words.length;
        String lines = IntStream.range(0, n).mapToObj(i -> (i + 1) + "\t" + words[i] + "\t" + words[i] + "\t_\tNNP\tO\t"
                + (i == n - 1 ? (n + 1) + "\tnsubj" : n + "\tcompound")).collect(Collectors.joining("\n"));
        lines += "\n" + (n + 1) + "\tsaid\tsay\t_\tVBD\tO\t0\troot\n" + (n + 2) + "\t.\t.\t_\t.\tO\t" + (n + 1) + "\tpunct\n";
        return Conllu.parse(date, lines);
    }

    private static List<String> codes(String name, String date) {
        return RESOLVER.resolve(saying(name, date)).stream().map(m -> m.actor().code()).toList();
    }

    @ParameterizedTest(name = "{0} on {1} is {2}")
    @CsvSource({
        "Kyiv, 2024-01-01, UKR", "Kiev, 2014-01-01, UKR", "Türkiye, 2023-01-01, TUR", "Turkey, 2010-01-01, TUR",
        "Burma, 2000-01-01, MMR", "Myanmar, 2021-01-01, MMR", "Czechia, 2022-01-01, CZE",
        "Czech Republic, 2010-01-01, CZE", "Ivory Coast, 2011-01-01, CIV", "Côte d'Ivoire, 2020-01-01, CIV",
        "Eswatini, 2020-01-01, SWZ", "North Macedonia, 2020-01-01, MKD",
        "Kremlin, 2022-01-01, RUSGOV", "Pentagon, 2022-01-01, USAMIL", "Downing Street, 2022-01-01, GBRGOV",
        "Elysee, 2022-01-01, FRAGOV", "Beijing, 2022-01-01, CHN", "Washington, 2022-01-01, USA",
        "Taliban, 2021-08-14, AFGREB", "Taliban, 2021-08-15, AFGGOV",
        "HTS, 2024-12-07, SYRREB", "HTS, 2024-12-08, SYRGOV",
        "RSF, 2023-04-14, SDNMIL", "RSF, 2023-04-15, SDNREB",
        "Putin, 1999-08-08, RUSELI", "Putin, 1999-08-09, RUSGOV", "Putin, 2024-03-01, RUSGOV",
        "Medvedev, 2021-01-01, RUSGOV", "Zelensky, 2019-05-19, ''", "Zelensky, 2019-05-20, UKRGOV",
        "Macron, 2016-01-01, FRAGOV", "Macron, 2017-01-01, ''", "Macron, 2017-05-14, FRAGOV",
        "Blinken, 2021-01-25, ''", "Blinken, 2021-01-26, USAGOV", "Rubio, 2024-06-01, USALEG",
        "Rubio, 2025-01-21, USAGOV", "Trump, 2019-06-01, USAGOV", "Trump, 2022-06-01, USAELI",
        "Trump, 2025-06-01, USAGOV", "Netanyahu, 2022-01-01, ISROPP", "Netanyahu, 2023-06-01, ISRGOV",
        "Ahmed al-Sharaa, 2024-12-01, SYRREB", "Ahmed al-Sharaa, 2025-02-01, SYRGOV",
        "Stoltenberg, 2020-01-01, IGOWSTNAT", "Rutte, 2025-01-01, IGOWSTNAT", "Hamas, 2023-10-07, PSEREBHMS",
        "Houthis, 2024-01-01, YEMREB", "NATO, 2022-01-01, IGOWSTNAT", "OSCE, 2022-01-01, IGOEURSCE",
        "African Union, 2022-01-01, IGOAFRAFU"})
    void currentNamesAndDatedRolesResolve(String name, String date, String code) {
        assertThat(codes(name, date)).isEqualTo(code.isEmpty() ? List.of() : List.of(code));
    }

    @Test
    void theConvertedPhoenixLayerHasNoUnsortedOrConflictingRoles() {
        ActorDictionary phoenix = ActorDictionary.layer("phoenix.actors.dyad");
        assertThat(phoenix.actors()).hasSizeGreaterThan(20_000);
        assertThat(phoenix.actors().stream().flatMap(e -> RoleTimeline.problems(e).stream()).limit(5).toList())
                .isEmpty();
    }

    @Test
    void everyCuratedOfficeHolderIsAPersonWithDatesAndASource() {
        ActorDictionary curated = ActorDictionary.layer("officeholders.actors.dyad");
        assertThat(curated.actors()).hasSizeGreaterThan(150);
        assertThat(curated.actors()).allSatisfy(e -> {
            assertThat(e.kind()).isEqualTo(ActorKind.PERSON);
            assertThat(e.source()).as(e.id()).startsWith("public record:");
            assertThat(e.roles()).as(e.id()).anyMatch(r -> r.from().isPresent() || r.to().isPresent()
                    || e.id().equals("ABDUL_MALIK_AL_HOUTHI"));
        });
        assertThat(curated.actors().stream().map(ActorEntry::id).distinct().count())
                .isEqualTo(curated.actors().size());
    }
}
