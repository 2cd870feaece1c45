package org.dyad.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.dyad.format.EventJson;
import org.dyad.server.Coding;
import org.dyad.server.DyadServer;
import org.dyad.server.ServerOptions;
import org.dyad.store.EventStore;
import org.dyad.store.LoadedEvidence;
import org.dyad.store.SharedSearch;

/**
 * {@code dyad bench-serve}: a served store under load. Builds (once) a store of {@code n} events drawn
 * from the distributions of a store coded from real articles ({@link SyntheticEvents}), with their
 * evidence indexed for search ({@link LoadedEvidence}); serves a fresh copy of it with
 * {@link DyadServer} on 127.0.0.1; and runs {@code clients} concurrent clients over loopback, each
 * sending one request after another with a random pause between them (an analyst's think time),
 * for a bounded time and number of requests, while articles are posted and coded every few seconds.
 * The requests are the three a dashboard sends most: a filtered page of events, a dyad's timeline
 * and a full-text search, with parameters drawn from the same distributions as the events. Prints
 * p50, p95, p99, max and errors of each against the goal (p99 below 200 ms, no errors).
 */
public final class ServeBenchmark {
    /** The p99 goal, in milliseconds. */
    public static final double GOAL_P99_MS = 200;

    /** How the load is made. */
    public record Settings(int clients, Duration duration, long maxRequests, Duration think, Duration ingestEvery,
            Path articles) {
        public Settings {
            if (clients < 1 || maxRequests < 1) {
                throw new IllegalArgumentException("clients and requests must be >= 1, were " + clients + " and "
                        + maxRequests);
            }
        }
    }

    /** The kinds of request. */
    public enum Kind { LIST, TIMELINE, SEARCH }

    /** What one kind of request measured: sorted latencies in milliseconds, the errors and their statuses. */
    public record Figures(double[] millis, long errors, Map<Integer, Long> errorStatuses) {
        public double p(double q) {
            return millis.length == 0 ? Double.NaN
                    : millis[Math.min(millis.length - 1, (int) Math.ceil(q * millis.length) - 1)];
        }
    }

    /**
     * One run: the figures of each kind of request, the load it ran under (load averages before and
     * after), and the articles posted, stored and their events coded meanwhile.
     */
    public record Run(Map<Kind, Figures> figures, int clients, double seconds, long requests, double loadBefore,
            double loadAfter, long articlesPosted, long articlesStored, long eventsCoded) {
        public Run {
            figures = Map.copyOf(figures);
        }

        /** True when every kind of request met the goal: no errors, p99 under {@link #GOAL_P99_MS}. */
        public boolean met() {
            return figures.values().stream().allMatch(f -> f.errors() == 0 && f.p(0.99) < GOAL_P99_MS);
        }
    }

    private record Sample(Kind kind, double millis, int status) {
        boolean ok() {
            return status == 200;
        }
    }

    private ServeBenchmark() {
    }

