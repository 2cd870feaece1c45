package org.dyad.pipeline.gold;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Judges' verdicts on coded events, keyed by {@link EventKey}, read from and written to JSON Lines
 * (one verdict a line: the key's fields {@code articleId, sentence, source, target, cameo}, then
 * {@code judge, real, source_ok, target_ok, code_ok, all_ok, why}). An event may carry verdicts of
 * several judges; a judge's later verdict on the same key replaces the earlier one. A line that is
 * not a keyed verdict is skipped and named in {@code skipped} (file, line and what is wrong).
 */
public record Judgments(Map<EventKey, Map<String, Judgment>> byKey, List<String> skipped) {
    public Judgments {
        Map<EventKey, Map<String, Judgment>> copy = new LinkedHashMap<>();
        byKey.forEach((k, v) -> copy.put(k, Map.copyOf(v)));
        byKey = java.util.Collections.unmodifiableMap(copy);
        skipped = List.copyOf(skipped);
    }

    /** Reads verdict files, in order. */
    public static Judgments read(List<Path> files, ObjectMapper json) throws IOException {
        Map<EventKey, Map<String, Judgment>> out = new LinkedHashMap<>();
        List<String> skipped = new ArrayList<>();
        for (Path f : files) {
            JsonLinesRecords.read(f, json, Judgments::parse,
                    j -> out.computeIfAbsent(j.key(), k -> new LinkedHashMap<>()).put(j.judge(), j),
                    "one keyed verdict (see docs/evaluation.md)", skipped);
        }
        return new Judgments(out, skipped);
    }

    private static Judgment parse(JsonNode o) {
        EventKey key = new EventKey(req(o, "articleId").asText(), req(o, "sentence").asInt(),
                req(o, "source").asText(), o.path("target").asText(""), req(o, "cameo").asText());
        return new Judgment(key, req(o, "judge").asText(), flag(o, "real"), flag(o, "source_ok"),
                flag(o, "target_ok"), flag(o, "code_ok"), flag(o, "all_ok"), o.path("why").asText(""));
    }

    private static JsonNode req(JsonNode o, String field) {
        JsonNode v = o.get(field);
        if (v == null || v.isNull()) {
            throw new IllegalArgumentException("field '" + field + "' is missing");
        }
        return v;
    }

    /** A verdict: {@code true}/{@code false}, or the strings "yes"/"no"/"true"/"false". */
    static boolean flag(JsonNode o, String field) {
        JsonNode v = req(o, field);
        if (v.isBoolean()) {
            return v.asBoolean();
        }
        String s = v.asText().trim().toLowerCase(java.util.Locale.ROOT);
        if (s.equals("yes") || s.equals("true") || s.equals("y") || s.equals("1")) {
            return true;
        }
        if (s.equals("no") || s.equals("false") || s.equals("n") || s.equals("0")) {
            return false;
        }
        throw new IllegalArgumentException("field '" + field + "' was '" + v.asText() + "'; give true or false");
    }

    /** A verdict as a keyed JSON line. */
    public static ObjectNode toJson(ObjectMapper json, Judgment j) {
        ObjectNode o = json.createObjectNode();
        o.put("articleId", j.key().articleId());
        o.put("sentence", j.key().sentence());
        o.put("source", j.key().source());
        o.put("target", j.key().target());
        o.put("cameo", j.key().cameo());
        o.put("judge", j.judge());
        o.put("real", j.real());
        o.put("source_ok", j.sourceOk());
        o.put("target_ok", j.targetOk());
        o.put("code_ok", j.codeOk());
        o.put("all_ok", j.right());
        o.put("why", j.why());
        return o;
    }

    /**
     * Keys a judge's verdicts on a sample: each verdict line ({@code n, real, source_ok, target_ok,
     * code_ok, all_ok, why}) is joined with the sample line of the same {@code n}.
     */
    public static List<Judgment> join(List<JsonNode> sample, List<JsonNode> verdicts, String judge) {
        Map<Integer, JsonNode> byN = new LinkedHashMap<>();
        for (JsonNode s : sample) {
            byN.put(req(s, "n").asInt(), s);
        }
        List<Judgment> out = new ArrayList<>();
        for (JsonNode v : verdicts) {
            int n = req(v, "n").asInt();
            JsonNode s = byN.get(n);
            if (s == null) {
                throw new IllegalArgumentException("verdict n=" + n + " has no event of that number in the sample");
            }
            EventKey key = new EventKey(s.get("articleId").asText(), req(s, "sentenceIndex").asInt(),
                    s.path("source").path("code").asText(), s.path("target").path("code").asText(""),
                    s.get("cameo").asText());
            out.add(new Judgment(key, judge, flag(v, "real"), flag(v, "source_ok"), flag(v, "target_ok"),
                    flag(v, "code_ok"), flag(v, "all_ok"), v.path("why").asText("")));
        }
        return out;
    }

    /**
     * The lines of a sample or verdict file, each a JSON object. A judge's file is keyed as a whole,
     * so a line that is not JSON stops the keying, naming the file and line.
     *
     * @throws IOException naming the file and line of the first line that is not JSON
     */
    public static List<JsonNode> lines(Path file, ObjectMapper json) throws IOException {
        List<JsonNode> out = new ArrayList<>();
        List<String> bad = new ArrayList<>();
        JsonLinesRecords.read(file, json, node -> node, out::add, "one JSON object", bad);
        if (!bad.isEmpty()) {
            throw new IOException(bad.get(0));
        }
        return out;
    }

    /** The judges that gave any verdict, in name order. */
    public Set<String> judges() {
        Set<String> out = new TreeSet<>();
        byKey.values().forEach(m -> out.addAll(m.keySet()));
        return out;
    }
}
