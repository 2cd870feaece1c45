package org.dyad.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The measurements the tables are made from: one JSON object a file, {@code NAME.json} in a folder
 * ({@code docs/results/}), each the {@code --json} output of the command that measured it, reduced
 * to its figures: the lists of misses, extras and unmatched events (whose sentences come from the
 * evaluation data, which is not redistributed) become their counts ({@code missesCount}), and the
 * command that measured it is kept under {@code command}.
 */
final class SavedResults {
    /** Lists of cases or events, with text from the evaluation data: kept as counts only. */
    static final Set<String> DETAILS = Set.of("misses", "extras", "issues", "missed", "unmatched",
            "eventsOnlySelective", "eventsOnlyFullParse");

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    private final Path folder;
    private final Map<String, JsonNode> results;

    private SavedResults(Path folder, Map<String, JsonNode> results) {
        this.folder = folder;
        this.results = results;
    }

    /** The results saved in {@code folder} (none when it does not exist). */
    static SavedResults read(Path folder) throws IOException {
        Map<String, JsonNode> out = new TreeMap<>();
        if (Files.isDirectory(folder)) {
            try (var files = Files.list(folder)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                    String name = folder.relativize(f).toString().replaceFirst("\\.json$", "");
                    out.put(name, MAPPER.readTree(f.toFile()));
                }
            }
        }
        return new SavedResults(folder, out);
    }

    /** The result saved as {@code name}. */
    Optional<JsonNode> get(String name) {
        return Optional.ofNullable(results.get(name));
    }

    /** The names of the saved results that begin with {@code prefix}, in order. */
    List<String> namesStartingWith(String prefix) {
        return results.keySet().stream().filter(n -> n.startsWith(prefix)).toList();
    }

    /** Reduces a command's JSON output to its figures, notes the command, and saves it as {@code name}. */
    JsonNode save(String name, String output, String command) throws IOException {
        if (!name.matches("[a-z0-9-]+")) {
            throw new IllegalArgumentException("result name '" + name + "': use lower-case letters, digits and '-'");
        }
        ObjectNode o = reduce(lastObject(output));
        if (!command.isEmpty()) {
            o.put("command", command);
        }
        Files.createDirectories(folder);
        Files.writeString(folder.resolve(name + ".json"), MAPPER.writeValueAsString(o) + "\n", StandardCharsets.UTF_8);
        results.put(name, o);
        return o;
    }

    /**
     * The last JSON object a command printed: from the last line that begins with '{' to the end (the
     * evaluations print it on one line, the benchmark indented).
     */
    static ObjectNode lastObject(String output) throws IOException {
        int at = output.lastIndexOf("\n{");
        at = at >= 0 ? at + 1 : output.startsWith("{") ? 0 : -1;
        if (at < 0) {
            throw new IOException("no JSON object in the output (was the command run with --json?)");
        }
        JsonNode n = MAPPER.readTree(output.substring(at));
        if (!(n instanceof ObjectNode o)) {
            throw new IOException("the output's last JSON value is not an object");
        }
        return o;
    }

    /** A copy without the lists of {@link #DETAILS}, each replaced by its size. */
    static ObjectNode reduce(ObjectNode in) {
        ObjectNode out = in.deepCopy();
        strip(out);
        return out;
    }

    private static void strip(ObjectNode o) {
        List<String> names = new ArrayList<>();
        for (Iterator<String> it = o.fieldNames(); it.hasNext();) {
            names.add(it.next());
        }
        for (String k : names) {
            JsonNode v = o.get(k);
            if (DETAILS.contains(k) && v.isArray()) {
                o.remove(k);
                o.put(k + "Count", v.size());
            } else if (v instanceof ObjectNode child) {
                strip(child);
            }
        }
    }
}
