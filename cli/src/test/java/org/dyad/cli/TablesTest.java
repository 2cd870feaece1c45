package org.dyad.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generated tables: their markers, the reduced results, and the README and docs kept in step with them. */
class TablesTest {
    /** The repository: Maven runs the tests in the cli module's folder. */
    private static final Path HOME = Path.of(System.getProperty("user.dir")).toAbsolutePath().getParent();

    @Test
    void aMarkedTableIsReplacedWholeAndAnUnknownOneIsLeft() {
        String text = "intro\n<!-- table:a -->\n| old |\n<!-- /table -->\nmiddle\n<!-- table:b -->\n| kept |\n"
                + "<!-- /table -->\nend\n";

        MarkedTables.Result r = MarkedTables.apply(text, n -> n.equals("a") ? Optional.of("| new |\n|---|\n")
                : Optional.empty());

        assertThat(r.text()).isEqualTo("intro\n<!-- table:a -->\n| new |\n|---|\n<!-- /table -->\nmiddle\n"
                + "<!-- table:b -->\n| kept |\n<!-- /table -->\nend\n");
        assertThat(r.replaced()).containsExactly("a");
        assertThat(r.left()).containsExactly("b");
    }

    @Test
    void aMarkedTableIsRewrittenFromGivenFiguresAndTheTextAroundItIsNot(@TempDir Path dir) throws IOException {
        SavedResults results = SavedResults.read(dir);
        results.save("realnews", "{\"half\":\"dev\",\"articles\":51,\"gold\":113,\"goldHigh\":24,\"events\":60,"
                + "\"strict\":{\"recall\":0.08,\"recallHigh\":0.125,\"supported\":0.15,\"matched\":9},"
                + "\"lenient\":{\"recall\":0.301,\"recallHigh\":0.5,\"supported\":0.55,\"matched\":34}}\n", "");
        String before = "Real news, typed by hand:\n\n<!-- table:realnews -->\n| old | strict | lenient |\n|---|---:|---:|\n"
                + "| recall | 0.999 (1 / 1) | 0.999 (1 / 1) |\n<!-- /table -->\n\nText after | with a pipe.\n";

        MarkedTables.Result r = MarkedTables.apply(before, new ResultTables(results)::render);

        assertThat(r.text()).isEqualTo("Real news, typed by hand:\n\n<!-- table:realnews -->\n"
                + "| development half: 51 articles, 113 gold events (24 of high confidence), 60 coded events | strict "
                + "| lenient |\n|---|---:|---:|\n"
                + "| recall | 0.080 (9 / 113) | 0.301 (34 / 113) |\n"
                + "| recall of the high-confidence gold events | 0.125 | 0.500 |\n"
                + "| coded events the gold supports | 0.150 | 0.550 |\n"
                + "<!-- /table -->\n\nText after | with a pipe.\n");
        assertThat(r.replaced()).containsExactly("realnews");
    }

    @Test
    void savedResultsKeepFiguresAndCountTheListsOfEvaluationText(@TempDir Path dir) throws IOException {
        SavedResults results = SavedResults.read(dir);
        String output = "dyad: coded\n\n{\"recall\":0.23,\"lenient\":{\"matched\":26,\"missed\":[{\"quote\":\"a text\"},"
                + "{\"quote\":\"another\"}]},\"misses\":[]}\n";

        JsonNode saved = results.save("realnews", output, "./dyad eval --json");

        assertThat(saved.get("recall").asDouble()).isEqualTo(0.23);
        assertThat(saved.at("/lenient/missedCount").asInt()).isEqualTo(2);
        assertThat(saved.at("/lenient/missed").isMissingNode()).isTrue();
        assertThat(saved.get("missesCount").asInt()).isZero();
        assertThat(saved.get("command").asText()).isEqualTo("./dyad eval --json");
        assertThat(Files.readString(dir.resolve("realnews.json"), StandardCharsets.UTF_8)).doesNotContain("a text");
        assertThat(SavedResults.read(dir).get("realnews")).contains(saved);
    }

    @Test
    void theLastObjectOfAnIndentedOutputIsRead() throws IOException {
        ObjectNode o = SavedResults.lastObject("{\n  \"a\" : 1,\n  \"b\" : {\n    \"c\" : 2\n  }\n}\n");

        assertThat(o.at("/b/c").asInt()).isEqualTo(2);
        assertThatThrownBy(() -> SavedResults.lastObject("no json here\n")).isInstanceOf(IOException.class)
                .hasMessageContaining("--json");
    }

    @Test
    void aTableWithoutItsResultsIsNotMade(@TempDir Path dir) throws IOException {
        assertThat(new ResultTables(SavedResults.read(dir)).render("bench")).isEmpty();
        assertThatThrownBy(() -> new ResultTables(SavedResults.read(dir)).render("nonsense"))
                .hasMessageContaining("no table named 'nonsense'");
    }

    @Test
    void everyTableOfTheReadmeAndTheDocsIsWhatItsSavedResultsGive() throws IOException {
        ResultTables tables = new ResultTables(SavedResults.read(HOME.resolve("docs").resolve("results")));
        int checked = 0;
        for (Path file : TablesCommand.documents(HOME)) {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            MarkedTables.Result r = MarkedTables.apply(text, tables::render);
            assertThat(r.text()).as("%s: regenerate with ./dyad tables, never edit a generated table", file)
                    .isEqualTo(text);
            assertThat(r.left()).as("%s: tables without saved results (save them with ./dyad tables --run or --save)",
                    file).isEmpty();
            checked += r.replaced().size();
        }
        assertThat(checked).as("tables made from saved results").isPositive();
    }
}
