package org.dyad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dyad.coding.DiscardList;
import org.dyad.coding.DyadVerbFormat;
import org.dyad.coding.VerbDictionary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConvertCommandTest {
    private static Path resource(String name, Path dir) throws IOException {
        Path p = dir.resolve(name);
        try (InputStream in = ConvertCommandTest.class.getResourceAsStream("/org/dyad/coding/petrarch/" + name)) {
            Files.copy(in, p);
        }
        return p;
    }

    @Test
    void convertsAPetrarchVerbFileIntoOneDyadReadsTheSame(@TempDir Path dir) throws IOException {
        Path in = resource("PETR.Validate.verbs.txt", dir);
        Path out = dir.resolve("validate.verbs.dyad");
        int status = Main.commandLine().execute("convert", "verbs", in.toString(), "--out", out.toString());
        assertThat(status).isZero();
        VerbDictionary converted;
        try (Reader r = Files.newBufferedReader(out, StandardCharsets.UTF_8)) {
            converted = DyadVerbFormat.read(r, "validate.verbs.dyad");
        }
        assertThat(converted.blocks()).hasSize(261);
        assertThat(Files.readString(out)).startsWith("# Converted by 'dyad convert verbs' from PETR.Validate.verbs.txt");
    }

    @Test
    void convertsDiscards(@TempDir Path dir) throws IOException {
        Path in = resource("PETR.Validate.discards.txt", dir);
        Path out = dir.resolve("validate.discards.dyad");
        assertThat(Main.commandLine().execute("convert", "discards", in.toString(), "--out", out.toString())).isZero();
        try (Reader r = Files.newBufferedReader(out, StandardCharsets.UTF_8)) {
            assertThat(DiscardList.readDyad(r, "validate.discards.dyad").phrases()).hasSize(9);
        }
    }

    @Test
    void aMissingInputIsAnError(@TempDir Path dir) {
        assertThat(Main.commandLine().execute("convert", "verbs", dir.resolve("nope.txt").toString())).isNotZero();
    }
}
