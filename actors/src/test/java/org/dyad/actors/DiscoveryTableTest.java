package org.dyad.actors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DiscoveryTableTest {
    private static Discovery kahl(String date, String article) {
        return new Discovery("Bruno Kahl", "DEUSPY", "title-name", "DEU+intelligence chief", article,
                LocalDate.parse(date), 3, "German intelligence chief Bruno Kahl also said on Friday ...", 0, 6);
    }

    @Test
    void sightingsOfANameAndCodeAccumulate() {
        DiscoveryTable t = new DiscoveryTable();
        t.add(kahl("2022-01-28", "a1"));
        t.add(kahl("2021-12-02", "a0"));
        t.add(kahl("2022-03-01", "a2"));
        assertThat(t.rows()).singleElement().satisfies(r -> {
            assertThat(r.count()).isEqualTo(3);
            assertThat(r.firstSeen()).isEqualTo(LocalDate.parse("2021-12-02"));
            assertThat(r.lastSeen()).isEqualTo(LocalDate.parse("2022-03-01"));
            assertThat(r.article()).isEqualTo("a0 s3");
        });
    }

    @Test
    void theTableSurvivesAWriteAndARead() throws IOException {
        DiscoveryTable t = new DiscoveryTable();
        t.add(kahl("2022-01-28", "a1"));
        t.add(new Discovery("Mohammed Shia al-Sudani", "IRQGOV", "title-name", "IRQ+prime minister", "b", LocalDate
                .parse("2025-03-14"), 1, "Iraqi Prime Minister\tMohammed Shia al-Sudani was first", 0, 6));
        StringWriter w = new StringWriter();
        t.write(w);
        DiscoveryTable back = DiscoveryTable.read(new StringReader(w.toString()), "t.tsv");
        assertThat(back.rows()).hasSize(2);
        assertThat(back.rows()).extracting(DiscoveryTable.Row::evidence)
                .contains("Iraqi Prime Minister Mohammed Shia al-Sudani was first");
        back.merge(t);
        assertThat(back.rows()).extracting(DiscoveryTable.Row::count).containsOnly(2);
    }

    @Test
    void aMalformedRowIsReportedWithItsLine() {
        String text = DiscoveryTable.HEADER + "\nBruno Kahl\tDEUSPY\t2022-13-01\t2022-01-28\t1\tr\te\ta\tev\n";
        assertThatThrownBy(() -> DiscoveryTable.read(new StringReader(text), "t.tsv"))
                .hasMessageStartingWith("t.tsv:2:");
    }

    @Test
    void exportedEntriesAreDatedFromTheirFirstSighting() {
        DiscoveryTable t = new DiscoveryTable();
        t.add(kahl("2022-01-28", "a1"));
        t.add(new Discovery("Bruno Kahl", "DEUELI", "appositive", "DEU+former", "a9", LocalDate.parse("2025-10-01"), 0,
                "Bruno Kahl, Germany's former spy chief", 0, 2));
        List<ActorEntry> entries = t.export(1);
        assertThat(entries).singleElement().satisfies(e -> {
            assertThat(e.kind()).isEqualTo(ActorKind.PERSON);
            assertThat(e.roleOn(LocalDate.parse("2023-01-01")).map(Role::code)).contains("DEUSPY");
            assertThat(e.roleOn(LocalDate.parse("2025-10-02")).map(Role::code)).contains("DEUELI");
            assertThat(e.roleOn(LocalDate.parse("2021-01-01"))).isEmpty();
            assertThat(e.source()).contains("title-name").contains("German intelligence chief Bruno Kahl");
        });
        assertThat(t.export(2)).isEmpty();
    }

    @Test
    void aCodeGuessedFromTheArticleGivesWayToOneTheTextGave() {
        DiscoveryTable t = new DiscoveryTable();
        t.add(new Discovery("Abdul Qahar Balkhi", "AFGGOV", "title-name", "AFG+spokesman", "a1",
                LocalDate.parse("2024-08-21"), 0, "Taliban Foreign Ministry spokesman Abdul Qahar Balkhi", 0, 5));
        t.add(new Discovery("Abdul Qahar Balkhi", "PAKGOV", "article-country", "PAK+spokesperson", "a2",
                LocalDate.parse("2025-03-13"), 2, "foreign ministry spokesperson Abdul Qahar Balkhi said", 0, 4));
        assertThat(t.rows()).hasSize(2);
        assertThat(t.export(1)).singleElement().satisfies(e -> assertThat(e.roles()).extracting(Role::code)
                .containsExactly("AFGGOV"));
    }
}
