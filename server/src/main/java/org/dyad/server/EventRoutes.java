package org.dyad.server;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.dyad.store.DelimitedWriter;
import org.dyad.store.EventFilter;
import org.dyad.store.EventOrder;
import org.dyad.store.PageCursor;
import org.dyad.store.StoreReader;
import org.dyad.store.StoreVersion;

/**
 * The event paths: the filtered, ordered, cursor-paged list ({@code /events}, as JSON, JSON Lines or
 * CSV), its count, one event with its reports, mentions and provenance, one article with every coded
 * span, and the changes feed.
 */
final class EventRoutes {
    private static final Set<String> LIST_PARAMS = with(Filters.NAMES, "order", "cursor", "limit", "format", "total");
    private static final Pattern ARTICLE_ID = Pattern.compile("[\\p{L}\\p{N}._:#@/+=~-]{1,200}");

    private final StoreHost host;
    private final Limits limits;

    EventRoutes(StoreHost host, Limits limits) {
        this.host = host;
        this.limits = limits;
    }

    static Set<String> with(Set<String> base, String... more) {
        Set<String> s = new HashSet<>(base);
        s.addAll(List.of(more));
        return Set.copyOf(s);
    }

    void register(Javalin app) {
        app.get("/api/v1/events", this::list);
        app.get("/api/v1/events/count", this::count);
        app.get("/api/v1/events/{id}", this::event);
        app.get("/api/v1/articles/{id}", this::article);
        app.get("/api/v1/changes", this::changes);
    }

    private void list(Context ctx) throws Exception {
        Params p = new Params(ctx.queryParamMap(), LIST_PARAMS);
        EventFilter filter = Filters.parse(p);
        EventOrder order = parseOrder(p);
        int limit = p.integer("limit", 1, limits.maxPageSize()).orElse(limits.defaultPageSize());
        Optional<PageCursor> cursor = p.text("cursor").map(c -> {
            try {
                return PageCursor.decode(c, order);
            } catch (IllegalArgumentException e) {
                throw Params.bad(e.getMessage());
            }
        });
        String format = p.choice("format", List.of("json", "jsonl", "csv"), "json");
        boolean total = p.choice("total", List.of("true", "false"), "false").equals("true");
        if (HttpSupport.notModified(ctx, host.version())) {
            return;
        }
        StoreReader.EventPage page = host.read(r -> r.events(filter, order, cursor, limit));
        page.next().ifPresent(n -> ctx.header("Link", "<" + nextLink(ctx, n.encode()) + ">; rel=\"next\""));
        switch (format) {
            case "jsonl" -> {
                ctx.contentType("application/x-ndjson; charset=utf-8");
                StringBuilder b = new StringBuilder();
                for (StoreReader.PagedEvent e : page.events()) {
                    b.append(e.jsonWithCounts()).append('\n');
                }
                ctx.result(b.toString());
            }
            case "csv" -> {
                ctx.contentType("text/csv; charset=utf-8");
                java.io.StringWriter sw = new java.io.StringWriter();
                DelimitedWriter w = DelimitedWriter.csv(sw, JsonViews.CSV_HEADER.size());
                w.row(JsonViews.CSV_HEADER);
                for (StoreReader.PagedEvent e : page.events()) {
                    w.row(JsonViews.csvRow(e.stored()));
                }
                ctx.result(sw.toString());
            }
            default -> {
                java.util.OptionalLong n = total ? java.util.OptionalLong.of(host.<Long>read(r -> r.count(filter)))
                        : java.util.OptionalLong.empty();
                ctx.contentType("application/json; charset=utf-8");
                ctx.result(JsonViews.eventPage(page, order.label(), limit, n));
            }
        }
    }

    private static String nextLink(Context ctx, String cursor) {
        StringBuilder b = new StringBuilder(ctx.path()).append('?');
        ctx.queryParamMap().forEach((k, v) -> {
            if (!k.equals("cursor")) {
                b.append(encode(k)).append('=').append(encode(v.get(0))).append('&');
            }
        });
        return b.append("cursor=").append(encode(cursor)).toString();
    }

    private static String encode(String s) {
        return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    static EventOrder parseOrder(Params p) {
        String o = p.text("order").orElse("date");
        try {
            return EventOrder.parse(o);
        } catch (IllegalArgumentException e) {
            throw Params.bad(e.getMessage());
        }
    }

    private void count(Context ctx) throws Exception {
        Params p = new Params(ctx.queryParamMap(), Filters.NAMES);
        EventFilter filter = Filters.parse(p);
        if (HttpSupport.notModified(ctx, host.version())) {
            return;
        }
        long n = host.read(r -> r.count(filter));
        HttpSupport.json(ctx, JsonViews.object().put("count", n));
    }

    private void event(Context ctx) throws Exception {
        new Params(ctx.queryParamMap(), Set.of());
        long id = eventId(ctx.pathParam("id"));
        if (HttpSupport.notModified(ctx, host.version())) {
            return;
        }
        var detail = host.read(r -> r.details().event(id));
        if (detail.isEmpty()) {
            throw new ApiException(ApiError.NOT_FOUND, "the store has no event " + id);
        }
        HttpSupport.json(ctx, JsonViews.eventDetail(detail.get()));
    }

    static long eventId(String s) {
        try {
            long id = Long.parseLong(s);
            if (id >= 1) {
                return id;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw Params.bad("event number '" + Params.shorten(s) + "' must be a whole number from 1");
    }

    private void article(Context ctx) throws Exception {
        new Params(ctx.queryParamMap(), Set.of());
        String id = ctx.pathParam("id");
        if (!ARTICLE_ID.matcher(id).matches()) {
            throw Params.bad("article id '" + Params.shorten(id) + "' has characters article ids do not have");
        }
        if (HttpSupport.notModified(ctx, host.version())) {
            return;
        }
        var detail = host.read(r -> r.details().article(id));
        if (detail.isEmpty()) {
            throw new ApiException(ApiError.NOT_FOUND, "the store has no article '" + id + "'");
        }
        HttpSupport.json(ctx, JsonViews.articleDetail(detail.get()));
    }

    private void changes(Context ctx) throws Exception {
        Params p = new Params(ctx.queryParamMap(), Set.of("since", "after", "limit"));
        long since = p.number("since", 0, Long.MAX_VALUE).orElseThrow(() -> Params.bad("parameter 'since' is required:"
                + " the version of the last poll, or 0 for everything"));
        long after = p.number("after", 0, Long.MAX_VALUE).orElse(0L);
        int limit = p.integer("limit", 1, limits.maxPageSize()).orElse(limits.defaultPageSize());
        StoreVersion from;
        try {
            from = StoreVersion.of(since);
        } catch (IllegalArgumentException e) {
            throw Params.bad(e.getMessage());
        }
        var page = host.read(r -> r.changes().since(from, after, limit));
        ctx.header("Cache-Control", "no-store");
        HttpSupport.json(ctx, JsonViews.changes(page));
    }
}
