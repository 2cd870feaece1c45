package org.dyad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.dyad.coding.ArticleCoder;
import org.dyad.geo.GeoEvaluation;
import org.dyad.geo.Geoparser;
import org.dyad.geo.GoldCorpus;
import org.dyad.model.Article;
import org.dyad.model.DatePrecision;
import org.dyad.model.Event;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Dating and placing events, and the geoparsing evaluation, on the real CoreNLP analysis. */
class WhenAndWhereIT {
    @TempDir
    Path dir;

    private static Path resource(String name) throws Exception {
        return Path.of(WhenAndWhereIT.class.getResource(name).toURI());
    }

    @Test
    void sampleArticleEventsAreDatedByTheirText() throws Exception {
        String raw = Files.readString(Path.of(System.getProperty("user.dir")).resolveSibling("examples")
                .resolve("2022-01-28-putin-macron-call.txt"));
        String body = raw.strip().replaceFirst("^date \\d{4}-\\d{2}-\\d{2}\\s+", "");
        Article a = Article.of("sample", LocalDate.parse("2022-01-28"), body);
        List<Event> events = ArticleCoder.standard().code(SharedAnalyzer.get().analyze(a)).events();
        Event call = events.stream().filter(e -> e.type().cameo().startsWith("04")).findFirst().orElseThrow();
        assertThat(call.date().date()).isEqualTo(LocalDate.parse("2022-01-28"));
        assertThat(call.date().text()).isEqualTo("Friday");
        assertThat(call.articleDate()).isEqualTo(LocalDate.parse("2022-01-28"));
        Event hold = events.stream().filter(e -> e.trigger().text().equals("hold")).findFirst().orElseThrow();
        assertThat(hold.date().precision()).isEqualTo(DatePrecision.WEEK);
        assertThat(hold.date().date()).isEqualTo(LocalDate.parse("2022-01-24"));
        // "the written responses submitted ... on Wednesday" is no event under CoreNLP's parse (the participle
        // hangs on "something"); EventDaterTest dates such a participle's noun on a hand-made parse
        assertThat(events).allSatisfy(e -> assertThat(e.location()).isPresent());
    }

    @Test
    void endToEndGeoparsingFindsAndResolvesTheGoldPlaces() throws Exception {
        GoldCorpus gold = GoldCorpus.read(resource("geo-gold.xml"));
        GeoEvaluation eval = new GeoEvaluation(Geoparser.standard());
        GeoEvaluation.EndToEnd e = eval.endToEnd(gold, SharedAnalyzer.get()::analyze, 1);
        assertThat(e.goldToponyms()).isEqualTo(4);
        assertThat(e.failedArticles()).isZero();
        assertThat(e.recall()).isEqualTo(1.0);
        assertThat(e.accuracy161km()).isEqualTo(1.0);
        assertThat(eval.givenSpans(gold).accuracy161km()).isEqualTo(1.0);
    }

    @Test
    void evalGeoCommandPrintsTheScoresAsJson() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream saved = System.out;
        int code;
        try {
            System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
            code = Main.commandLine().execute("eval-geo", "--corpus", resource("geo-gold.xml").toString(), "--json",
                    "--given-spans-only", "--mistakes", dir.resolve("mistakes.tsv").toString());
        } finally {
            System.setOut(saved);
        }
        assertThat(code).isZero();
        JsonNode o = new ObjectMapper().readTree(bytes.toString(StandardCharsets.UTF_8));
        assertThat(o.path("toponyms").asInt()).isEqualTo(4);
        assertThat(o.path("accuracy161km").asDouble()).isEqualTo(1.0);
        assertThat(o.path("exactMatch").asDouble()).isGreaterThanOrEqualTo(0.5);
        assertThat(o.has("gazetteerLoadMillis")).isTrue();
        assertThat(Files.readString(dir.resolve("mistakes.tsv"))).isEmpty();
    }
}
