package org.dyad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.dyad.format.EventJson;
import org.dyad.store.EventStore;
import org.dyad.store.StoreCounts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a real {@code dyad code --db} process with SIGKILL in the middle of a run, runs it again, and
 * checks that the store ends exactly as after an uninterrupted run: nothing lost, nothing twice.
 *
 * <p>Each step is a JVM of its own. The eight VOA stories are parsed once, by a first run into a seed
 * store; the runs compared then take their parses from it ({@code --parses}), and code 25 copies of
 * each story under other ids (syndicated copies, which merge). Reusing one set of parses keeps the
 * comparison about the store: CoreNLP's analysis of an article can depend on what the same process
 * analysed before (SUTime resolved "Thursday" in a Friday article to the day before when the article
 * came first and to the week after when it came later), and a resumed run analyses a different
 * sequence of articles than an uninterrupted one.
 */
class StoreCrashIT {
    private static final int STORIES = 8;
    private static final int COPIES = 25;
    private static final int KILL_AFTER = 40;

    @TempDir
    Path dir;

    @Test
    void aRunKilledMidwayAndRunAgainEqualsAnUninterruptedRun() throws Exception {
        Path stories = dir.resolve("voa-part.jsonl");
        List<String> lines = Files.readAllLines(Path.of("..", "examples", "voa-stories.jsonl"), StandardCharsets.UTF_8);
        Files.write(stories, lines.subList(0, STORIES), StandardCharsets.UTF_8);
        Path seed = dir.resolve("seed.duckdb");
        finish(start(seed, List.of(), stories));

        Path input = dir.resolve("copies.jsonl");
        List<String> copies = new ArrayList<>();
        for (int c = 0; c < COPIES; c++) {
            for (String line : lines.subList(0, STORIES)) {
                var o = (com.fasterxml.jackson.databind.node.ObjectNode) EventJson.mapper().readTree(line);
                o.put("id", o.path("id").asText() + "-copy" + c);
                copies.add(EventJson.mapper().writeValueAsString(o));
            }
        }
        Files.write(input, copies, StandardCharsets.UTF_8);
        int articles = STORIES * COPIES;
        Path reference = dir.resolve("reference.duckdb");
        Path crashed = dir.resolve("crashed.duckdb");
        List<String> fromSeed = List.of("--parses", seed.toString());

        finish(start(reference, fromSeed, input));

        Process victim = start(crashed, fromSeed, input);
        AtomicInteger stored = new AtomicInteger();
        Thread reader = drain(victim, stored, new StringBuilder());
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(10);
        while (stored.get() < KILL_AFTER && victim.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertThat(victim.isAlive()).as("the run must still be going when it is killed").isTrue();
        victim.destroyForcibly(); // SIGKILL on Linux: no shutdown hooks, no clean close of the store
        assertThat(victim.waitFor(1, TimeUnit.MINUTES)).isTrue();
        reader.join();
        assertThat(victim.exitValue()).isEqualTo(128 + 9);

        long afterKill;
        try (EventStore store = EventStore.openReadOnly(crashed)) {
            afterKill = store.counts().articles();
        }
        assertThat(afterKill).isBetween((long) KILL_AFTER, (long) articles - 1);

        String rerunLog = finish(start(crashed, fromSeed, input));
        assertThat(rerunLog).contains("stored " + (articles - afterKill) + " new articles; " + afterKill
                + " were already stored");

        String differences = differences(reference, crashed);
        try (EventStore a = EventStore.openReadOnly(reference); EventStore b = EventStore.openReadOnly(crashed)) {
            StoreCounts counts = a.counts();
            assertThat(counts.articles()).isEqualTo(articles);
            assertThat(counts.events()).as("syndicated copies merge").isLessThan(counts.articleEvents());
            assertThat(b.counts()).isEqualTo(counts);
            assertThat(b.tableDigests()).as(differences).isEqualTo(a.tableDigests());
            assertThat(b.contentDigest()).isEqualTo(a.contentDigest());
        }
    }

    /** Waits for a child to end, and fails with its output unless it succeeded; returns its output. */
    private static String finish(Process p) throws Exception {
        StringBuilder log = new StringBuilder();
        Thread reader = drain(p, new AtomicInteger(), log);
        assertThat(p.waitFor(15, TimeUnit.MINUTES)).isTrue();
        reader.join();
        assertThat(p.exitValue()).as(log.toString()).isZero();
        return log.toString();
    }

    /** The rows each store has and the other lacks, table by table (for the failure message). */
    private static String differences(Path a, Path b) throws java.sql.SQLException {
        StringBuilder out = new StringBuilder();
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:duckdb:");
                java.sql.Statement st = c.createStatement()) {
            st.execute("ATTACH '" + a + "' AS a (READ_ONLY)");
            st.execute("ATTACH '" + b + "' AS b (READ_ONLY)");
            for (String t : List.of("articles", "sentences", "actors", "quotes", "article_events", "events",
                    "event_mentions", "quarantine", "store_meta")) {
                String cols = t.equals("articles") ? "* EXCLUDE (annotation, text)" : "*";
                for (String[] pair : new String[][] {{"a", "b"}, {"b", "a"}}) {
                    try (java.sql.ResultSet rs = st.executeQuery("SELECT " + cols + " FROM " + pair[0] + "." + t
                            + " EXCEPT SELECT " + cols + " FROM " + pair[1] + "." + t + " LIMIT 5")) {
                        int n = rs.getMetaData().getColumnCount();
                        while (rs.next()) {
                            out.append(t).append(" only in ").append(pair[0].equals("a") ? "reference" : "rerun")
                                    .append(':');
                            for (int i = 1; i <= n; i++) {
                                String v = String.valueOf(rs.getObject(i));
                                out.append(' ').append(v.length() > 120 ? v.substring(0, 120) : v);
                            }
                            out.append('\n');
                        }
                    }
                }
            }
        }
        return out.toString();
    }

    private Process start(Path db, List<String> extra, Path input) throws IOException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-Xmx3g");
        cmd.add("-Dorg.slf4j.simpleLogger.log.org.dyad.store.EventStore=debug");
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add(Main.class.getName());
        cmd.addAll(List.of("code", "--db", db.toString(), "--format", "jsonl", "--threads", "1",
                "--quarantine", dir.resolve("quarantine.jsonl").toString(), "--out", dir.resolve("events.jsonl").toString()));
        cmd.addAll(extra);
        cmd.add(input.toString());
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        return pb.start();
    }

    /** Reads a child's output on a thread of its own, counting the articles it reports as stored. */
    private static Thread drain(Process p, AtomicInteger stored, StringBuilder log) {
        Thread t = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = r.readLine()) != null;) {
                    synchronized (log) {
                        log.append(line).append('\n');
                    }
                    if (line.contains("stored article")) {
                        stored.incrementAndGet();
                    }
                }
            } catch (IOException e) {
                // the child was killed: its output ends here
            }
        });
        t.setDaemon(true);
        t.start();
        return t;
    }
}
