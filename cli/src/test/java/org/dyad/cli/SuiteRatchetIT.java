package org.dyad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;
import org.dyad.coding.suite.SuiteResult;
import org.dyad.format.EventJson;
import org.dyad.nlp.CoreNlpAnalyzer;
import org.dyad.nlp.NlpProfile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The ratchet: 'dyad eval' on PETRARCH2's 284 unit-test sentences with their own dictionaries, parsed
 * by the real language analysis, must keep recall at or above, and the extra rate at or below, the best
 * figures stored in {@code suite-ratchet.properties}, and code nothing for the {@code noevents} cases.
 */
class SuiteRatchetIT {
    @Test
    void holdsTheBestFiguresReached(@TempDir Path dir) throws IOException {
        Path suite = PetrarchSuite.copyTo(dir);
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        // as dyad eval runs: every sentence fully analysed (CoreNLP shares the loaded models)
        SuiteResult r = EvalCommand.evaluate(suite, Optional.of(dir.resolve("dictionaries")),
                () -> new CoreNlpAnalyzer(NlpProfile.STANDARD), 2, new PrintStream(log, true, StandardCharsets.UTF_8));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        EvalCommand.print(r, true, new PrintStream(out, true, StandardCharsets.UTF_8));
        String printed = out.toString(StandardCharsets.UTF_8);
        // what the acceptance check reads: the last JSON object printed
        JsonNode json = EventJson.mapper().readTree(printed.substring(printed.lastIndexOf("\n{") + 1));
        Properties best = PetrarchSuite.ratchet();
        assertThat(json.get("expected").asInt()).isEqualTo(359);
        assertThat(json.get("recall").asDouble()).as("recall")
                .isGreaterThanOrEqualTo(Double.parseDouble(best.getProperty("recall")));
        assertThat(json.get("extraRate").asDouble()).as("extra rate")
                .isLessThanOrEqualTo(Double.parseDouble(best.getProperty("extraRate")));
        assertThat(json.get("noEventCasesCoded").asInt()).isEqualTo(Integer.parseInt(best.getProperty("noEventCasesCoded")));
        assertThat(json.get("categories").size()).isGreaterThan(5);
    }
}