    /** Builds the store when missing, then measures. */
    public static Run run(Path real, Path work, long n, Settings s, PrintStream out) throws Exception {
        SyntheticEvents synthetic = SyntheticEvents.from(real, 10);
        out.println("sampling from " + real + ": " + synthetic.describe());
        Path base = work.resolve("serve-" + n + ".duckdb");
        if (!Files.exists(base)) {
            build(synthetic, base, n, out);
        }
        Path db = work.resolve("serve-run.duckdb");
        copy(base, db);
        String token = "bench-" + Long.toHexString(System.nanoTime()) + "-token";
        var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        try (DyadServer server = DyadServer.start(ServerOptions.of(db).withAddress("127.0.0.1", 0)
                .withToken(Optional.of(token)), Coding.standard())) {
            URI base0 = server.uri();
            HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
            List<String> stories = Files.readAllLines(s.articles(), StandardCharsets.UTF_8);
            // the analysis models load with the first article, before anything is timed
            long t0 = System.nanoTime();
            post(client, base0, token, stories.get(0), "bench-warmup", 300);
            out.printf(Locale.ROOT, "served %s at %s; first article coded in %.1f s (models loaded)%n", db, base0,
                    (System.nanoTime() - t0) / 1e9);
            SplittableRandom warm = new SplittableRandom(1);
            for (int i = 0; i < 60; i++) {
                get(client, base0.resolve(request(Kind.values()[i % 3], synthetic, warm)));
            }
            double load0 = os.getSystemLoadAverage();
            long cpu0 = os.getProcessCpuTime();
            ConcurrentLinkedQueue<Sample> samples = new ConcurrentLinkedQueue<>();
            AtomicLong sent = new AtomicLong();
            long deadline = System.nanoTime() + s.duration().toNanos();
            CountDownLatch done = new CountDownLatch(s.clients());
            long start = System.nanoTime();
            for (int c = 0; c < s.clients(); c++) {
                int id = c;
                Thread t = new Thread(() -> {
                    try {
                        client(id, client, base0, synthetic, s, deadline, sent, samples);
                    } finally {
                        done.countDown();
                    }
                }, "bench-client-" + c);
                t.setDaemon(true);
                t.start();
            }
            Ingest ingest = new Ingest(client, base0, token, stories, s.ingestEvery(), deadline);
            Thread it = new Thread(ingest, "bench-ingest");
            it.setDaemon(true);
            it.start();
            done.await();
            double seconds = (System.nanoTime() - start) / 1e9;
            it.join();
            double cpu = (os.getProcessCpuTime() - cpu0) / 1e9;
            double load1 = os.getSystemLoadAverage();
            JsonNode progress = awaitIngest(client, base0);
            Map<Kind, Figures> figures = figures(samples);
            long total = samples.size();
            out.printf(Locale.ROOT, "%d clients, %.0f s, %,d requests (%.0f a second; think time uniform 0-%d ms);"
                    + " load average %.1f -> %.1f on %d cores; process CPU %.0f s (%.2f cores)%n", s.clients(), seconds,
                    total, total / seconds, 2 * s.think().toMillis(), load0, load1, os.getAvailableProcessors(), cpu,
                    cpu / seconds);
            out.printf(Locale.ROOT, "ingest meanwhile: %d articles posted, %d stored, %d events coded, %d quarantined%n",
                    ingest.posted.get(), progress.get("stored").asLong() - 1, progress.get("events").asLong(),
                    progress.get("quarantined").asLong());
            boolean met = true;
            for (Kind k : Kind.values()) {
                Figures f = figures.get(k);
                boolean ok = f.errors() == 0 && f.p(0.99) < GOAL_P99_MS;
                met &= ok;
                out.printf(Locale.ROOT, "%-22s %,7d requests  p50 %6.1f ms  p95 %6.1f ms  p99 %6.1f ms  max %7.1f ms"
                        + "  errors %d%s  (goal p99 < %.0f ms, no errors: %s)%n", label(k), f.millis().length, f.p(0.5),
                        f.p(0.95), f.p(0.99), f.millis().length == 0 ? Double.NaN : f.millis()[f.millis().length - 1],
                        f.errors(), f.errors() == 0 ? "" : " " + f.errorStatuses() + " (status: count; -1 no answer)",
                        GOAL_P99_MS, ok ? "met" : "NOT met");
            }
            out.println("goal " + (met ? "met" : "NOT met"));
            return new Run(figures, s.clients(), seconds, total, load0, load1, ingest.posted.get(),
                    progress.get("stored").asLong() - 1, progress.get("events").asLong());
        }
    }

    static String label(Kind k) {
        return switch (k) {
            case LIST -> "filtered event list";
            case TIMELINE -> "dyad timeline";
            case SEARCH -> "full-text search";
        };
    }

    private static void build(SyntheticEvents synthetic, Path base, long n, PrintStream out) throws Exception {
        Files.createDirectories(base.toAbsolutePath().getParent());
        long t0 = System.nanoTime();
        try (EventStore store = EventStore.open(base)) {
            store.load(synthetic.events(n, 42));
            long with = LoadedEvidence.attach(store);
            SharedSearch.open(store).close(); // builds the full-text index beside the store
            out.printf(Locale.ROOT, "built %s: %,d events with evidence (%,d indexed) in %.1f s%n", base, n, with,
                    (System.nanoTime() - t0) / 1e9);
        }
    }

    /** A fresh copy of the built store and its index, so that each run's ingest starts from the same store. */
    private static void copy(Path from, Path to) throws IOException {
        for (String side : List.of(".search", ".ingest")) {
            Path d = Path.of(to + side);
            if (Files.exists(d)) {
                try (Stream<Path> w = Files.walk(d)) {
                    for (Path p : w.sorted(java.util.Comparator.reverseOrder()).toList()) {
                        Files.delete(p);
                    }
                }
            }
        }
        Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
        Files.deleteIfExists(Path.of(to + ".wal"));
        Path index = Path.of(from + ".search");
        Path target = Files.createDirectories(Path.of(to + ".search"));
        try (Stream<Path> files = Files.list(index)) {
            for (Path f : files.toList()) {
                if (!f.getFileName().toString().equals("write.lock")) {
                    Files.copy(f, target.resolve(f.getFileName()));
                }
            }
        }
    }

