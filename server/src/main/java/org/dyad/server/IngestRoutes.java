package org.dyad.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;
import org.dyad.format.EventJson;
import org.dyad.model.ErrorCode;

/**
 * Takes posted articles: {@code POST /api/v1/articles} with the server's token, as one JSON article
 * object, a JSON array of them, JSON Lines, or plain text beginning {@code date YYYY-MM-DD}, read with
 * the rules of {@code dyad code} (the same field names, the same quarantine codes). The body goes to
 * the spool before the answer, so an accepted article survives a restart. The request waits for the
 * articles to be coded (up to {@code wait} seconds) and answers with what became of each, their event
 * numbers, or a problem with the quarantine code when a single article was refused; after the wait it
 * answers 202 with the batch's address, {@code GET /api/v1/ingest/{batch}}.
 */
final class IngestRoutes {
    private static final Pattern TEXT_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");
    private static final int MAX_WAIT_SECONDS = 300;

    private final IngestService ingest;
    private final HttpSupport http;
    private final Limits limits;

    IngestRoutes(IngestService ingest, HttpSupport http, Limits limits) {
        this.ingest = ingest;
        this.http = http;
        this.limits = limits;
    }

    void register(Javalin app) {
        app.post("/api/v1/articles", this::post);
        app.get("/api/v1/ingest/{batch}", this::batch);
    }

    /** Refuses a write when the server is read-only; registered where no ingest runs. */
    static void registerReadOnly(Javalin app, HttpSupport http) {
        app.post("/api/v1/articles", ctx -> http.requireToken(ctx));
        app.get("/api/v1/ingest/{batch}", ctx -> {
            throw new ApiException(ApiError.NOT_FOUND, "this server ingests nothing");
        });
    }

    private void post(Context ctx) throws Exception {
        http.requireToken(ctx);
        Params p = new Params(ctx.queryParamMap(), Set.of("wait", "id"));
        int wait = p.integer("wait", 0, MAX_WAIT_SECONDS).orElse(60);
        byte[] body = readBody(ctx);
        String type = mediaType(ctx);
        Path file = switch (type) {
            case "application/json" -> ingest.spool("post", "jsonl", jsonToLines(body));
            case "application/x-ndjson", "application/jsonl", "application/json-seq" -> ingest.spool("post", "jsonl", body);
            case "text/plain" -> {
                String id = p.matching("id", TEXT_ID, "letters, digits, '.', '_' or '-', e.g. my-article-1")
                        .orElse("post");
                yield ingest.spool(id, "txt", body);
            }
            default -> throw new ApiException(ApiError.UNSUPPORTED_MEDIA_TYPE, "Content-Type '" + type
                    + "' is not read here");
        };
        if (!ingest.hasRoom()) {
            java.nio.file.Files.deleteIfExists(file);
            throw new ApiException(ApiError.INGEST_FULL, limits.ingestQueue() + " files are waiting to be coded");
        }
        IngestBatch batch = ingest.submitSpooled(file, IngestBatch.Source.POST);
        ctx.header("Location", "/api/v1/ingest/" + batch.id());
        if (wait > 0) {
            try {
                batch.done().get(wait, TimeUnit.SECONDS);
            } catch (TimeoutException e) {
                // answered below as accepted, to be polled
            }
        }
        ObjectNode body2 = view(batch);
        List<IngestBatch.Item> items = batch.items();
        IngestBatch.State state = batch.state();
        if (state == IngestBatch.State.DONE && items.size() == 1
                && items.get(0).status() == IngestBatch.Status.QUARANTINED) {
            IngestBatch.Item only = items.get(0);
            ErrorCode code = codeOf(only.code());
            throw new ApiException(Problem.of(code, "article '" + only.articleId() + "' was quarantined: "
                    + only.reason()));
        }
        if (state == IngestBatch.State.FAILED) {
            throw new ApiException(ApiError.INTERNAL, "ingest of batch " + batch.id() + " failed: "
                    + batch.failure().orElse(""));
        }
        ctx.status(state == IngestBatch.State.DONE ? 200 : 202);
        HttpSupport.json(ctx, body2);
    }

    private static ErrorCode codeOf(String id) {
        for (ErrorCode c : ErrorCode.values()) {
            if (c.id().equals(id)) {
                return c;
            }
        }
        throw new IllegalStateException("no quarantine code " + id);
    }

