package org.dyad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.dyad.coding.suite.SuiteResult;
import org.dyad.format.EventJson;
import org.dyad.model.AnnotatedDocument;
import org.dyad.model.Article;
import org.dyad.model.Layer;
import org.dyad.model.Sentence;
import org.dyad.model.Token;
import org.dyad.nlp.TextAnalyzer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every evaluation command completes on a gold file with bad records: it realigns what lies a few
 * characters off, rebuilds what it can, leaves the rest out, counts both and names them with --json.
 * The suite's analysis is a stand-in (tokens only) and the geographic and merge evaluations run
 * without language analysis, so no models load.
 */
class EvalBadRecordsTest {
    @TempDir
    Path dir;

    /** Tokens split on spaces, no parse; fails on a text that says "explode". */
    private static final TextAnalyzer TOKENS_ONLY = new TextAnalyzer() {
        @Override
        public AnnotatedDocument analyze(Article a) {
            if (a.text().contains("explode")) {
                throw new IllegalStateException("the analysis failed on this case");
            }
            List<Token> tokens = new ArrayList<>();
            int i = 0;
            for (String w : a.text().split(" ")) {
                tokens.add(new Token(tokens.size(), w, w, "NN", "O", i, i + w.length()));
                i += w.length() + 1;
            }
            return new AnnotatedDocument(a, List.of(Sentence.unparsed(0, 0, a.text().length(), tokens)), List.of(),
                    List.of(), List.of(), List.of(), layers());
        }

        @Override
        public Set<Layer> layers() {
            return EnumSet.of(Layer.TOKENS, Layer.POS, Layer.LEMMAS, Layer.ENTITIES, Layer.DEPENDENCIES, Layer.TIME,
                    Layer.COREFERENCE, Layer.QUOTES);
        }
    };

    private static JsonNode lastJson(String out) throws Exception {
        return EventJson.mapper().readTree(out.substring(out.lastIndexOf("\n{") + 1));
    }

    private static String run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            int code = Main.commandLine().execute(args);
            assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aSuiteWithBadCasesIsScoredAndTheCasesNamed() throws Exception {
        Path suite = Files.writeString(dir.resolve("suite.xml"), """
                <Sentences>
                <Sentence date="19950101" id="GOOD-1" category="DEMO">
                <EventCoding sourcecode="ARN" targetcode="GON" eventcode="064"></EventCoding>
                <Text>Arnor restored ties with Gondor.</Text>
                </Sentence>
                <Sentence date="19950101" id="EMPTY-TEXT" category="DEMO">
                <EventCoding noevents="True"></EventCoding>
                <Text>
                </Text>
                <Parse>(ROOT (S (NP (NNP Arnor)) (VP (VBD met) (NP (NNP Gondor))) (. .)))</Parse>
                </Sentence>
                <Sentence date="19950101" id="NOTHING" category="DEMO">
                <EventCoding noevents="True"></EventCoding>
                <Text></Text>
                </Sentence>
                <Sentence date="1995-13-45" id="BAD-DATE" category="DEMO">
                <EventCoding noevents="True"></EventCoding>
                <Text>Arnor met Gondor.</Text>
                </Sentence>
                <Sentence date="19950101" id="EXPLODES" category="DEMO">
                <EventCoding noevents="True"></EventCoding>
                <Text>The analysis will explode here.</Text>
                </Sentence>
                </Sentences>
                """);
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        SuiteResult r = EvalCommand.evaluate(suite, Optional.empty(), () -> TOKENS_ONLY, 1,
                new PrintStream(log, true, StandardCharsets.UTF_8));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        EvalCommand.print(r, true, new PrintStream(out, true, StandardCharsets.UTF_8));
        JsonNode o = lastJson(out.toString(StandardCharsets.UTF_8));
        assertThat(o.path("cases").asInt()).isEqualTo(2);
        assertThat(o.path("recovered").asInt()).isEqualTo(1);
        assertThat(o.path("skipped").asInt()).isEqualTo(3);
        List<String> named = new ArrayList<>();
        o.path("issues").forEach(i -> named.add(i.path("kind").asText() + " " + i.path("record").asText()));
        assertThat(named).containsExactly("recovered suite.xml case EMPTY-TEXT", "skipped suite.xml case NOTHING",
                "skipped suite.xml case BAD-DATE", "skipped suite.xml case EXPLODES");
        assertThat(r.cases()).anySatisfy(c -> assertThat(c.suiteCase().text()).isEqualTo("Arnor met Gondor ."));
        assertThat(log.toString(StandardCharsets.UTF_8)).contains("EMPTY-TEXT: recovered");
    }

