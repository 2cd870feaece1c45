package org.dyad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.assertj.core.api.SoftAssertions;
import org.dyad.ingest.ArticleReader;
import org.dyad.ingest.Ingested;
import org.dyad.model.AnnotatedDocument;
import org.dyad.model.Article;
import org.dyad.model.Sentence;
import org.dyad.nlp.NlpProfile;
import org.dyad.pipeline.CachedAnalyzer;
import org.dyad.store.AggregateSource;
import org.dyad.store.EventQuery;
import org.dyad.store.EventStore;
import org.dyad.store.StoredEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code dyad recode} after a dictionary change that makes the selection choose a sentence the
 * selective analysis left unparsed: VOA story 8005869 says "Mauritius owes China quite a lot.", a
 * sentence with two actors and no word the shipped dictionaries trigger on, so {@code dyad code}
 * stores it without a parse. A verb dictionary with "owe" given to recode must get it parsed and
 * coded; a second recode must parse nothing. The store's daily counts must agree with its events
 * throughout (a syndicated copy of the story merges with it).
 */
class RecodeReanalysisIT {
    private static final String STORY = "8005869";
    private static final String SENTENCE = "Mauritius owes China quite a lot.";

    @TempDir
    Path dir;

    @Test
    void aSentenceThatNewVerbsSelectIsParsedOnceAndCoded() throws Exception {
        Path input = dir.resolve("story.jsonl");
        String line = Files.readAllLines(Path.of("..", "examples", "voa-stories.jsonl"), StandardCharsets.UTF_8).stream()
                .filter(l -> l.contains("\"id\": \"" + STORY + "\"")).findFirst().orElseThrow();
        // the story and a syndicated copy under another id, whose reports merge with the story's
        Files.writeString(input, line + "\n" + line.replace("\"id\": \"" + STORY + "\"", "\"id\": \"copy-" + STORY + "\"")
                + "\n", StandardCharsets.UTF_8);
        Path db = dir.resolve("voa.duckdb");
        CodingOptions options = new CodingOptions();
        options.quarantine = dir.resolve("q.jsonl");
        PrintStream sink = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        CodingRun.run(options, SharedAnalyzer.coder(), SharedAnalyzer::get, List.of(input), OutputFormat.JSONL,
                Optional.empty(), Optional.of(db), Optional.empty(), sink, sink);
        Article story = article(input, STORY);
        int index = sentenceIndex(db, story);
        try (EventStore store = EventStore.openReadOnly(db)) {
            assertThat(stored(store, story).sentences().get(index).parsed()).as("stored unparsed").isFalse();
            assertThat(dyad(store)).isEmpty();
            assertAggregatesAgree(store);
        }
        Path verbs = dir.resolve("owe.verbs.dyad");
        Files.writeString(verbs, """
                # owing a partner: economic ties (061)
                verbs OWE
                  verb owe | owes | owed | owing code 061
                """, StandardCharsets.UTF_8);

        String first = recode(db, verbs);

        assertThat(first).contains("0 articles coded from their stored parse, 2 analysed again");
        try (EventStore store = EventStore.openReadOnly(db)) {
            assertThat(stored(store, story).sentences().get(index).parsed()).as("parsed by the recode").isTrue();
            List<StoredEvent> owed = dyad(store);
            assertThat(owed).hasSize(1);
            assertThat(owed.get(0).event().type().cameo()).isEqualTo("061");
            assertThat(owed.get(0).numArticles()).as("the copy's report merged").isEqualTo(2);
            assertAggregatesAgree(store);
        }

        String second = recode(db, verbs);

        assertThat(second).contains("2 articles coded from their stored parse, 0 analysed again (0 sentences newly parsed)");
        try (EventStore store = EventStore.openReadOnly(db)) {
            assertThat(dyad(store)).hasSize(1);
            assertAggregatesAgree(store);
        }
    }

    /** Runs {@code dyad recode} with the extra verbs and returns what it printed on standard error. */
    private static String recode(Path db, Path verbs) {
        StringWriter err = new StringWriter();
        CommandLine cl = Main.commandLine();
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute("recode", "--db", db.toString(), "--verbs", verbs.toString());
        assertThat(code).as(err.toString()).isZero();
        return err.toString();
    }

    private static List<StoredEvent> dyad(EventStore store) throws Exception {
        return store.events(EventQuery.all().withSource("MUS").withTarget("CHN"));
    }

    private static AnnotatedDocument stored(EventStore store, Article a) throws Exception {
        return store.cachedDocument(a, CachedAnalyzer.fingerprint(NlpProfile.SELECTIVE)).orElseThrow();
    }

    private static int sentenceIndex(Path db, Article story) throws Exception {
        try (EventStore store = EventStore.openReadOnly(db)) {
            for (Sentence s : stored(store, story).sentences()) {
                if (story.slice(s.begin(), s.end()).equals(SENTENCE)) {
                    return s.index();
                }
            }
        }
        throw new AssertionError("story " + STORY + " has no sentence '" + SENTENCE + "'");
    }

    private static Article article(Path input, String id) throws IOException {
        List<Article> out = new ArrayList<>();
        ArticleReader.withDefaults().read(input, i -> {
            if (i instanceof Ingested.Read r && r.article().id().equals(id)) {
                out.add(r.article());
            }
        });
        return out.get(0);
    }

    /** Every aggregate is the same computed from the daily counts as from the events. */
    private static void assertAggregatesAgree(EventStore store) throws Exception {
        SoftAssertions soft = new SoftAssertions();
        for (EventQuery q : List.of(EventQuery.all(), EventQuery.all().withCountry("CHN"),
                EventQuery.all().withSource("GBR"), EventQuery.all().withQuadClass(1), EventQuery.all().withSector("GOV"))) {
            soft.assertThat(store.timeline(q, AggregateSource.DAILY_COUNTS)).as("timeline " + q)
                    .isEqualTo(store.timeline(q, AggregateSource.EVENTS));
            soft.assertThat(store.count(q, AggregateSource.DAILY_COUNTS)).as("count " + q)
                    .isEqualTo(store.count(q, AggregateSource.EVENTS));
            soft.assertThat(store.topActors(q, 50, AggregateSource.DAILY_COUNTS)).as("top actors " + q)
                    .isEqualTo(store.topActors(q, 50, AggregateSource.EVENTS));
            soft.assertThat(store.network(q, 50, AggregateSource.DAILY_COUNTS)).as("network " + q)
                    .isEqualTo(store.network(q, 50, AggregateSource.EVENTS));
        }
        soft.assertThat(store.count(EventQuery.all())).isEqualTo(store.counts().events());
        soft.assertAll();
    }
}
