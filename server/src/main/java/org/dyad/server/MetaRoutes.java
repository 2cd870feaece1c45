package org.dyad.server;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;
import org.dyad.format.EventJson;

/**
 * The paths about the store and the server: the OpenAPI document, the CAMEO and PLOVER codebooks,
 * the store's statistics, the status panel's figures (statistics with ingest progress), and the live
 * stream of versions.
 */
final class MetaRoutes {
    /** The API's OpenAPI 3.1 document, a resource of this module. */
    static final String OPENAPI = "/org/dyad/server/openapi.json";

    private final StoreHost host;
    private final Optional<IngestProgress> progress;
    private final LiveStream stream;
    private final ServerOptions options;
    private final byte[] openapi;
    private final byte[] cameo;
    private final byte[] plover;

    MetaRoutes(StoreHost host, Optional<IngestProgress> progress, LiveStream stream, ServerOptions options) {
        this.host = host;
        this.progress = progress;
        this.stream = stream;
        this.options = options;
        this.openapi = resource(OPENAPI);
        try {
            this.cameo = EventJson.mapper().writeValueAsBytes(JsonViews.cameo());
            this.plover = EventJson.mapper().writeValueAsBytes(JsonViews.plover());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] resource(String name) {
        try (InputStream in = MetaRoutes.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("resource " + name + " is missing from the server jar");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void register(Javalin app) {
        app.get("/api/v1/openapi.json", ctx -> fixed(ctx, openapi, "application/json; charset=utf-8"));
        app.get("/api/v1/codebooks/cameo", ctx -> fixed(ctx, cameo, "application/json; charset=utf-8"));
        app.get("/api/v1/codebooks/plover", ctx -> fixed(ctx, plover, "application/json; charset=utf-8"));
        app.get("/api/v1/stats", this::stats);
        app.get("/api/v1/status", this::status);
        app.sse("/api/v1/stream", client -> stream.connect(client, host.version()));
    }

    /** A body that never changes while the server runs, with an ETag of its content. */
    private static void fixed(Context ctx, byte[] body, String type) {
        new Params(ctx.queryParamMap(), Set.of());
        String etag = "\"" + digest(body) + "\"";
        ctx.header("ETag", etag);
        ctx.header("Cache-Control", "no-cache");
        if (etag.equals(ctx.header("If-None-Match"))) {
            ctx.status(304);
            return;
        }
        ctx.contentType(type).result(body);
    }

    private static String digest(byte[] b) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b), 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JVM lacks SHA-256", e);
        }
    }

    private void stats(Context ctx) throws Exception {
        new Params(ctx.queryParamMap(), Set.of());
        if (HttpSupport.notModified(ctx, host.version())) {
            return;
        }
        HttpSupport.json(ctx, JsonViews.statistics(host.read(r -> r.changes().statistics())));
    }

    private void status(Context ctx) throws Exception {
        new Params(ctx.queryParamMap(), Set.of());
        ObjectNode o = JsonViews.object();
        o.put("version", host.version());
        o.put("store", host.file().getFileName().toString());
        o.put("writable", host.writable());
        o.put("acceptsPosts", options.token().isPresent());
        o.put("watching", options.watch().isPresent());
        o.put("feeds", options.feeds().isPresent());
        o.put("liveClients", stream.clients());
        o.set("stats", JsonViews.statistics(host.read(r -> r.changes().statistics())));
        if (progress.isPresent()) {
            o.set("ingest", progress.get().toJson());
        } else {
            o.putNull("ingest");
        }
        ctx.header("Cache-Control", "no-store");
        HttpSupport.json(ctx, o);
    }
}
