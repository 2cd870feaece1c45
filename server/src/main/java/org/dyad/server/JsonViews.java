package org.dyad.server;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dyad.format.EventJson;
import org.dyad.ontology.Cameo;
import org.dyad.ontology.CameoCode;
import org.dyad.ontology.Plover;
import org.dyad.ontology.PloverType;
import org.dyad.store.ActorDirectory;
import org.dyad.store.NetworkEdge;
import org.dyad.store.StoreAggregates.PlaceCount;
import org.dyad.store.StoreChanges;
import org.dyad.store.StoreDetails;
import org.dyad.store.StoreReader;
import org.dyad.store.StoredEvent;
import org.dyad.store.TimeBucket;
import org.dyad.store.TimelinePoint;

/**
 * The JSON the API answers with, built from the store's records. Events are always in Dyad's native
 * JSON ({@code docs/formats.md}) with the merged event's number and counts; the shapes are those
 * {@code /api/v1/openapi.json} documents.
 */
final class JsonViews {
    private JsonViews() {
    }

    static ObjectNode object() {
        return EventJson.mapper().createObjectNode();
    }

    /**
     * A page of events as JSON text: the stored JSON of each event is sent as it is, with its number and
     * counts added, rather than parsed and written again.
     */
    static String eventPage(StoreReader.EventPage page, String order, int limit, java.util.OptionalLong total) {
        StringBuilder b = new StringBuilder(256 + 1600 * page.events().size()).append("{\"events\":[");
        for (int i = 0; i < page.events().size(); i++) {
            b.append(i == 0 ? "" : ",").append(page.events().get(i).jsonWithCounts());
        }
        b.append("],\"order\":").append(quote(order)).append(",\"limit\":").append(limit).append(",\"next\":")
                .append(page.next().map(c -> quote(c.encode())).orElse("null"));
        if (total.isPresent()) {
            b.append(",\"total\":").append(total.getAsLong());
        }
        return b.append('}').toString();
    }