    /** One client: requests of the three kinds in turn, each after a pause, until the time or the count runs out. */
    private static void client(int id, HttpClient http, URI base, SyntheticEvents synthetic, Settings s, long deadline,
            AtomicLong sent, ConcurrentLinkedQueue<Sample> samples) {
        SplittableRandom r = new SplittableRandom(1000 + id);
        long think = s.think().toMillis();
        try {
            // start spread over one think time, not all at once
            Thread.sleep(r.nextLong(Math.max(1, 2 * think)));
            for (int i = id; System.nanoTime() < deadline && sent.incrementAndGet() <= s.maxRequests(); i++) {
                Kind k = Kind.values()[i % 3];
                URI u = base.resolve(request(k, synthetic, r));
                long t0 = System.nanoTime();
                int status = get(http, u);
                samples.add(new Sample(k, (System.nanoTime() - t0) / 1e6, status));
                Thread.sleep(r.nextLong(Math.max(1, 2 * think)));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static String request(Kind k, SyntheticEvents synthetic, SplittableRandom r) {
        return switch (k) {
            case LIST -> {
                LocalDate from = synthetic.randomDate(r).withDayOfYear(1);
                String q = "/api/v1/events?country=" + country(synthetic, r) + "&from=" + from
                        + "&to=" + from.plusYears(1).minusDays(1);
                yield q + (r.nextBoolean() ? "&quad=" + (1 + r.nextInt(4))
                        : "&cameo=" + synthetic.randomCameo(r).substring(0, 2)) + "&limit=50";
            }
            case TIMELINE -> "/api/v1/timeline?source=" + country(synthetic, r) + "&target=" + country(synthetic, r);
            case SEARCH -> "/api/v1/events?text=" + URLEncoder.encode(synthetic.randomWord(r), StandardCharsets.UTF_8)
                    + "&order=-date&limit=50";
        };
    }

    /** The country part of an actor code drawn as events' actors are (codes such as {@code ---GOV} have none). */
    static String country(SyntheticEvents synthetic, SplittableRandom r) {
        for (int tries = 0; tries < 100; tries++) {
            String code = synthetic.randomActorCode(r);
            if (code.length() >= 3 && code.substring(0, 3).chars().allMatch(Character::isLetter)) {
                return code.substring(0, 3);
            }
        }
        throw new IllegalStateException("the source store's actors have no country codes");
    }

    private static int get(HttpClient http, URI u) {
        try {
            HttpResponse<byte[]> res = http.send(HttpRequest.newBuilder(u).timeout(Duration.ofSeconds(60)).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            return res.statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private static int post(HttpClient http, URI base, String token, String story, String id, int wait) throws Exception {
        ObjectNode o = (ObjectNode) EventJson.mapper().readTree(story);
        o.put("id", id);
        HttpResponse<String> res = http.send(HttpRequest.newBuilder(base.resolve("/api/v1/articles?wait=" + wait))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + token)
                .timeout(Duration.ofSeconds(wait + 30L)).POST(HttpRequest.BodyPublishers.ofString(o.toString())).build(),
                HttpResponse.BodyHandlers.ofString());
        if (res.statusCode() != 200 && res.statusCode() != 202) {
            throw new IllegalStateException("posting an article answered " + res.statusCode() + ": " + res.body());
        }
        return res.statusCode();
    }

    /** Posts a story every few seconds, without waiting for its coding, until the deadline. */
    private static final class Ingest implements Runnable {
        final AtomicLong posted = new AtomicLong();
        private final HttpClient http;
        private final URI base;
        private final String token;
        private final List<String> stories;
        private final Duration every;
        private final long deadline;

        Ingest(HttpClient http, URI base, String token, List<String> stories, Duration every, long deadline) {
            this.http = http;
            this.base = base;
            this.token = token;
            this.stories = stories;
            this.every = every;
            this.deadline = deadline;
        }

        @Override
        public void run() {
            try {
                for (int i = 1; System.nanoTime() < deadline; i++) {
                    post(http, base, token, stories.get(i % stories.size()), "bench-" + i, 0);
                    posted.incrementAndGet();
                    long left = (deadline - System.nanoTime()) / 1_000_000;
                    Thread.sleep(Math.max(0, Math.min(every.toMillis(), left)));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (Exception e) {
                throw new IllegalStateException("ingest during the benchmark failed: " + e.getMessage(), e);
            }
        }
    }

    private static JsonNode awaitIngest(HttpClient http, URI base) throws Exception {
        JsonNode ingest = null;
        for (int i = 0; i < 600; i++) {
            HttpResponse<byte[]> res = http.send(HttpRequest.newBuilder(base.resolve("/api/v1/status")).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            ingest = EventJson.mapper().readTree(res.body()).get("ingest");
            if (ingest.get("queued").asInt() == 0 && ingest.get("current").asText().isEmpty()) {
                return ingest;
            }
            Thread.sleep(500);
        }
        return ingest;
    }

    private static Map<Kind, Figures> figures(ConcurrentLinkedQueue<Sample> samples) {
        Map<Kind, Figures> out = new EnumMap<>(Kind.class);
        for (Kind k : Kind.values()) {
            List<Double> ms = new ArrayList<>();
            long errors = 0;
            Map<Integer, Long> statuses = new java.util.TreeMap<>();
            for (Sample s : samples) {
                if (s.kind() == k) {
                    ms.add(s.millis());
                    if (!s.ok()) {
                        errors++;
                        statuses.merge(s.status(), 1L, Long::sum);
                    }
                }
            }
            double[] a = ms.stream().mapToDouble(Double::doubleValue).toArray();
            Arrays.sort(a);
            out.put(k, new Figures(a, errors, statuses));
        }
        return out;
    }
}
