package org.dyad.pipeline.gold;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Article-level gold events read from JSON Lines, one event a line with the fields
 * {@code articleId, source, target, cameo, confidence (high|medium), quote} (the format of
 * {@code docs/gold-protocol.md}); other fields are ignored. A line that is not such an event is
 * skipped and named in {@code skipped} (file, line and what is wrong), so that an evaluation completes
 * and its report says which record it left out.
 */
public record GoldSet(List<GoldEvent> events, List<String> skipped) {
    private static final ObjectMapper JSON = new ObjectMapper();

    public GoldSet {
        events = List.copyOf(events);
        skipped = List.copyOf(skipped);
    }

    /** Reads a gold file. */
    public static GoldSet read(Path file) throws IOException {
        List<GoldEvent> out = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank()) {
                    continue;
                }
                try {
                    JsonNode o = JSON.readTree(line);
                    out.add(new GoldEvent(text(o, "articleId"), text(o, "source"), text(o, "target"),
                            text(o, "cameo"), "high".equals(o.path("confidence").asText()), o.path("quote").asText("")));
                } catch (IOException | IllegalArgumentException e) {
                    skipped.add(file + " line " + n + ": " + firstLine(e.getMessage())
                            + "; a line must be one gold event (articleId, source, target, cameo, confidence, quote)");
                }
            }
        }
        return new GoldSet(out, skipped);
    }

    /** The first line of a parser's message (the rest repeats where the parser was). */
    static String firstLine(String message) {
        String m = message == null ? "unreadable" : message;
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }

    private static String text(JsonNode o, String field) {
        JsonNode v = o.get(field);
        if (v == null || !v.isTextual() || v.asText().isBlank()) {
            throw new IllegalArgumentException("field '" + field + "' is missing or empty");
        }
        return v.asText();
    }

    /** The events of the articles of one half. */
    public GoldSet half(Half h) {
        return new GoldSet(events.stream().filter(e -> h.holds(e.articleId())).toList(), skipped);
    }
}
