package org.dyad.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The measurements behind the tables, each a run of a {@code dyad} command with {@code --json} in a
 * process of its own (this launcher's Java, heap and class path), whose output is saved in
 * {@link SavedResults} under the measurement's name with the command that reproduces it.
 */
final class Measurements {
    static final String NAMES = "petrarch, cameo, cameo-phoenix, plover, realnews, bench";

    private final Path home;
    private final Path data;
    private final Optional<Path> articles;

    /** {@code articles}: the real-news articles, needed by the measurement {@code realnews} alone. */
    Measurements(Path home, Path data, Optional<Path> articles) {
        this.home = home;
        this.data = data;
        this.articles = articles;
    }

    void run(String name, SavedResults results, PrintStream log) throws IOException, InterruptedException {
        log.println("dyad tables: measuring " + name);
        // the command as run from the repository, with the data where it was found (../shared/data by default)
        String shown = home.relativize(data.toAbsolutePath().normalize()).toString();
        switch (name) {
            case "petrarch" -> {
                Path dir = dictionaries("PETR.Validate.actors.txt", "PETR.Validate.agents.txt",
                        "PETR.Validate.discards.txt", "PETR.Validate.verbs.txt");
                String suite = "petrarch2/text/PETR.UnitTest.records.xml";
                results.save(name, dyad(List.of("eval", "--suite", data.resolve(suite).toString(), "--dictionaries",
                        dir.toString(), "--json")), "mkdir -p /tmp/petr && cp " + shown
                        + "/petrarch2/dictionaries/PETR.Validate.* /tmp/petr/ && ./dyad eval --suite " + shown + "/" + suite
                        + " --dictionaries /tmp/petr --json");
                delete(dir);
            }
            case "cameo", "plover" -> {
                String suite = name.equals("cameo") ? "cameo-manual/cameo-codes.clean.csv" : "plover/PLOVER_GSR_dev.jsonl";
                results.save(name, dyad(List.of("eval", "--suite", data.resolve(suite).toString(), "--json")),
                        "./dyad eval --suite " + shown + "/" + suite + " --json");
            }
            case "cameo-phoenix" -> {
                Path dir = dictionaries("Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt",
                        "Phoenix.MilNonState.actors.txt", "Phoenix.agents.txt");
                String suite = "cameo-manual/cameo-codes.clean.csv";
                results.save(name, dyad(List.of("eval", "--suite", data.resolve(suite).toString(), "--dictionaries",
                        dir.toString(), "--json")), "mkdir -p /tmp/phoenix && cp " + shown
                        + "/petrarch2/dictionaries/Phoenix.{Countries,International,MilNonState}.actors.txt " + shown
                        + "/petrarch2/dictionaries/Phoenix.agents.txt /tmp/phoenix/ && ./dyad eval --suite " + shown + "/"
                        + suite + " --dictionaries /tmp/phoenix --json");
                delete(dir);
            }
            case "realnews" -> realNews(results);
            // the corpus named relative to the repository, so that the saved result names no machine's folders
            case "bench" -> results.save(name, dyad(List.of("bench", "--corpus", "examples/voa-stories.jsonl", "--json")),
                    "./dyad bench --json");
            default -> throw new IllegalArgumentException("no measurement named '" + name + "'; give one of " + NAMES);
        }
    }

    /** Codes the real-news articles as dyad code does, then scores the development half against the gold. */
    private void realNews(SavedResults results) throws IOException, InterruptedException {
        Path file = articles.orElseThrow(() -> new IllegalArgumentException("--run realnews needs --articles FILE "
                + "(python3 eval/realnews/articles.py DATA FILE writes them)"));
        Path events = Files.createTempFile("dyad-realnews", ".jsonl");
        try {
            dyad(List.of("code", "--no-db", "--format", "jsonl", file.toString()), events);
            String gold = home.resolve("eval").resolve("realnews").resolve("gold.jsonl").toString();
            results.save("realnews", dyad(List.of("eval", "--gold", gold, "--events", events.toString(), "--articles",
                    file.toString(), "--half", "dev", "--json")), "./dyad code --no-db --format jsonl ARTICLES "
                    + "> events.jsonl && ./dyad eval --gold eval/realnews/gold.jsonl --events events.jsonl "
                    + "--articles ARTICLES --half dev --json");
        } finally {
            Files.deleteIfExists(events);
        }
    }

    /** A temporary folder with copies of these files of the PETRARCH2 dictionaries. */
    private Path dictionaries(String... names) throws IOException {
        Path dir = Files.createTempDirectory("dyad-dictionaries");
        for (String n : names) {
            Path from = data.resolve("petrarch2").resolve("dictionaries").resolve(n);
            if (!Files.exists(from)) {
                throw new IllegalArgumentException(from + " does not exist; give the evaluation data with --data DIR");
            }
            Files.copy(from, dir.resolve(n));
        }
        return dir;
    }

    /** Runs {@code dyad ARGS} and returns what it printed on standard output. */
    private String dyad(List<String> args) throws IOException, InterruptedException {
        Process p = start(args).redirectOutput(ProcessBuilder.Redirect.PIPE).start();
        String out;
        try (InputStream in = p.getInputStream()) {
            out = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        finish(p, args);
        return out;
    }

    /** Runs {@code dyad ARGS} with its standard output written to {@code file}. */
    private void dyad(List<String> args, Path file) throws IOException, InterruptedException {
        finish(start(args).redirectOutput(file.toFile()).start(), args);
    }

    private ProcessBuilder start(List<String> args) {
        // the launcher's JVM options (heap, collector, dyad.home), so each measurement runs as ./dyad would run it
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments());
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(args);
        return new ProcessBuilder(command).directory(home.toFile()).redirectError(ProcessBuilder.Redirect.INHERIT);
    }

    private static void finish(Process p, List<String> args) throws InterruptedException {
        int rc = p.waitFor();
        if (rc != 0) {
            throw new IllegalStateException("dyad " + String.join(" ", args) + " exited with status " + rc);
        }
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path f : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(f);
            }
        }
    }
}
