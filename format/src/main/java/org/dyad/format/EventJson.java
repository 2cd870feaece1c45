package org.dyad.format;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dyad.model.ActorRef;
import org.dyad.model.DatePrecision;
import org.dyad.model.Event;
import org.dyad.model.EventDate;
import org.dyad.model.EventType;
import org.dyad.model.Evidence;
import org.dyad.model.Place;
import org.dyad.model.Provenance;
import org.dyad.model.Rejection;
import org.dyad.model.Trigger;

/**
 * Dyad's native JSON form of events and quarantined records, one object a line, as documented in
 * {@code docs/formats.md}. {@link #toJson} and {@link #fromJson} are inverse. Thread-safe.
 */
public final class EventJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private EventJson() {
    }

    /** The shared mapper (thread-safe once configured). */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /** An event as a JSON object. */
    public static ObjectNode toJson(Event e) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("id", e.id());
        o.put("articleId", e.articleId());
        o.put("date", e.date().date().toString());
        o.put("datePrecision", e.date().precision().name().toLowerCase(java.util.Locale.ROOT));
        o.put("dateText", e.date().text());
        o.put("articleDate", e.articleDate().toString());
        o.set("source", actor(e.source()));
        if (e.target().isPresent()) {
            o.set("target", actor(e.target().get()));
        } else {
            o.putNull("target");
        }
        o.put("cameo", e.type().cameo());
        o.put("cameoName", e.type().name());
        o.put("quadClass", e.type().quadClass());
        o.put("goldstein", e.type().goldstein());
        if (e.type().ploverType().isPresent()) {
            ObjectNode p = o.putObject("plover");
            p.put("type", e.type().ploverType().get());
            p.put("mode", e.type().ploverMode().orElse(""));
        } else {
            o.putNull("plover");
        }
        if (e.location().isPresent()) {
            o.set("location", place(e.location().get()));
        } else {
            o.putNull("location");
        }
        if (e.reportedBy().isPresent()) {
            o.set("reportedBy", actor(e.reportedBy().get()));
        } else {
            o.putNull("reportedBy");
        }
        o.put("confidence", e.confidence());
        ObjectNode trig = o.putObject("trigger");
        trig.put("sentence", e.trigger().sentence());
        trig.put("token", e.trigger().token());
        trig.put("begin", e.trigger().begin());
        trig.put("end", e.trigger().end());
        trig.put("text", e.trigger().text());
        ArrayNode ev = o.putArray("evidence");
        for (Evidence x : e.evidence()) {
            ObjectNode n = ev.addObject();
            n.put("sentence", x.sentence());
            n.put("begin", x.begin());
            n.put("end", x.end());
            n.put("text", x.text());
        }
        o.set("provenance", provenance(e.provenance()));
        return o;
    }

    private static ObjectNode actor(ActorRef a) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("code", a.code());
        n.put("name", a.name());
        n.put("text", a.text());
        n.put("begin", a.begin());
        n.put("end", a.end());
        n.set("provenance", provenance(a.provenance()));
        return n;
    }

    private static ObjectNode place(Place p) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("type", p.type());
        n.put("name", p.name());
        n.put("countryCode", p.countryCode());
        n.put("adm1", p.adm1());
        n.put("lat", p.latitude());
        n.put("lon", p.longitude());
        n.put("geonamesId", p.geonamesId());
        n.put("text", p.text());
        n.put("begin", p.begin());
        n.put("end", p.end());
        return n;
    }

    private static ObjectNode provenance(Provenance p) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("rule", p.rule());
        n.put("entry", p.entry());
        n.put("version", p.version());
        return n;
    }

    /** A quarantined record as a JSON object. */
    public static ObjectNode toJson(Rejection r) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("code", r.code().id());
        o.put("error", r.code().name());
        o.put("origin", r.origin());
        o.put("articleId", r.articleId());
        o.put("reason", r.reason());
        o.put("fix", r.code().fix());
        o.put("excerpt", r.excerpt());
        return o;
    }

    /**
     * An event read back from its JSON object.
     *
     * @throws IllegalArgumentException when a required field is missing or malformed
     */
    public static Event fromJson(JsonNode o) {
        EventType type = new EventType(text(o, "cameo"), text(o, "cameoName"), o.path("quadClass").asInt(),
                o.path("goldstein").asDouble(), optional(o.path("plover"), "type"), optional(o.path("plover"), "mode")
                        .filter(m -> !m.isEmpty()));
        List<Evidence> evidence = new ArrayList<>();
        for (JsonNode n : o.path("evidence")) {
            evidence.add(new Evidence(n.path("sentence").asInt(), n.path("begin").asInt(), n.path("end").asInt(),
                    text(n, "text")));
        }
        return new Event(text(o, "id"), text(o, "articleId"), LocalDate.parse(text(o, "articleDate")),
                new EventDate(LocalDate.parse(text(o, "date")),
                        DatePrecision.valueOf(text(o, "datePrecision").toUpperCase(java.util.Locale.ROOT)),
                        o.path("dateText").asText("")),
                actorFrom(o.path("source")), nullable(o.path("target")).map(EventJson::actorFrom), type,
                nullable(o.path("location")).map(EventJson::placeFrom),
                nullable(o.path("reportedBy")).map(EventJson::actorFrom), triggerFrom(o.path("trigger")), evidence,
                o.path("confidence").asDouble(),
                provenanceFrom(o.path("provenance")));
    }

    private static Optional<JsonNode> nullable(JsonNode n) {
        return n.isMissingNode() || n.isNull() ? Optional.empty() : Optional.of(n);
    }

    private static Optional<String> optional(JsonNode n, String field) {
        return n.isObject() && n.hasNonNull(field) ? Optional.of(n.get(field).asText()) : Optional.empty();
    }

    private static String text(JsonNode o, String field) {
        JsonNode v = o.get(field);
        if (v == null || v.isNull()) {
            throw new IllegalArgumentException("event JSON lacks field '" + field + "'");
        }
        return v.asText();
    }

    private static ActorRef actorFrom(JsonNode n) {
        return new ActorRef(text(n, "code"), n.path("name").asText(""), n.path("text").asText(""),
                n.path("begin").asInt(), n.path("end").asInt(), provenanceFrom(n.path("provenance")));
    }

    private static Trigger triggerFrom(JsonNode n) {
        return new Trigger(n.path("sentence").asInt(), n.path("token").asInt(), n.path("begin").asInt(),
                n.path("end").asInt(), text(n, "text"));
    }

    private static Place placeFrom(JsonNode n) {
        return new Place(text(n, "type"), text(n, "name"), n.path("countryCode").asText(""), n.path("adm1").asText(""),
                n.path("lat").asDouble(), n.path("lon").asDouble(), n.path("geonamesId").asLong(),
                n.path("text").asText(""), n.path("begin").asInt(), n.path("end").asInt());
    }

    private static Provenance provenanceFrom(JsonNode n) {
        return new Provenance(text(n, "rule"), n.path("entry").asText(""), n.path("version").asText(""));
    }
}