    private byte[] readBody(Context ctx) throws IOException {
        long declared = ctx.req().getContentLengthLong();
        if (declared > limits.maxBodyBytes()) {
            throw new ApiException(ApiError.BODY_TOO_LARGE, "the body has " + declared + " bytes; at most "
                    + limits.maxBodyBytes() + " are accepted");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (InputStream in = ctx.req().getInputStream()) {
            byte[] buf = new byte[8192];
            for (int n; (n = in.read(buf)) > 0;) {
                out.write(buf, 0, n);
                if (out.size() > limits.maxBodyBytes()) {
                    throw new ApiException(ApiError.BODY_TOO_LARGE, "the body has more than " + limits.maxBodyBytes()
                            + " bytes, the most accepted");
                }
            }
        }
        if (out.size() == 0) {
            throw new ApiException(ApiError.BAD_BODY, "the body is empty");
        }
        return out.toByteArray();
    }

    private static String mediaType(Context ctx) {
        String t = ctx.header("Content-Type");
        if (t == null || t.isBlank()) {
            throw new ApiException(ApiError.UNSUPPORTED_MEDIA_TYPE, "the request has no Content-Type");
        }
        int semi = t.indexOf(';');
        return (semi >= 0 ? t.substring(0, semi) : t).strip().toLowerCase(Locale.ROOT);
    }

    /** A JSON document (one article object or an array of them) as JSON Lines, one record a line, as written. */
    static byte[] jsonToLines(byte[] body) {
        JsonNode doc;
        try {
            doc = EventJson.mapper().readTree(body);
        } catch (JsonProcessingException e) {
            throw new ApiException(ApiError.BAD_BODY, "the body is not valid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new ApiException(ApiError.BAD_BODY, "the body could not be read as JSON: " + e.getMessage());
        }
        if (doc == null || !(doc.isObject() || doc.isArray())) {
            throw new ApiException(ApiError.BAD_BODY, "the body must be a JSON object (one article) or an array of"
                    + " article objects");
        }
        if (doc.isArray() && doc.isEmpty()) {
            throw new ApiException(ApiError.BAD_BODY, "the array holds no articles");
        }
        StringBuilder b = new StringBuilder();
        for (JsonNode n : doc.isArray() ? doc : List.of(doc)) {
            // each element is written as it came: the reader quarantines one that is not an article object
            b.append(n.toString()).append('\n');
        }
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }

    private void batch(Context ctx) {
        new Params(ctx.queryParamMap(), Set.of());
        String id = ctx.pathParam("batch");
        IngestBatch b = ingest.batch(id).orElseThrow(() -> new ApiException(ApiError.NOT_FOUND,
                "no ingest batch '" + Params.shorten(id) + "' (the server remembers the last 1,000)"));
        ctx.header("Cache-Control", "no-store");
        HttpSupport.json(ctx, view(b));
    }

    static ObjectNode view(IngestBatch b) {
        ObjectNode o = JsonViews.object();
        o.put("batch", b.id());
        o.put("source", b.source().name().toLowerCase(Locale.ROOT));
        o.put("state", b.state().name().toLowerCase(Locale.ROOT));
        o.put("queued", b.queued().toString());
        List<IngestBatch.Item> items = b.items();
        o.put("read", items.size());
        o.put("stored", b.count(IngestBatch.Status.STORED));
        o.put("alreadyStored", b.count(IngestBatch.Status.ALREADY_STORED));
        o.put("quarantined", b.count(IngestBatch.Status.QUARANTINED));
        ArrayNode a = o.putArray("articles");
        for (IngestBatch.Item i : items) {
            ObjectNode io = a.addObject();
            io.put("id", i.articleId());
            io.put("origin", i.origin());
            io.put("status", i.status().name().toLowerCase(Locale.ROOT).replace('_', '-'));
            if (i.status() == IngestBatch.Status.QUARANTINED) {
                io.put("code", i.code());
                io.put("reason", i.reason());
            }
            ArrayNode ev = io.putArray("events");
            i.events().forEach(ev::add);
        }
        b.failure().ifPresent(f -> o.put("failure", f));
        return o;
    }
}