    @Test
    void aGeoGoldFileWithSpansOffTheirPhraseAndBadNumbersIsScored() throws Exception {
        String text = "Fire in Alexandria. Crews came from Pineville and Lecompte.";
        int alex = text.indexOf("Alexandria");
        int pine = text.indexOf("Pineville");
        Path gold = Files.writeString(dir.resolve("mini-lgl.xml"), """
                <articles>
                  <article docid="A1">
                    <dltime>7:58 AM ET, Sat January 3, 2015</dltime>
                    <text><![CDATA[%s]]></text>
                    <toponyms>
                      <toponym><start>%d</start><end>%d</end><phrase>Alexandria</phrase>
                        <gaztag geonameid="4314550"><lat>31.3113</lat><lon>-92.4451</lon></gaztag></toponym>
                      <toponym><start>%d</start><end>%d</end><phrase>Pineville</phrase>
                        <gaztag geonameid="4338012"><lat>31.3224</lat><lon>-92.4343</lon></gaztag></toponym>
                      <toponym><start>%d</start><end>%d</end><phrase>Lecompte</phrase>
                        <gaztag geonameid="4331513"><lat>31.0</lat><lon>-92.4</lon></gaztag></toponym>
                      <toponym><start>twelve</start><end>20</end><phrase>Lecompte</phrase></toponym>
                    </toponyms>
                  </article>
                  <article docid="A2">
                    <dltime>sometime last spring</dltime>
                    <text><![CDATA[Nothing happened in Alexandria.]]></text>
                    <toponyms>
                      <toponym><start>20</start><end>30</end><phrase>Alexandria</phrase>
                        <gaztag geonameid="4314550"><lat>31.3113</lat><lon>-92.4451</lon></gaztag></toponym>
                    </toponyms>
                  </article>
                </articles>
                """.formatted(text, alex, alex + 10, pine + 1, pine + 10, text.length() + 5, text.length() + 13));
        JsonNode o = lastJson(run("eval-geo", "--corpus", gold.toString(), "--given-spans-only", "--json"));
        assertThat(o.path("articles").asInt()).isEqualTo(2);
        assertThat(o.path("toponyms").asInt()).isEqualTo(3);
        assertThat(o.path("realigned").asInt()).isEqualTo(1);
        assertThat(o.path("recovered").asInt()).isEqualTo(1);
        assertThat(o.path("skipped").asInt()).isEqualTo(2);
        List<String> named = new ArrayList<>();
        o.path("issues").forEach(i -> named.add(i.path("kind").asText() + " " + i.path("record").asText()));
        assertThat(named).containsExactlyInAnyOrder("realigned A1 toponym 1", "skipped A1 toponym 2",
                "skipped A1 toponym 3", "recovered A2");
        assertThat(o.path("accuracy161km").asDouble()).isPositive();
    }

    @Test
    void aMergeGoldFileWithABadDocumentIsScored() throws Exception {
        Path corpus = dir.resolve("ecb.jsonl");
        Files.writeString(dir.resolve("ECBplus_coreference_sentences.csv"), "Topic,File,Sentence Number\n"
                + "1,1ecb,0\n1,2ecb,0\n1,3ecb,zero\n");
        String doc = """
                {"doc_name":"1_%decb.xml","subcorpus":"ecb","tokens":[[1,0,0,"Troops"],[2,0,1,"shelled"],[3,0,2,"the"],\
                [4,0,3,"city"]],"markables":[{"m_id":10,"tag":"ACTION_OCCURRENCE","t_ids":[2]}],\
                "relations":[{"type":"CROSS_DOC_COREF","sources":[10],"note":"ACT1"}]}""";
        Files.writeString(corpus, doc.formatted(1) + "\n{\"doc_name\": \"1_9ecb.xml\", \"tokens\": [[\n"
                + doc.formatted(2) + "\n[1, 2, 3]\n");
        JsonNode o = lastJson(run("eval-merge", "--corpus", corpus.toString(), "--json"));
        assertThat(o.path("reports").asInt()).as("the two good documents' mentions").isEqualTo(2);
        assertThat(o.path("truePositives").asInt()).isEqualTo(1);
        assertThat(o.path("skipped").asInt()).isEqualTo(3);
        List<String> named = new ArrayList<>();
        o.path("issues").forEach(i -> named.add(i.path("record").asText()));
        assertThat(named).containsExactly("ECBplus_coreference_sentences.csv:4", "ecb.jsonl:2", "ecb.jsonl:4");
    }
}
