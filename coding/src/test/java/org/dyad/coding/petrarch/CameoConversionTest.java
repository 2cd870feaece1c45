package org.dyad.coding.petrarch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.dyad.coding.DiscardList;
import org.dyad.coding.DyadVerbFormat;
import org.dyad.coding.IssueList;
import org.dyad.coding.VerbDictionary;
import org.junit.jupiter.api.Test;

/**
 * The default dictionaries shipped in the coding jar are the conversions of PETRARCH2's and Phoenix's
 * files made by {@code dyad convert}: converting the originals again gives them byte for byte. When a
 * converter changes on purpose, regenerate them with the commands in {@code docs/dictionaries.md}.
 */
class CameoConversionTest {
    private static String resource(Class<?> c, String name) throws IOException {
        try (var in = c.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static InputStreamReader original(String name) {
        return new InputStreamReader(CameoConversionTest.class.getResourceAsStream(name), StandardCharsets.UTF_8);
    }

    private static List<String> header(String kind, String file) {
        return List.of("Converted by 'dyad convert " + kind + "' from " + file
                + "; edit the source and convert again rather than editing this file.");
    }

    @Test
    void theShippedVerbDictionaryIsTheConversionOfCameo20() throws IOException {
        VerbDictionary d = PetrarchVerbReader.read(original("CAMEO.2.0.txt"), "CAMEO.2.0.txt");
        StringWriter w = new StringWriter();
        DyadVerbFormat.write(d, w, header("verbs", "CAMEO.2.0.txt"));
        assertThat(w.toString()).isEqualTo(resource(VerbDictionary.class, "cameo.verbs.dyad"));
        assertThat(d.blocks()).hasSizeGreaterThan(350);
        assertThat(d.blocks().stream().mapToInt(b -> b.patterns().size()).sum()).isGreaterThan(4500);
    }

    @Test
    void theShippedDiscardsAndIssuesAreTheConversionsOfPhoenix() throws IOException {
        StringWriter d = new StringWriter();
        DiscardList.readPetrarch(original("Phoenix.discards.txt"), "Phoenix.discards.txt").writeDyad(d,
                header("discards", "Phoenix.discards.txt"));
        assertThat(d.toString()).isEqualTo(resource(VerbDictionary.class, "phoenix.discards.dyad"));
        StringWriter i = new StringWriter();
        IssueList.readPetrarch(original("Phoenix.IssueCoding.txt"), "Phoenix.IssueCoding.txt").writeDyad(i,
                header("issues", "Phoenix.IssueCoding.txt"));
        assertThat(i.toString()).isEqualTo(resource(VerbDictionary.class, "phoenix.issues.dyad"));
    }

    @Test
    void theStandardDictionaryLoadsWithDyadsSupplementOnTop() {
        VerbDictionary d = VerbDictionary.standard();
        assertThat(d.entries("denies", "deny").get(0).trigger().code().orElseThrow().text()).isEqualTo("016");
        assertThat(d.mayTrigger("build-up")).isTrue();
        assertThat(d.mayTrigger("restore")).isTrue();
        assertThat(d.warnings()).hasSizeLessThan(20);
    }
}
