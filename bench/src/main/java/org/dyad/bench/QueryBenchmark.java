package org.dyad.bench;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SplittableRandom;
import org.dyad.store.AggregateSource;
import org.dyad.store.EventQuery;
import org.dyad.store.EventStore;
import org.dyad.store.TimelinePoint;

/**
 * Query speed on a large store: builds (once) a store of {@code n} events drawn from the
 * distributions of a store coded from real articles ({@link SyntheticEvents}), then times two kinds
 * of query through {@link EventStore}'s Java API, with parameters drawn from the same
 * distributions: a filtered, paged event list (an actor's country, a QuadClass or CAMEO root, a
 * date range of a year, a page of 50 at an offset of up to 500), and a dyad timeline (events a day
 * by QuadClass with mean Goldstein, for a source and target country), the latter both as the store
 * answers it (from its daily counts per dyad) and computed from the events, in turn, so that both
 * meet the same machine load; every pair of timelines is compared. Prints p50, p95 and max of each,
 * against the target of p95 below 50 ms.
 */
public final class QueryBenchmark {
    /** The p95 target, in milliseconds. */
    public static final double TARGET_P95_MS = 50;

    /**
     * The figures of one run: latencies in milliseconds, sorted; {@code differingTimelines} counts the
     * timelines whose two computations differed (0 when the daily counts are right).
     */
    public record Result(long events, long buildMillis, double[] listMillis, double[] timelineMillis,
            double[] scanTimelineMillis, int differingTimelines) {
        public double p(double[] sorted, double q) {
            return sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)];
        }
    }

    private QueryBenchmark() {
    }

    /**
     * Runs the benchmark.
     *
     * @param real a store coded from real articles, to sample from
     * @param big where the large store is kept; built when missing, reused otherwise
     */
    public static Result run(Path real, Path big, long n, int queries, PrintStream out) throws Exception {
        SyntheticEvents synthetic = SyntheticEvents.from(real, 10);
        out.println("sampling from " + real + ": " + synthetic.describe());
        long build = 0;
        if (!Files.exists(big)) {
            long t0 = System.nanoTime();
            try (EventStore store = EventStore.open(big)) {
                store.load(synthetic.events(n, 42));
            }
            build = (System.nanoTime() - t0) / 1_000_000;
            out.printf(Locale.ROOT, "built %s with %,d events in %.1f s%n", big, n, build / 1000.0);
        } else {
            EventStore.open(big).close(); // brings a store built by an earlier version up to the current schema
        }
        try (EventStore store = EventStore.openReadOnly(big)) {
            long count = store.count(EventQuery.all());
            SplittableRandom r = new SplittableRandom(7);
            List<EventQuery> lists = new ArrayList<>();
            List<EventQuery> timelines = new ArrayList<>();
            for (int i = 0; i < queries; i++) {
                LocalDate from = synthetic.randomDate(r).withDayOfYear(1);
                EventQuery q = EventQuery.all().withCountry(synthetic.randomActorCode(r).substring(0, 3))
                        .withDates(Optional.of(from), Optional.of(from.plusYears(1).minusDays(1)));
                q = r.nextBoolean() ? q.withQuadClass(1 + r.nextInt(4)) : q.withCameo(synthetic.randomCameo(r)
                        .substring(0, 2));
                lists.add(q.page(50, 50L * r.nextInt(11)));
                timelines.add(EventQuery.all().withSource(synthetic.randomActorCode(r).substring(0, 3))
                        .withTarget(synthetic.randomActorCode(r).substring(0, 3)));
            }
            // warm up: the first queries pay for loading columns from the file
            for (int i = 0; i < Math.min(20, queries); i++) {
                store.events(lists.get(i));
                store.timeline(timelines.get(i));
                store.timeline(timelines.get(i), AggregateSource.EVENTS);
            }
            double[] listMs = new double[queries];
            double[] timelineMs = new double[queries];
            double[] scanMs = new double[queries];
            double[] listCpu = new double[queries];
            double[] timelineCpu = new double[queries];
            double[] scanCpu = new double[queries];
            int differing = 0;
            var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                    .getOperatingSystemMXBean();
            long rows = 0;
            for (int i = 0; i < queries; i++) {
                long c0 = os.getProcessCpuTime();
                long t0 = System.nanoTime();
                rows += store.events(lists.get(i)).size();
                listMs[i] = (System.nanoTime() - t0) / 1e6;
                long c1 = os.getProcessCpuTime();
                long t1 = System.nanoTime();
                List<TimelinePoint> timeline = store.timeline(timelines.get(i));
                timelineMs[i] = (System.nanoTime() - t1) / 1e6;
                long c2 = os.getProcessCpuTime();
                long t2 = System.nanoTime();
                List<TimelinePoint> scanned = store.timeline(timelines.get(i), AggregateSource.EVENTS);
                scanMs[i] = (System.nanoTime() - t2) / 1e6;
                scanCpu[i] = (os.getProcessCpuTime() - c2) / 1e6;
                rows += timeline.size();
                listCpu[i] = (c1 - c0) / 1e6;
                timelineCpu[i] = (c2 - c1) / 1e6;
                if (!timeline.equals(scanned)) {
                    differing++;
                }
            }
            Arrays.sort(listMs);
            Arrays.sort(timelineMs);
            Arrays.sort(scanMs);
            Arrays.sort(listCpu);
            Arrays.sort(timelineCpu);
            Arrays.sort(scanCpu);
            Result res = new Result(count, build, listMs, timelineMs, scanMs, differing);
            out.printf(Locale.ROOT, "store: %,d events in %,d daily counts per dyad; %d queries of each kind (%,d rows"
                    + " returned); machine load average %.1f on %d cores%n", count, store.counts().dyadDays(),
                    queries, rows, os.getSystemLoadAverage(), os.getAvailableProcessors());
            line(out, "filtered paged event list", res, listMs);
            line(out, "dyad timeline", res, timelineMs);
            line(out, "  the same from the events", res, scanMs);
            out.printf(Locale.ROOT, "timelines from the daily counts equal to those computed from the events: %d of %d%n",
                    queries - differing, queries);
            out.printf(Locale.ROOT, "CPU time of the process a query (all threads): list p50 %.1f ms p95 %.1f ms;"
                    + " timeline p50 %.1f ms p95 %.1f ms; from the events p50 %.1f ms p95 %.1f ms%n", res.p(listCpu, 0.5),
                    res.p(listCpu, 0.95), res.p(timelineCpu, 0.5), res.p(timelineCpu, 0.95), res.p(scanCpu, 0.5),
                    res.p(scanCpu, 0.95));
            return res;
        }
    }

    private static void line(PrintStream out, String what, Result r, double[] sorted) {
        double p95 = r.p(sorted, 0.95);
        out.printf(Locale.ROOT, "%-26s p50 %6.1f ms  p95 %6.1f ms  max %6.1f ms  (target p95 < %.0f ms: %s)%n", what,
                r.p(sorted, 0.5), p95, sorted[sorted.length - 1], TARGET_P95_MS, p95 < TARGET_P95_MS ? "met" : "NOT met");
    }
}
