package org.dyad.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.Optional;
import org.dyad.format.EventJson;

/**
 * What every response shares: JSON bodies, ETags from the store's version, problems, the security
 * headers (a content security policy that lets pages load nothing from elsewhere), CORS (only for the
 * origins the server was started with), and the token check for writes.
 */
final class HttpSupport {
    /** The content security policy of every response: the dashboard loads scripts, styles and data from this server only. */
    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline';"
            + " img-src 'self' data: blob:; connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none';"
            + " frame-ancestors 'none'; form-action 'self'";

    private final Optional<byte[]> tokenDigest;
    private final List<String> corsOrigins;

    HttpSupport(Optional<String> token, List<String> corsOrigins) {
        this.tokenDigest = token.map(HttpSupport::sha256);
        this.corsOrigins = List.copyOf(corsOrigins);
    }

    private static byte[] sha256(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JVM lacks SHA-256", e);
        }
    }

    /** Sets the headers every response carries; answers CORS for allowed origins only. */
    void secure(Context ctx) {
        ctx.header("Content-Security-Policy", CSP);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("Cross-Origin-Opener-Policy", "same-origin");
        String origin = ctx.header("Origin");
        if (origin != null && corsOrigins.contains(origin)) {
            ctx.header("Access-Control-Allow-Origin", origin);
            ctx.header("Access-Control-Allow-Headers", "Authorization, Content-Type, If-None-Match");
            ctx.header("Access-Control-Allow-Methods", "GET, POST, OPTIONS");
            ctx.header("Access-Control-Expose-Headers", "ETag, Location");
            ctx.header("Vary", "Origin");
        } else if (corsOrigins.isEmpty()) {
            ctx.header("Cross-Origin-Resource-Policy", "same-origin");
        }
    }

    /** True when the server accepts writes: it was started with a token. */
    boolean writable() {
        return tokenDigest.isPresent();
    }

    /**
     * Refuses a write unless the request carries the server's token; compares digests in constant time,
     * so the time taken says nothing of how much of a guess was right.
     */
    void requireToken(Context ctx) {
        if (tokenDigest.isEmpty()) {
            throw new ApiException(ApiError.READ_ONLY, "this server was started without --token-file and takes no"
                    + " articles");
        }
        String auth = ctx.header("Authorization");
        if (auth == null || auth.isBlank()) {
            throw new ApiException(ApiError.UNAUTHORIZED, "the request has no Authorization header");
        }
        if (!auth.regionMatches(true, 0, "Bearer ", 0, 7)) {
            throw new ApiException(ApiError.UNAUTHORIZED, "the Authorization header is not 'Bearer TOKEN'");
        }
        if (!MessageDigest.isEqual(sha256(auth.substring(7).strip()), tokenDigest.get())) {
            throw new ApiException(ApiError.UNAUTHORIZED, "the token is not this server's");
        }
    }

    /**
     * Sets the ETag of the store's version (weak: the same data may be encoded differently) and says
     * whether the client's copy is current, in which case the response is 304 and nothing else need be done.
     */
    static boolean notModified(Context ctx, long version) {
        String etag = "W/\"" + version + "\"";
        ctx.header("ETag", etag);
        ctx.header("Cache-Control", "no-cache");
        String match = ctx.header("If-None-Match");
        if (match != null) {
            for (String candidate : match.split(",")) {
                String c = candidate.strip();
                if (c.equals(etag) || c.equals("\"" + version + "\"") || c.equals("*")) {
                    ctx.status(304);
                    return true;
                }
            }
        }
        return false;
    }

    /** A JSON body. */
    static void json(Context ctx, JsonNode body) {
        ctx.contentType("application/json; charset=utf-8");
        try {
            ctx.result(EventJson.mapper().writeValueAsBytes(body));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A problem body with its status. */
    static void problem(Context ctx, Problem p) {
        ctx.status(p.status());
        ctx.contentType(Problem.MEDIA_TYPE);
        try {
            ctx.result(EventJson.mapper().writeValueAsBytes(p.toJson(ctx.path())));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
