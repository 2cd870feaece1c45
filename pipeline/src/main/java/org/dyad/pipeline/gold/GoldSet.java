package org.dyad.pipeline.gold;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
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
        JsonLinesRecords.read(file, JSON, o -> new GoldEvent(text(o, "articleId"), text(o, "source"),
                text(o, "target"), text(o, "cameo"), "high".equals(o.path("confidence").asText()),
                o.path("quote").asText("")), out::add,
                "one gold event (articleId, source, target, cameo, confidence, quote)", skipped);
        return new GoldSet(out, skipped);
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
