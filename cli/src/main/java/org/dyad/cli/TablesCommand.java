package org.dyad.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code dyad tables}: rewrites the tables of figures in README.md and docs/*.md from the saved
 * results of the commands that measured them ({@code docs/results/NAME.json}); with {@code --run},
 * runs those commands first and saves their results.
 */
@Command(name = "tables", mixinStandardHelpOptions = true,
        description = {"Rewrite the tables of figures in README.md and docs/*.md (each between <!-- table:NAME --> and "
                + "<!-- /table -->) from the results saved in docs/results/, so that every figure is what a run "
                + "printed. A table whose results are not saved is left as it is.",
            "--run NAME,...: first run the measurements (" + Measurements.NAMES + ") with --json, through this "
                + "launcher's Java and class path, and save their figures (lists of misses and extras are kept as "
                + "counts: their sentences are evaluation data).",
            "--save NAME=FILE: save the --json output a command wrote to FILE (dyad bench-store, bench-serve: "
                + "bench-serve-1, bench-serve-2, ... one per run)."})
final class TablesCommand implements Callable<Integer> {
    @Option(names = "--run", split = ",", paramLabel = "NAME", description = "Measurements to run first.")
    List<String> run = new ArrayList<>();

    @Option(names = "--save", split = ",", paramLabel = "NAME=FILE", description = "Saved --json outputs to take.")
    Map<String, Path> save = new LinkedHashMap<>();

    @Option(names = "--data", paramLabel = "DIR",
            description = "The evaluation data (default: shared/data beside the repository).")
    Path data;

    @Option(names = "--articles", paramLabel = "FILE",
            description = "With --run realnews: the real-news articles (eval/realnews/articles.py writes them).")
    Path articles;

    @Option(names = "--check", description = "Change nothing; exit 1 if a table differs from what its results give.")
    boolean check;

    @Override
    public Integer call() throws IOException, InterruptedException {
        Path home = Path.of(System.getProperty("dyad.home", ".")).toAbsolutePath().normalize();
        SavedResults results = SavedResults.read(home.resolve("docs").resolve("results"));
        // the measurements run in the repository's folder: paths given here are made absolute first
        Measurements measurements = new Measurements(home, data == null ? home.resolveSibling("shared").resolve("data")
                : data.toAbsolutePath(), Optional.ofNullable(articles).map(Path::toAbsolutePath));
        for (String name : run) {
            measurements.run(name, results, System.err);
        }
        for (Map.Entry<String, Path> e : save.entrySet()) {
            String output = Files.readString(e.getValue(), StandardCharsets.UTF_8);
            results.save(e.getKey(), output, "");
            System.err.println("dyad tables: saved " + e.getValue() + " as docs/results/" + e.getKey() + ".json");
        }
        ResultTables tables = new ResultTables(results);
        int differing = 0;
        for (Path file : documents(home)) {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            MarkedTables.Result r = MarkedTables.apply(text, tables::render);
            if (r.replaced().isEmpty() && r.left().isEmpty()) {
                continue;
            }
            boolean changed = !r.text().equals(text);
            String where = home.relativize(file).toString();
            if (changed && !check) {
                Files.writeString(file, r.text(), StandardCharsets.UTF_8);
            }
            differing += changed ? 1 : 0;
            System.err.printf("dyad tables: %s: %s %s%s%n", where, changed ? (check ? "differs in" : "rewrote")
                    : "unchanged:", String.join(", ", r.replaced()),
                    r.left().isEmpty() ? "" : "; no results yet for " + String.join(", ", r.left()) + " (left as they are)");
        }
        return check && differing > 0 ? 1 : 0;
    }

    /** README.md and the Markdown files of docs/. */
    static List<Path> documents(Path home) throws IOException {
        List<Path> out = new ArrayList<>(List.of(home.resolve("README.md")));
        try (Stream<Path> docs = Files.list(home.resolve("docs"))) {
            docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(out::add);
        }
        return out;
    }
}
