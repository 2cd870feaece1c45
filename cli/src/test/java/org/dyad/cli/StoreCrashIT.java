package org.dyad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.dyad.format.EventJson;
import org.dyad.nlp.TextAnalyzer;
import org.dyad.store.EventStore;
import org.dyad.store.StoreUnavailableException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills real {@code dyad code --db} processes with SIGKILL at {@value #KILLS} random points, and after
 * each kill runs the same input again to completion and checks that the store then equals an
 * uninterrupted run's, table by table: nothing lost, nothing twice.
 *
 * <p>The kills fall on one store in turn: each process resumes what the one killed before it left
 * (and a store that a process completed starts again empty), so a store is killed while it is being
 * created, migrated, written in the middle of a batch, committed, and while it recovers from the kill
 * before. The check after each kill runs on a copy, so that the next process resumes the killed store
 * itself. Points are random but seeded (the seed is printed): half fall a random time after the
 * process starts, half a random moment after a random number of articles were reported stored.
 *
 * <p>Four VOA stories are analysed once into a seed store; the runs take their parses from it
 * ({@code --parses}) and code ten copies of each under other ids (syndicated copies, which merge).
 * Reusing one set of parses keeps the comparison about the store, and keeps each process short.
 */
class StoreCrashIT {
    private static final int KILLS = 20;
    private static final int STORIES = 4;
    private static final int COPIES = 10;

    @TempDir
    Path dir;

    @Test
    void storesKilledAtTwentyRandomPointsAndRunAgainEqualAnUninterruptedRun() throws Exception {
        List<String> lines = Files.readAllLines(Path.of("..", "examples", "voa-stories.jsonl"), StandardCharsets.UTF_8);
        Path stories = dir.resolve("stories.jsonl");
        Files.write(stories, lines.subList(0, STORIES), StandardCharsets.UTF_8);
        Path seed = dir.resolve("seed.duckdb");
        code(stories, seed, Optional.empty(), true);

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
        code(input, reference, Optional.of(seed), false);
        Map<String, String> expected;
        try (EventStore store = EventStore.openReadOnly(reference)) {
            assertThat(store.counts().articles()).isEqualTo(articles);
            assertThat(store.counts().events()).as("syndicated copies merge").isLessThan(store.counts().articleEvents());
            expected = store.tableDigests();
        }

        long seedValue = Long.getLong("dyad.crash.seed", System.nanoTime());
        System.out.println("StoreCrashIT: kill points seeded with " + seedValue + " (-Ddyad.crash.seed to repeat)");
        Random random = new Random(seedValue);
        Path crashed = dir.resolve("crashed.duckdb");
        int kills = 0;
        int completed = 0;
        List<Long> storedAtKill = new ArrayList<>();
        for (int attempt = 0; kills < KILLS && attempt < 3 * KILLS; attempt++) {
            Process victim = start(crashed, seed, input);
            AtomicInteger stored = new AtomicInteger();
            Thread reader = drain(victim, stored, new StringBuilder());
            boolean byTime = random.nextBoolean();
            long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(byTime ? 600 + random.nextInt(1800) : 60_000);
            int afterStored = 1 + random.nextInt(articles - 1);
            while (victim.isAlive() && System.nanoTime() < deadline && (byTime || stored.get() < afterStored)) {
                Thread.sleep(2);
            }
            if (!byTime && victim.isAlive()) {
                Thread.sleep(random.nextInt(40));
            }
            if (!victim.isAlive()) {
                // it finished before its kill point: start again from an empty store
                reader.join();
                assertThat(victim.exitValue()).isZero();
                completed++;
                deleteStore(crashed);
                continue;
            }
            victim.destroyForcibly(); // SIGKILL on Linux: no shutdown hooks, no clean close of the store
            assertThat(victim.waitFor(1, TimeUnit.MINUTES)).isTrue();
            reader.join();
            if (victim.exitValue() == 0) {
                // it exited between the check above and the kill (a process that has exited is alive until
                // the JVM reaps it): a finished run, as above
                completed++;
                deleteStore(crashed);
                continue;
            }
            assertThat(victim.exitValue()).isEqualTo(128 + 9);
            kills++;

            Path copy = dir.resolve("rerun.duckdb");
            deleteStore(copy);
            for (String suffix : new String[] {"", ".wal"}) {
                Path f = Path.of(crashed + suffix);
                if (Files.exists(f)) {
                    Files.copy(f, Path.of(copy + suffix), StandardCopyOption.REPLACE_EXISTING);
                }
            }
            storedAtKill.add(articlesStored(copy));
            code(input, copy, Optional.of(seed), false);
            try (EventStore store = EventStore.openReadOnly(copy)) {
                assertThat(store.tableDigests()).as("the store run again after kill " + kills + " (seed " + seedValue
                        + ", " + storedAtKill.get(storedAtKill.size() - 1) + " articles stored at the kill)")
                        .isEqualTo(expected);
            }
        }
        System.out.println("StoreCrashIT: " + kills + " kills survived (articles stored at each: " + storedAtKill
                + "); " + completed + " runs finished before their kill point");
        assertThat(kills).isEqualTo(KILLS);
    }

    /** Codes in this JVM as {@code dyad code --db} does, from the seed's parses when given. */
    private static void code(Path input, Path db, Optional<Path> parses, boolean analyse) throws IOException {
        CodingOptions options = new CodingOptions();
        options.threads = 1;
        options.quarantine = db.resolveSibling(db.getFileName() + ".quarantine.jsonl");
        TextAnalyzer noAnalysis = new TextAnalyzer() {
            @Override
            public org.dyad.model.AnnotatedDocument analyze(org.dyad.model.Article article) {
                throw new IllegalStateException("article " + article.id() + " was not found in the seed's parses");
            }

            @Override
            public java.util.Set<org.dyad.model.Layer> layers() {
                return java.util.Set.of();
            }
        };
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        var summary = CodingRun.run(options, SharedAnalyzer.coder(), analyse ? SharedAnalyzer::get : () -> noAnalysis,
                List.of(input), OutputFormat.JSONL, Optional.of(db.resolveSibling(db.getFileName() + ".events.jsonl")),
                Optional.of(db), parses, new PrintStream(sink, true, StandardCharsets.UTF_8),
                new PrintStream(sink, true, StandardCharsets.UTF_8));
        assertThat(summary.quarantined()).as(sink.toString(StandardCharsets.UTF_8)).isZero();
    }

    /**
     * The articles a killed store holds: -1 when it was killed before its file was created, 0 when before
     * its schema was committed (the store is refused as empty, and the run after creates it).
     */
    private static long articlesStored(Path db) throws Exception {
        if (!Files.exists(db)) {
            return -1;
        }
        try (EventStore store = EventStore.openReadOnly(db)) {
            return store.counts().articles();
        } catch (StoreUnavailableException e) {
            assertThat(e.getMessage()).as("a killed store is at no version or the latest, never between")
                    .contains("is empty");
            return 0;
        }
    }

    private static void deleteStore(Path db) throws IOException {
        Files.deleteIfExists(db);
        Files.deleteIfExists(Path.of(db + ".wal"));
    }

    private Process start(Path db, Path seed, Path input) throws IOException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-Xmx2g");
        cmd.add("-XX:TieredStopAtLevel=1");
        cmd.add("-Dorg.slf4j.simpleLogger.log.org.dyad.store.ArticleRepository=debug");
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add(Main.class.getName());
        cmd.addAll(List.of("code", "--db", db.toString(), "--format", "jsonl", "--threads", "1", "--parses",
                seed.toString(), "--quarantine", dir.resolve("victim-quarantine.jsonl").toString(), "--out",
                dir.resolve("victim-events.jsonl").toString(), input.toString()));
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