    private static String quote(String s) {
        try {
            return EventJson.mapper().writeValueAsString(s);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static ObjectNode articleRef(StoreDetails.ArticleRef a) {
        ObjectNode o = object();
        o.put("id", a.id());
        o.put("date", a.date().toString());
        o.put("title", a.title());
        o.put("url", a.url());
        o.put("sourceName", a.sourceName());
        o.put("origin", a.origin());
        return o;
    }

    static ObjectNode eventDetail(StoreDetails.EventDetail d) {
        ObjectNode o = object();
        o.set("event", d.event().toJson());
        ArrayNode reports = o.putArray("reports");
        for (StoreDetails.Report r : d.reports()) {
            ObjectNode ro = reports.addObject();
            ro.set("article", articleRef(r.article()));
            ro.put("position", r.position());
            ro.set("event", EventJson.toJson(r.event()));
        }
        ArrayNode mentions = o.putArray("mentions");
        for (StoreDetails.Mention m : d.mentions()) {
            ObjectNode mo = mentions.addObject();
            mo.put("articleId", m.articleId());
            mo.put("articleDate", m.articleDate().toString());
            mo.put("sourceName", m.sourceName());
            mo.put("url", m.url());
            mo.put("sentence", m.sentence());
            mo.put("begin", m.begin());
            mo.put("end", m.end());
            mo.put("text", m.text());
            mo.put("actor1Offset", m.actor1Offset());
            mo.put("actor2Offset", m.actor2Offset());
            mo.put("actionOffset", m.actionOffset());
            mo.put("confidence", m.confidence());
        }
        return o;
    }

    static ObjectNode articleDetail(StoreDetails.ArticleDetail d) {
        ObjectNode o = object();
        ObjectNode a = articleRef(d.article());
        a.put("source", d.source());
        a.put("sentenceCount", d.sentenceCount());
        o.set("article", a);
        o.put("text", d.text());
        ArrayNode actors = o.putArray("actors");
        for (StoreDetails.ActorSpan s : d.actors()) {
            ObjectNode so = actors.addObject();
            so.put("sentence", s.sentence());
            so.put("begin", s.begin());
            so.put("end", s.end());
            so.put("text", s.text());
            so.put("code", s.code());
            so.put("name", s.name());
            ObjectNode p = so.putObject("provenance");
            p.put("rule", s.rule());
            p.put("entry", s.entry());
            p.put("version", s.version());
        }
        ArrayNode quotes = o.putArray("quotes");
        for (StoreDetails.QuoteSpan q : d.quotes()) {
            ObjectNode qo = quotes.addObject();
            qo.put("begin", q.begin());
            qo.put("end", q.end());
            qo.put("text", q.text());
            qo.put("speaker", q.speaker());
            qo.put("speakerBegin", q.speakerBegin());
            qo.put("speakerEnd", q.speakerEnd());
            qo.put("rule", q.rule());
        }
        ArrayNode events = o.putArray("events");
        for (StoreDetails.ArticleEvent e : d.events()) {
            ObjectNode eo = events.addObject();
            eo.put("eventId", e.eventId());
            eo.put("position", e.position());
            eo.set("event", EventJson.toJson(e.event()));
        }
        return o;
    }

    static ObjectNode timeline(List<TimelinePoint> points, TimeBucket bucket) {
        ObjectNode o = object();
        o.put("bucket", bucket.name().toLowerCase(java.util.Locale.ROOT));
        ArrayNode a = o.putArray("points");
        for (TimelinePoint p : points) {
            ObjectNode po = a.addObject();
            po.put("date", p.date().toString());
            po.put("quadClass", p.quadClass());
            po.put("events", p.events());
            po.put("meanGoldstein", round(p.meanGoldstein()));
        }
        return o;
    }

    static ObjectNode network(List<NetworkEdge> edges) {
        ObjectNode o = object();
        Map<String, Long> weight = new LinkedHashMap<>();
        ArrayNode a = o.putArray("edges");
        for (NetworkEdge e : edges) {
            ObjectNode eo = a.addObject();
            eo.put("source", e.source());
            eo.put("target", e.target());
            eo.put("events", e.events());
            eo.put("meanGoldstein", round(e.meanGoldstein()));
            weight.merge(e.source(), e.events(), Long::sum);
            weight.merge(e.target(), e.events(), Long::sum);
        }
        ArrayNode nodes = o.putArray("nodes");
        weight.forEach((code, n) -> {
            ObjectNode no = nodes.addObject();
            no.put("code", code);
            no.put("events", n);
        });
        return o;
    }

    static ObjectNode places(List<PlaceCount> places) {
        ObjectNode o = object();
        o.put("type", "FeatureCollection");
        ArrayNode features = o.putArray("features");
        for (PlaceCount p : places) {
            ObjectNode f = features.addObject();
            f.put("type", "Feature");
            ObjectNode g = f.putObject("geometry");
            g.put("type", "Point");
            g.putArray("coordinates").add(p.longitude()).add(p.latitude());
            ObjectNode props = f.putObject("properties");
            props.put("name", p.name());
            props.put("placeType", p.type());
            props.put("countryCode", p.countryCode());
            props.put("adm1", p.adm1());
            props.put("geonamesId", p.geonamesId());
            props.put("events", p.events());
            ObjectNode q = props.putObject("byQuadClass");
            for (int i = 0; i < 4; i++) {
                q.put(Integer.toString(i + 1), p.byQuadClass().get(i));
            }
            props.put("meanGoldstein", round(p.meanGoldstein()));
        }
        return o;
    }

    static ObjectNode actors(List<ActorDirectory.ActorSummary> list) {
        ObjectNode o = object();
        ArrayNode a = o.putArray("actors");
        for (ActorDirectory.ActorSummary s : list) {
            ObjectNode so = a.addObject();
            so.put("code", s.code());
            so.put("name", s.name());
            so.put("events", s.events());
        }
        return o;
    }

    static ObjectNode topActors(List<org.dyad.store.ActorCount> list) {
        ObjectNode o = object();
        ArrayNode a = o.putArray("actors");
        for (org.dyad.store.ActorCount c : list) {
            ObjectNode co = a.addObject();
            co.put("code", c.code());
            co.put("events", c.events());
            co.put("asSource", c.asSource());
            co.put("asTarget", c.asTarget());
        }
        return o;
    }

    private static ArrayNode tallies(ObjectNode parent, String name, List<ActorDirectory.Tally> list, boolean goldstein) {
        ArrayNode a = parent.putArray(name);
        for (ActorDirectory.Tally t : list) {
            ObjectNode to = a.addObject();
            to.put("label", t.label());
            to.put("count", t.count());
            if (goldstein) {
                to.put("meanGoldstein", round(t.meanGoldstein()));
            }
        }
        return a;
    }

    static ObjectNode profile(ActorDirectory.Profile p) {
        ObjectNode o = object();
        o.put("code", p.code());
        tallies(o, "names", p.names(), false);
        tallies(o, "texts", p.texts(), false);
        tallies(o, "rules", p.rules(), false);
        o.put("asSource", p.asSource());
        o.put("asTarget", p.asTarget());
        putDate(o, "firstDate", p.firstDate());
        putDate(o, "lastDate", p.lastDate());
        tallies(o, "byQuadClass", p.byQuadClass(), true);
        tallies(o, "partners", p.partners(), true);
        return o;
    }

    static ObjectNode discovered(List<ActorDirectory.Discovered> list) {
        ObjectNode o = object();
        ArrayNode a = o.putArray("actors");
        for (ActorDirectory.Discovered d : list) {
            ObjectNode x = a.addObject();
            x.put("name", d.name());
            x.put("code", d.code());
            x.put("rule", d.rule());
            x.put("mentions", d.mentions());
            x.put("articles", d.articles());
            x.put("firstSeen", d.firstSeen().toString());
            x.put("lastSeen", d.lastSeen().toString());
            x.put("articleId", d.articleId());
            x.put("evidence", d.evidence());
        }
        return o;
    }

    static ObjectNode statistics(StoreChanges.Statistics s) {
        ObjectNode o = object();
        o.put("version", s.version().number());
        o.put("generation", s.version().generation());
        ObjectNode c = o.putObject("counts");
        c.put("articles", s.counts().articles());
        c.put("events", s.counts().events());
        c.put("reports", s.counts().articleEvents());
        c.put("mentions", s.counts().mentions());
        c.put("sentences", s.counts().sentences());
        c.put("actorMentions", s.counts().actors());
        c.put("quotes", s.counts().quotes());
        c.put("quarantined", s.counts().quarantined());
        putDate(o, "firstDate", s.firstDate());
        putDate(o, "lastDate", s.lastDate());
        ObjectNode q = o.putObject("eventsByQuadClass");
        for (int i = 0; i < 4; i++) {
            q.put(Integer.toString(i + 1), s.eventsByQuadClass().get(i));
        }
        ObjectNode qc = o.putObject("quarantinedByCode");
        s.quarantinedByCode().forEach(qc::put);
        return o;
    }

    static ObjectNode changes(StoreChanges.ChangePage c) {
        ObjectNode o = object();
        o.put("since", c.since().number());
        o.put("version", c.version().number());
        o.put("reset", c.reset());
        // writes never delete an event; a recode deletes them all, which 'reset' says
        o.putArray("deleted");
        ArrayNode a = o.putArray("events");
        c.events().forEach(e -> a.add(e.toJson()));
        if (c.next().isPresent()) {
            o.put("next", c.next().get());
        } else {
            o.putNull("next");
        }
        return o;
    }

    static ObjectNode cameo() {
        ObjectNode o = object();
        o.put("name", "CAMEO");
        o.put("quadClassConvention", "GDELT: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict,"
                + " 4 material conflict");
        ArrayNode a = o.putArray("codes");
        Plover plover = Plover.standard();
        Cameo.standard().codes().stream().sorted(java.util.Comparator.comparing(CameoCode::code)).forEach(c -> {
            ObjectNode co = a.addObject();
            co.put("code", c.code());
            co.put("root", c.root());
            co.put("level", c.level());
            co.put("name", c.name());
            co.put("quadClass", c.quadClass());
            co.put("goldstein", c.goldstein());
            var p = plover.map(c.code());
            if (p.isPresent()) {
                ObjectNode po = co.putObject("plover");
                po.put("type", p.get().type());
                po.put("mode", p.get().mode());
            } else {
                co.putNull("plover");
            }
        });
        return o;
    }

    static ObjectNode plover() {
        ObjectNode o = object();
        o.put("name", "PLOVER");
        ArrayNode a = o.putArray("types");
        Plover plover = Plover.standard();
        for (PloverType t : PloverType.values()) {
            ObjectNode to = a.addObject();
            to.put("type", t.name());
            to.put("quadClass", t.quadClass());
            to.put("requiresRecipient", t.requiresRecipient());
            ArrayNode codes = to.putArray("cameo");
            Cameo.standard().codes().stream().map(CameoCode::code).sorted()
                    .filter(c -> plover.map(c).map(p -> p.type().equals(t.name())).orElse(false))
                    .forEach(codes::add);
        }
        return o;
    }

    static void putDate(ObjectNode o, String name, Optional<java.time.LocalDate> d) {
        if (d.isPresent()) {
            o.put(name, d.get().toString());
        } else {
            o.putNull(name);
        }
    }

    static double round(double v) {
        return Double.isFinite(v) ? Math.round(v * 1000) / 1000.0 : 0;
    }

    /** An event as a row of the CSV the events path gives with {@code format=csv}. */
    static List<String> csvRow(StoredEvent s) {
        var e = s.event();
        return List.of(Long.toString(s.id()), e.date().date().toString(), e.source().code(), e.source().name(),
                e.targetCode(), e.target().map(t -> t.name()).orElse(""), e.type().cameo(), e.type().name(),
                Integer.toString(e.type().quadClass()), Double.toString(e.type().goldstein()),
                e.type().ploverType().orElse(""), e.location().map(p -> p.name()).orElse(""),
                e.location().map(p -> p.countryCode()).orElse(""), Double.toString(e.confidence()),
                Integer.toString(s.numMentions()), Integer.toString(s.numSources()), Integer.toString(s.numArticles()),
                e.articleId(), e.evidence().get(0).text());
    }

    static final List<String> CSV_HEADER = List.of("eventId", "date", "sourceCode", "sourceName", "targetCode",
            "targetName", "cameo", "cameoName", "quadClass", "goldstein", "ploverType", "place", "placeCountry",
            "confidence", "numMentions", "numSources", "numArticles", "articleId", "evidence");
}
