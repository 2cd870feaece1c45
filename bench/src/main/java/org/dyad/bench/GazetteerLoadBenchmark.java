package org.dyad.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.LongStream;
import org.dyad.geo.Gazetteer;

/**
 * {@code dyad bench --gazetteer-load N}: how long {@link Gazetteer#standard()} takes in a fresh JVM.
 * Starts N JVMs one after another with this JVM's Java, classpath and options; each loads the
 * gazetteer once, before anything else of Dyad, and reports the wall time of the load, the CPU time
 * of the loading thread, and the CPU time of the whole process over the load (the JIT compilers' and
 * the garbage collector's threads included; Linux counts it in 10 ms steps). Prints every run and
 * the median, minimum and maximum of each time.
 *
 * <p>{@link #main} is what each fresh JVM runs; the rest runs in the JVM that starts them.
 */
public final class GazetteerLoadBenchmark {
    /** How a fresh JVM reports its load on standard output. */
    private static final String PREFIX = "gazetteer-load";

    /**
     * The three times of a load. (A switch, not method references: the fresh JVM initialises this
     * class before it loads the gazetteer, and should not have set up lambdas by then.)
     */
    enum Time {
        WALL("wall", "wall"), THREAD_CPU("thread CPU", "threadCpu"), PROCESS_CPU("process CPU", "processCpu");

        private final String label;
        private final String field;

        Time(String label, String field) {
            this.label = label;
            this.field = field;
        }

        long micros(Load l) {
            return switch (this) {
                case WALL -> l.wallMicros();
                case THREAD_CPU -> l.threadCpuMicros();
                case PROCESS_CPU -> l.processCpuMicros();
            };
        }
    }

    /** One load in a fresh JVM; times in microseconds. */
    record Load(long wallMicros, long threadCpuMicros, long processCpuMicros, int places) {
        Load {
            if (wallMicros < 0 || threadCpuMicros < 0 || processCpuMicros < 0 || places < 0) {
                throw new IllegalArgumentException("times and places cannot be negative: " + wallMicros + ", "
                        + threadCpuMicros + ", " + processCpuMicros + ", " + places);
            }
        }
    }

    private final List<Load> loads;
    private final List<String> jvmOptions;

    private GazetteerLoadBenchmark(List<Load> loads, List<String> jvmOptions) {
        this.loads = List.copyOf(loads);
        this.jvmOptions = List.copyOf(jvmOptions);
    }

    /** Loads the gazetteer once in this JVM and prints the times on one line. */
    public static void main(String[] args) {
        Load l = measure();
        System.out.println(PREFIX + " " + l.wallMicros() + " " + l.threadCpuMicros() + " " + l.processCpuMicros() + " "
                + l.places());
    }

    private static Load measure() {
        ThreadMXBean thread = ManagementFactory.getThreadMXBean();
        var process = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long p0 = process.getProcessCpuTime();
        long c0 = thread.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        Gazetteer g = Gazetteer.standard();
        long t1 = System.nanoTime();
        long c1 = thread.getCurrentThreadCpuTime();
        long p1 = process.getProcessCpuTime();
        return new Load((t1 - t0) / 1000, (c1 - c0) / 1000, (p1 - p0) / 1000, g.size());
    }

    /**
     * Measures {@code runs} loads and prints the report, or one JSON object when {@code json}; progress
     * goes to {@code log}. Returns the exit code.
     */
    static int report(int runs, boolean json, PrintStream out, PrintStream log) throws IOException {
        GazetteerLoadBenchmark b;
        try {
            b = run(runs, log);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while measuring the gazetteer load", e);
        }
        String rerun = "./dyad bench --gazetteer-load " + runs + (json ? " --json" : "");
        if (json) {
            ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
            out.println(mapper.writeValueAsString(b.json(mapper, rerun)));
        } else {
            b.print(out, rerun);
        }
        return 0;
    }

    /** Loads the gazetteer in {@code runs} fresh JVMs, one after another. */
    static GazetteerLoadBenchmark run(int runs, PrintStream log) throws IOException, InterruptedException {
        if (runs < 1) {
            throw new IllegalArgumentException("--gazetteer-load was " + runs + "; need at least 1 run");
        }
        List<String> options = ManagementFactory.getRuntimeMXBean().getInputArguments();
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(options);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), GazetteerLoadBenchmark.class.getName()));
        List<Load> loads = new ArrayList<>();
        for (int r = 1; r <= runs; r++) {
            Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
            List<String> lines;
            try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(),
                    StandardCharsets.UTF_8))) {
                lines = out.lines().toList();
            }
            int exit = p.waitFor();
            if (exit != 0) {
                throw new IllegalStateException("run " + r + ": the JVM loading the gazetteer exited with " + exit);
            }
            Load l = parse(lines);
            log.printf(Locale.ROOT, "dyad bench: gazetteer load %d of %d: %.1f ms wall, %.1f ms thread CPU%n", r, runs,
                    l.wallMicros() / 1000.0, l.threadCpuMicros() / 1000.0);
            loads.add(l);
        }
        return new GazetteerLoadBenchmark(loads, options);
    }

    /** The load a fresh JVM reported among its output lines. */
    static Load parse(List<String> lines) {
        for (String line : lines) {
            String[] f = line.split(" ");
            if (f.length == 5 && f[0].equals(PREFIX)) {
                return new Load(Long.parseLong(f[1]), Long.parseLong(f[2]), Long.parseLong(f[3]),
                        Integer.parseInt(f[4]));
            }
        }
        throw new IllegalStateException("the JVM loading the gazetteer reported no '" + PREFIX + "' line; it printed "
                + lines);
    }

    /** The median of one time over the runs, in milliseconds. */
    double medianMillis(Time time) {
        long[] v = micros(time).sorted().toArray();
        int n = v.length;
        return (n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2.0) / 1000.0;
    }

    private LongStream micros(Time time) {
        return loads.stream().mapToLong(time::micros);
    }

    void print(PrintStream out, String rerun) {
        out.printf(Locale.ROOT, "Gazetteer.standard() in %d fresh JVMs (%d places), JVM options %s%n%n", loads.size(),
                loads.get(0).places(), jvmOptions);
        out.printf(Locale.ROOT, "%-14s %10s %10s %10s   %s%n", "ms", "median", "min", "max", "runs");
        for (Time t : Time.values()) {
            out.printf(Locale.ROOT, "%-14s %10.1f %10.1f %10.1f   %s%n", t.label, medianMillis(t),
                    micros(t).min().orElseThrow() / 1000.0, micros(t).max().orElseThrow() / 1000.0,
                    Arrays.toString(micros(t).map(us -> Math.round(us / 1000.0)).toArray()));
        }
        out.println();
        out.println("Rerun: " + rerun);
    }

    ObjectNode json(ObjectMapper mapper, String rerun) {
        ObjectNode o = mapper.createObjectNode();
        o.put("runs", loads.size());
        o.put("places", loads.get(0).places());
        ArrayNode opts = o.putArray("jvmOptions");
        jvmOptions.forEach(opts::add);
        for (Time t : Time.values()) {
            o.put(t.field + "MedianMillis", medianMillis(t));
            o.put(t.field + "MinMillis", micros(t).min().orElseThrow() / 1000.0);
            o.put(t.field + "MaxMillis", micros(t).max().orElseThrow() / 1000.0);
            ArrayNode each = o.putArray(t.field + "Millis");
            micros(t).forEach(us -> each.add(us / 1000.0));
        }
        o.put("command", rerun);
        return o;
    }
}
