package org.dyad.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.dyad.format.EventJson;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Golden-file tests of every export of the fixture store. The golden files are in
 * {@code src/test/resources/org/dyad/store/golden/}; to regenerate them on purpose (and then review
 * the diff), run {@code mvn -pl store test -Dtest=ExporterTest -Ddyad.golden.update=true}.
 */
class ExporterTest {
    @TempDir
    static Path dir;
    static EventStore store;

    @BeforeAll
    static void fill() throws Exception {
        store = EventStore.open(dir.resolve("x.duckdb"));
        for (CodedDocument a : StoreFixtures.articles()) {
            store.write(a, "fixture", "test");
        }
    }

    @AfterAll
    static void close() throws Exception {
        store.close();
    }

    private static String export(ExportFormat f) throws Exception {
        StringWriter w = new StringWriter();
        new Exporter(store).export(f, w);
        return w.toString();
    }

    @ParameterizedTest
    @EnumSource(value = ExportFormat.class, names = "PARQUET", mode = EnumSource.Mode.EXCLUDE)
    void matchesItsGoldenFile(ExportFormat f) throws Exception {
        String actual = export(f);
        String name = f.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-') + ".golden";
        if (Boolean.getBoolean("dyad.golden.update")) {
            Path golden = Path.of("src/test/resources/org/dyad/store/golden").resolve(name);
            Files.createDirectories(golden.getParent());
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
        }
        try (var in = ExporterTest.class.getResourceAsStream("golden/" + name)) {
            assertThat(in).as("golden file " + name).isNotNull();
            String expected = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            if (f == ExportFormat.JSONL || f == ExportFormat.PLOVER) {
                // compared structurally: the same objects, field order aside
                assertThat(json(actual)).isEqualTo(json(expected));
            } else {
                assertThat(actual).isEqualTo(expected);
            }
        }
    }

    private static List<JsonNode> json(String lines) throws Exception {
        List<JsonNode> out = new ArrayList<>();
        for (String l : lines.split("\n")) {
            out.add(EventJson.mapper().readTree(l));
        }
        return out;
    }

    @ParameterizedTest
    @EnumSource(value = ExportFormat.class, names = {"GDELT", "GDELT_MENTIONS", "PHOENIX"})
    void everyTabSeparatedRowHasTheFormatsColumnCount(ExportFormat f) throws Exception {
        String[] lines = export(f).split("\n");
        assertThat(lines).hasSize(f == ExportFormat.GDELT_MENTIONS ? 5 : 4);
        for (String line : lines) {
            assertThat(line.split("\t", -1)).hasSize(f.columns());
        }
    }

    @Test
    void duckdbReadsTheTabSeparatedExportsWithTheirColumnCountsAndLeadingZeros() throws Exception {
        for (ExportFormat f : List.of(ExportFormat.GDELT, ExportFormat.GDELT_MENTIONS, ExportFormat.PHOENIX)) {
            Path file = dir.resolve(f.name() + ".tsv");
            new Exporter(store).export(f, file);
            try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
                    Statement st = c.createStatement();
                    ResultSet rs = st.executeQuery("SELECT * FROM read_csv('" + file + "', delim = '\t', header = false,"
                            + " all_varchar = true, quote = '')")) {
                assertThat(rs.getMetaData().getColumnCount()).isEqualTo(f.columns());
                int rows = 0;
                while (rs.next()) {
                    rows++;
                    if (f == ExportFormat.GDELT && rows == 1) {
                        assertThat(rs.getString(27)).isEqualTo("043"); // EventCode
                        assertThat(rs.getString(28)).isEqualTo("043"); // EventBaseCode
                        assertThat(rs.getString(29)).isEqualTo("04"); // EventRootCode
                        assertThat(rs.getString(32)).isEqualTo("2"); // NumMentions
                        assertThat(rs.getString(33)).isEqualTo("2"); // NumSources
                        assertThat(rs.getString(34)).isEqualTo("2"); // NumArticles
                    }
                }
                assertThat(rows).isEqualTo(f == ExportFormat.GDELT_MENTIONS ? 5 : 4);
            }
        }
    }

    @Test
    void duckdbReadsTheIcewsCsvWithItsHeader() throws Exception {
        Path file = dir.resolve("icews.csv");
        new Exporter(store).export(ExportFormat.ICEWS, file);
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
                Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT \"CAMEO Code\", \"Event Text\", \"Source Sectors\" FROM read_csv('"
                        + file + "', header = true, all_varchar = true) ORDER BY \"Event ID\"")) {
            assertThat(rs.getMetaData().getColumnCount()).isEqualTo(3);
            List<String> codes = new ArrayList<>();
            while (rs.next()) {
                codes.add(rs.getString(1));
            }
            assertThat(codes).containsExactly("043", "190", "010", "042");
        }
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
                Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT * FROM read_csv('" + file + "', header = true, all_varchar = true)")) {
            assertThat(rs.getMetaData().getColumnCount()).isEqualTo(20);
        }
    }

    @Test
    void duckdbReadsTheParquetExport() throws Exception {
        Path file = dir.resolve("events.parquet");
        Exporter.Result r = new Exporter(store).export(ExportFormat.PARQUET, file);
        assertThat(r.rows()).isEqualTo(4);
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
                Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT id, cameo, num_articles FROM read_parquet('" + file + "') ORDER BY id")) {
            List<String> rows = new ArrayList<>();
            while (rs.next()) {
                rows.add(rs.getLong(1) + " " + rs.getString(2) + " " + rs.getInt(3));
            }
            assertThat(rows).containsExactly("1 043 2", "2 190 1", "3 010 1", "4 042 1");
        }
    }

    @Test
    void ploverLeavesOutEventsWithoutAPloverTypeAndSaysSo() throws Exception {
        Exporter.Result r = new Exporter(store).export(ExportFormat.PLOVER, new StringWriter());
        assertThat(r.rows()).isEqualTo(3);
        assertThat(r.skipped()).isEqualTo(1);
        assertThat(r.note()).contains("no PLOVER type");
    }

    @Test
    void anUnknownFormatNamesTheKnownOnes() {
        assertThatThrownBy(() -> ExportFormat.parse("acled")).hasMessageContaining("gdelt-mentions");
        assertThat(ExportFormat.parse("gdelt-mentions")).isEqualTo(ExportFormat.GDELT_MENTIONS);
    }

    @Test
    void pentaClassFollowsPhoenix() {
        assertThat(List.of("01", "02", "03", "05", "06", "08", "09", "13", "14", "20"))
                .extracting(Exporter::pentaClass).containsExactly(0, 0, 1, 1, 2, 2, 3, 3, 4, 4);
    }
}
