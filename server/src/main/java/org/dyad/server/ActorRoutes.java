package org.dyad.server;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.Set;
import java.util.regex.Pattern;

/** The actor paths: search by code or name, the actors discovered from the text, one actor's profile. */
final class ActorRoutes {
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9-]{1,30}");
    private static final Pattern SEARCH = Pattern.compile("[\\p{L}\\p{M}\\p{N} .,'()-]{0,100}");

    private final StoreHost host;
    private final Limits limits;

    ActorRoutes(StoreHost host, Limits limits) {
        this.host = host;
        this.limits = limits;
    }

    /** Registered after {@code /actors/top}, so that a code never shadows it. */
    void register(Javalin app) {
        app.get("/api/v1/actors", this::search);
        app.get("/api/v1/actors/discovered", this::discovered);
        app.get("/api/v1/actors/{code}", this::profile);
    }

    private void search(Context ctx) throws Exception {
        Params p = new Params(ctx.queryParamMap(), Set.of("q", "limit"));
        String q = p.matching("q", SEARCH, "letters, digits and spaces: a code's beginning or words of a name")
                .orElse("");
        int n = p.integer("limit", 1, limits.maxAggregate()).orElse(20);
        if (HttpSupport.notModified(ctx, host.version())) {
            return;
        }
        HttpSupport.json(ctx, JsonViews.actors(host.read(r -> r.actors().search(q, n))));
    }

    private void discovered(Context ctx) throws Exception {
        Params p = new Params(ctx.queryParamMap(), Set.of("limit"));
        int n = p.integer("limit", 1, limits.maxAggregate()).orElse(100);
        if (HttpSupport.notModified(ctx, host.version())) {
            return;
        }
        HttpSupport.json(ctx, JsonViews.discovered(host.read(r -> r.actors().discovered(n))));
    }

    private void profile(Context ctx) throws Exception {
        new Params(ctx.queryParamMap(), Set.of());
        String code = ctx.pathParam("code");
        if (!CODE.matcher(code).matches()) {
            throw Params.bad("actor code '" + Params.shorten(code) + "' must be letters and digits, e.g. RUSGOV");
        }
        if (HttpSupport.notModified(ctx, host.version())) {
            return;
        }
        var profile = host.read(r -> r.actors().profile(code));
        if (profile.isEmpty()) {
            throw new ApiException(ApiError.NOT_FOUND, "no event or actor mention has the code '" + code + "'");
        }
        HttpSupport.json(ctx, JsonViews.profile(profile.get()));
    }
}
