package org.dyad.server;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import java.net.URI;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code dyad serve}: one process that owns a store and serves it over HTTP, the REST API under
 * {@code /api/v1} and the dashboard at {@code /}, while it ingests articles from a watched folder,
 * feeds and posts. Read-only unless started with a token, bound to 127.0.0.1 unless told otherwise.
 * Start with {@link #start}, stop with {@link #close}.
 */
public final class DyadServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(DyadServer.class);

    private final ServerOptions options;
    private final StoreHost host;
    private final LiveStream stream = new LiveStream();
    private final Optional<IngestService> ingest;
    private final List<AutoCloseable> sources = new ArrayList<>();
    private final Javalin app;

    private DyadServer(ServerOptions options, Coding coding) throws Exception {
        this.options = options;
        this.host = StoreHost.open(options.db(), options.ingests(), options.limits());
        try {
            HttpSupport http = new HttpSupport(options.token(), options.corsOrigins());
            Optional<IngestProgress> progress = options.ingests() ? Optional.of(new IngestProgress()) : Optional.empty();
            if (options.ingests()) {
                IngestService service = new IngestService(host, coding, spoolOf(options.db()),
                        options.limits().ingestQueue(), progress.get());
                this.ingest = Optional.of(service);
                service.recover();
            } else {
                this.ingest = Optional.empty();
            }
            host.addListener(stream::publish);
            this.app = Javalin.create(config -> {
                config.showJavalinBanner = false;
                config.http.maxRequestSize = options.limits().maxBodyBytes();
                config.http.prefer405over404 = true;
                QueuedThreadPool pool = new QueuedThreadPool(200, 8, 60_000);
                pool.setName("dyad-http");
                config.jetty.threadPool = pool;
                config.staticFiles.add(sf -> {
                    sf.hostedPath = "/";
                    sf.directory = "/org/dyad/server/dashboard";
                    sf.location = Location.CLASSPATH;
                    sf.headers = Map.of("Cache-Control", "no-cache");
                });
            });
            app.before(http::secure);
            new EventRoutes(host, options.limits()).register(app);
            new AggregateRoutes(host, options.limits()).register(app);
            new ActorRoutes(host, options.limits()).register(app);
            new ExportRoutes(host, options.limits()).register(app);
            new MetaRoutes(host, progress, stream, options).register(app);
            if (ingest.isPresent()) {
                new IngestRoutes(ingest.get(), http, options.limits()).register(app);
            } else {
                IngestRoutes.registerReadOnly(app, http);
            }
            registerErrors(app);
            app.start(options.host(), options.port());
            if (ingest.isPresent()) {
                startSources(progress.get());
            }
        } catch (Exception e) {
            close();
            throw e;
        }
    }

    /**
     * Starts a server.
     *
     * @param coding how ingested articles are coded (its models load on the first article to analyse)
     */
    public static DyadServer start(ServerOptions options, Coding coding) throws Exception {
        return new DyadServer(options, coding);
    }

    /** Where a store's ingest spool is kept: {@code FILE.ingest/} beside it. */
    public static Path spoolOf(Path db) {
        return Path.of(db.toAbsolutePath() + ".ingest");
    }

    private void startSources(IngestProgress progress) throws Exception {
        IngestService service = ingest.orElseThrow();
        if (options.watch().isPresent()) {
            FolderWatcher w = new FolderWatcher(options.watch().get(), spoolOf(options.db()).resolve("watched.tsv"),
                    service, options.watchInterval(), progress);
            sources.add(w);
            w.start();
        }
        if (options.feeds().isPresent()) {
            FeedPoller f = new FeedPoller(FeedPoller.readList(options.feeds().get()), service, host,
                    options.feedInterval(), progress);
            sources.add(f);
            f.start();
        }
    }

    private static void registerErrors(Javalin app) {
        app.exception(ApiException.class, (e, ctx) -> HttpSupport.problem(ctx, e.problem()));
        app.exception(IllegalArgumentException.class, (e, ctx) ->
                HttpSupport.problem(ctx, Problem.of(ApiError.BAD_PARAMETER, e.getMessage())));
        app.exception(HttpResponseException.class, (e, ctx) -> HttpSupport.problem(ctx, fromStatus(e.getStatus(),
                e.getMessage())));
        app.exception(SQLException.class, (e, ctx) -> {
            if (isTimeout(e)) {
                HttpSupport.problem(ctx, Problem.of(ApiError.QUERY_TIMEOUT, "the query was cancelled after the"
                        + " server's limit"));
            } else {
                internal(e, ctx);
            }
        });
        app.exception(Exception.class, (e, ctx) -> internal(e, ctx));
        app.error(404, ctx -> {
            if (!isProblem(ctx)) {
                HttpSupport.problem(ctx, Problem.of(ApiError.NOT_FOUND, "no resource at " + ctx.path()));
            }
        });
        app.error(405, ctx -> {
            if (!isProblem(ctx)) {
                HttpSupport.problem(ctx, Problem.of(ApiError.METHOD_NOT_ALLOWED, ctx.method() + " is not served at "
                        + ctx.path()));
            }
        });
    }

    private static boolean isProblem(Context ctx) {
        String t = ctx.res().getContentType();
        return t != null && t.startsWith(Problem.MEDIA_TYPE);
    }

    private static Problem fromStatus(int status, String message) {
        return switch (status) {
            case 413 -> Problem.of(ApiError.BODY_TOO_LARGE, message);
            case 404 -> Problem.of(ApiError.NOT_FOUND, message);
            case 405 -> Problem.of(ApiError.METHOD_NOT_ALLOWED, message);
            case 415 -> Problem.of(ApiError.UNSUPPORTED_MEDIA_TYPE, message);
            default -> status >= 500 ? Problem.of(ApiError.INTERNAL, message) : Problem.of(ApiError.BAD_BODY, message);
        };
    }

    /** True when DuckDB cancelled a statement for running past its timeout. */
    static boolean isTimeout(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.sql.SQLTimeoutException) {
                return true;
            }
            String m = String.valueOf(t.getMessage()).toLowerCase(java.util.Locale.ROOT);
            if (m.contains("interrupt") || m.contains("timeout") || m.contains("timed out")) {
                return true;
            }
        }
        return false;
    }

    private static void internal(Exception e, Context ctx) {
        if (isTimeout(e)) {
            HttpSupport.problem(ctx, Problem.of(ApiError.QUERY_TIMEOUT, "the query was cancelled after the server's"
                    + " limit"));
            return;
        }
        LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
        HttpSupport.problem(ctx, Problem.of(ApiError.INTERNAL, e.getClass().getSimpleName() + " while answering "
                + ctx.method() + " " + ctx.path()));
    }

    /** The port the server listens on. */
    public int port() {
        return app.port();
    }

    /** The dashboard's address. */
    public URI uri() {
        String h = options.host().contains(":") ? "[" + options.host() + "]" : options.host();
        return URI.create("http://" + h + ":" + port() + "/");
    }

    /** Whether the server accepts posted articles. */
    public boolean acceptsPosts() {
        return options.token().isPresent();
    }

    /** Stops serving and ingesting; articles waiting in the spool are taken at the next start. */
    @Override
    public void close() {
        for (AutoCloseable s : sources) {
            try {
                s.close();
            } catch (Exception e) {
                LOG.warn("stopping an ingest source: {}", e.getMessage());
            }
        }
        ingest.ifPresent(IngestService::close);
        stream.close();
        if (app != null) {
            app.stop();
        }
        host.close();
    }
}
