package org.dyad.cli;

import org.dyad.format.EventJson;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.dyad.coding.suite.SuiteResult;
import org.dyad.coding.suite.Tally;
import org.dyad.model.AnnotatedDocument;
import org.dyad.model.Article;
import org.dyad.model.Layer;
import org.dyad.model.Sentence;
import org.dyad.model.testkit.Conllu;
import org.dyad.nlp.CoreferenceRules;
import org.dyad.nlp.QuoteFinder;
import org.dyad.nlp.TextAnalyzer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * PETRARCH2's validation suite coded from the parses CoreNLP gave its sentences (captured with
 * {@code dyad parse}), with the suite's own dictionaries: the coder alone, fast and without language
 * models, held to the same ratchet as {@link SuiteRatchetIT}.
 */
class SuiteReplayTest {
    /** The captured analyses, by case key. */
    static Map<String, String> captured() throws IOException {
        String all;
        try (InputStream in = SuiteReplayTest.class.getResourceAsStream("petrarch-suite.conllu")) {
            all = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Map<String, String> out = new HashMap<>();
        String key = null;
        StringBuilder b = new StringBuilder();
        for (String line : all.split("\n", -1)) {
            if (line.startsWith("# article = ")) {
                if (key != null) {
                    out.put(key, b.toString());
                }
                key = line.substring("# article = ".length()).split(" ")[0];
                b = new StringBuilder();
            } else if (key != null) {
                b.append(line).append('\n');
            }
        }
        out.put(key, b.toString());
        return out;
    }

    /** An analyser that returns the captured parse, with Dyad's own coreference and quotation rules. */
    static TextAnalyzer replaying(Map<String, String> parses) {
        return new TextAnalyzer() {
            @Override
            public AnnotatedDocument analyze(Article a) {
                String conllu = parses.get(a.id());
                if (conllu == null) {
                    throw new IllegalArgumentException("no captured parse for case " + a.id());
                }
                return new QuoteFinder().find(new CoreferenceRules().resolve(Conllu.parse(a.id(), a.date(), conllu)));
            }

            @Override
            public java.util.Set<Layer> layers() {
                return Layer.language();
            }
        };
    }

    @Test
    void theCapturedParsesAreTheSuitesSentences(@TempDir Path dir) throws IOException {
        Map<String, String> parses = captured();
        assertThat(parses).hasSize(284);
        AnnotatedDocument d = Conllu.parse("DEMO-00", java.time.LocalDate.parse("1995-01-01"), parses.get("DEMO-00"));
        List<String> words = new ArrayList<>();
        for (Sentence s : d.sentences()) {
            s.tokens().forEach(t -> words.add(t.word()));
        }
        assertThat(String.join(" ", words)).startsWith("Arnor is about to restore full diplomatic ties with Gondor");
    }

    @Test
    void codesTheSuiteAtLeastAsWellAsTheRatchetSays(@TempDir Path dir) throws IOException {
        Path suite = PetrarchSuite.copyTo(dir);
        TextAnalyzer replay = replaying(captured());
        SuiteResult r = EvalCommand.evaluate(suite, Optional.of(dir.resolve("dictionaries")), () -> replay, 1,
                new java.io.PrintStream(java.io.OutputStream.nullOutputStream()));
        Tally t = r.total();
        var json = r.toJson(org.dyad.format.EventJson.mapper());
        Properties best = PetrarchSuite.ratchet();
        assertThat(t.expected()).isEqualTo(359);
        // the figures as 'dyad eval --json' prints them, to four decimals
        assertThat(json.get("recall").asDouble()).as("recall on %s", r.suite())
                .isGreaterThanOrEqualTo(Double.parseDouble(best.getProperty("recall")));
        assertThat(json.get("extraRate").asDouble()).as("extra rate on %s", r.suite())
                .isLessThanOrEqualTo(Double.parseDouble(best.getProperty("extraRate")));
        assertThat(r.noEventViolations()).as("noevents cases coded").isEmpty();
    }
}
