package org.dyad.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.StringReader;
import org.dyad.actors.ActorDictionary;
import org.dyad.actors.tabari.TabariActorReader;
import org.dyad.coding.DyadVerbFormat;
import org.dyad.coding.petrarch.PetrarchVerbReader;

/**
 * The dictionary readers (Dyad's actor and verb formats, PETRARCH's and TABARI's actors, agents and
 * verbs) on made-up files: each reads the file or refuses it with an {@link IllegalArgumentException}
 * that names the file and line, never another exception.
 */
public class DictionaryReaderFuzzTest {
    @FuzzTest(maxDuration = "5s")
    void aDictionaryIsReadOrRefusedWithItsLine(FuzzedDataProvider data) throws IOException {
        int reader = data.consumeInt(0, 4);
        String text = data.consumeRemainingAsString();
        try {
            switch (reader) {
                case 0 -> ActorDictionary.parse(new StringReader(text), "fuzz.actors.dyad");
                case 1 -> TabariActorReader.parseActors(new StringReader(text), "fuzz.actors.txt");
                case 2 -> TabariActorReader.parseAgents(new StringReader(text), "fuzz.agents.txt");
                case 3 -> DyadVerbFormat.read(new StringReader(text), "fuzz.verbs.dyad");
                default -> PetrarchVerbReader.read(new StringReader(text), "fuzz.verbs.txt");
            }
        } catch (IllegalArgumentException refused) {
            if (refused.getMessage() == null || !refused.getMessage().contains("fuzz.")) {
                throw new AssertionError("refused without naming the file: " + refused, refused);
            }
        }
    }

    /** The same check for Jazzer's own command line, for long runs (docs/fuzzing.md). */
    public static void fuzzerTestOneInput(FuzzedDataProvider data) throws Exception {
        new DictionaryReaderFuzzTest().aDictionaryIsReadOrRefusedWithItsLine(data);
    }
}
