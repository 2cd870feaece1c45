package org.dyad.pipeline.gold;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Reads a hand-made JSON Lines file of records to its end: each line that parses is handed on, each
 * that does not is named in {@code skipped} with its file, line and what is wrong, so an evaluation
 * completes and says which record it left out. Blank lines are skipped silently.
 */
final class JsonLinesRecords {
    private JsonLinesRecords() {
    }

    /**
     * Parses each line of {@code file} with {@code parse} and gives the record to {@code sink};
     * {@code expected} says what a line must be, for the skipped lines' reasons.
     */
    static <T> void read(Path file, ObjectMapper json, Function<JsonNode, T> parse, Consumer<T> sink,
            String expected, List<String> skipped) throws IOException {
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank()) {
                    continue;
                }
                T record;
                try {
                    record = parse.apply(json.readTree(line));
                } catch (IOException | RuntimeException e) {
                    skipped.add(file + " line " + n + ": " + firstLine(e.getMessage()) + "; a line must be " + expected);
                    continue;
                }
                sink.accept(record);
            }
        }
    }

    /** The first line of a parser's message (the rest repeats where the parser was). */
    private static String firstLine(String message) {
        String m = message == null ? "unreadable" : message;
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }
}
