package org.dyad.server;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.io.StringWriter;
import java.util.List;
import java.util.Set;
import org.dyad.store.DelimitedWriter;
import org.dyad.store.EventFilter;
import org.dyad.store.NetworkEdge;
import org.dyad.store.TimeBucket;
import org.dyad.store.TimelinePoint;

/**
 * Aggregates of filtered events: a timeline by day, week or month (a dyad's timeline with
 * {@code source} and {@code target}, an actor's with {@code actor}), the network of directed edges,
 * the places as GeoJSON, and the most active actors.
 */
final class AggregateRoutes {
    private static final Set<String> TIMELINE = EventRoutes.with(Filters.NAMES, "bucket", "format");
    private static final Set<String> SIZED = EventRoutes.with(Filters.NAMES, "limit", "format");

    private final StoreHost host;
    private final Limits limits;

    AggregateRoutes(StoreHost host, Limits limits) {
        this.host = host;
        this.limits = limits;
    }

    void register(Javalin app) {
        app.get("/api/v1/timeline", this::timeline);
        app.get("/api/v1/network", this::network);
        app.get("/api/v1/places", this::places);
        app.get("/api/v1/actors/top", this::topActors);
    }

    private void timeline(Context ctx) throws Exception {
        Params p = new Params(ctx.queryParamMap(), TIMELINE);
        EventFilter filter = Filters.parse(p);
        TimeBucket bucket = TimeBucket.parse(p.choice("bucket", List.of("day", "week", "month"), "day"));
        String format = p.choice("format", List.of("json", "csv"), "json");
        if (HttpSupport.notModified(ctx, host.version())) {
            return;
        }
        List<TimelinePoint> points = host.read(r -> r.aggregates().timeline(filter, bucket));
        if (format.equals("csv")) {
            StringWriter sw = new StringWriter();
            DelimitedWriter w = DelimitedWriter.csv(sw, 4);
            w.row(List.of("date", "quadClass", "events", "meanGoldstein"));
            for (TimelinePoint t : points) {
                w.row(List.of(t.date(), t.quadClass(), t.events(), JsonViews.round(t.meanGoldstein())));
            }
            ctx.contentType("text/csv; charset=utf-8").result(sw.toString());
            return;
        }
        HttpSupport.json(ctx, JsonViews.timeline(points, bucket));
    }

    private int limit(Params p, int fallback) {
        return p.integer("limit", 1, limits.maxAggregate()).orElse(Math.min(fallback, limits.maxAggregate()));
    }

    private void network(Context ctx) throws Exception {
        Params p = new Params(ctx.queryParamMap(), SIZED);
        EventFilter filter = Filters.parse(p);
        int n = limit(p, 100);
        String format = p.choice("format", List.of("json", "csv"), "json");
        if (HttpSupport.notModified(ctx, host.version())) {
            return;
        }
        List<NetworkEdge> edges = host.read(r -> r.aggregates().network(filter, n));
        if (format.equals("csv")) {
            StringWriter sw = new StringWriter();
            DelimitedWriter w = DelimitedWriter.csv(sw, 4);
            w.row(List.of("source", "target", "events", "meanGoldstein"));
            for (NetworkEdge e : edges) {
                w.row(List.of(e.source(), e.target(), e.events(), JsonViews.round(e.meanGoldstein())));
            }
            ctx.contentType("text/csv; charset=utf-8").result(sw.toString());
            return;
        }
        HttpSupport.json(ctx, JsonViews.network(edges));
    }

    private void places(Context ctx) throws Exception {
        Params p = new Params(ctx.queryParamMap(), SIZED);
        EventFilter filter = Filters.parse(p);
        int n = limit(p, 500);
        p.choice("format", List.of("geojson"), "geojson");
        if (HttpSupport.notModified(ctx, host.version())) {
            return;
        }
        var places = host.read(r -> r.aggregates().places(filter, n));
        ctx.contentType("application/geo+json; charset=utf-8");
        ctx.result(org.dyad.format.EventJson.mapper().writeValueAsBytes(JsonViews.places(places)));
    }

    private void topActors(Context ctx) throws Exception {
        Params p = new Params(ctx.queryParamMap(), EventRoutes.with(Filters.NAMES, "limit"));
        EventFilter filter = Filters.parse(p);
        int n = limit(p, 20);
        if (HttpSupport.notModified(ctx, host.version())) {
            return;
        }
        HttpSupport.json(ctx, JsonViews.topActors(host.read(r -> r.aggregates().topActors(filter, n))));
    }
}
