package org.dyad.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.dyad.server.Coding;
import org.dyad.server.DyadServer;
import org.dyad.server.Limits;
import org.dyad.server.ServerOptions;
import org.dyad.store.EventStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code dyad serve}: the REST API and the dashboard over one store, with live ingest. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve a store: the dashboard at http://127.0.0.1:7070/ and the REST API under /api/v1"
                + " (OpenAPI document at /api/v1/openapi.json), while ingesting articles from a watched folder, feeds"
                + " and posts. Read-only unless started with --token-file.",
            "Example: ./dyad demo && ./dyad serve --db dyad.duckdb"})
final class ServeCommand implements Callable<Integer> {
    @Option(names = "--db", paramLabel = "FILE", description = "The store (default: ${DEFAULT-VALUE}).")
    Path db = Path.of(EventStore.DEFAULT_FILE);

    @Option(names = "--port", paramLabel = "N", description = "Port (default: ${DEFAULT-VALUE}; 0 for any free one).")
    int port = 7070;

    @Option(names = "--host", paramLabel = "ADDR",
            description = "Address to bind (default: ${DEFAULT-VALUE}: this machine only).")
    String host = "127.0.0.1";

    @Option(names = "--watch", paramLabel = "DIR", description = "Code the files that appear in this folder.")
    Path watch;

    @Option(names = "--feeds", paramLabel = "FILE",
            description = "Poll the RSS or Atom feeds this file lists (one address a line) and code their new items.")
    Path feeds;

    @Option(names = "--feed-interval", paramLabel = "DURATION",
            description = "How often each feed is polled, e.g. PT15M or PT30S (default: ${DEFAULT-VALUE}).")
    Duration feedInterval = Duration.ofMinutes(15);

    @Option(names = "--token-file", paramLabel = "F",
            description = "File holding the token that POST /api/v1/articles must carry (Authorization: Bearer TOKEN);"
                    + " without it the API takes no articles.")
    Path tokenFile;

    @Option(names = "--cors-origin", paramLabel = "ORIGIN",
            description = "Let browser pages of this origin (e.g. http://localhost:3000) call the API; repeatable."
                    + " CORS is off by default.")
    List<String> cors = new ArrayList<>();

    @Option(names = "--query-timeout", paramLabel = "S",
            description = "Cancel a query that runs longer than this many seconds (default: ${DEFAULT-VALUE}).")
    int queryTimeout = Limits.defaults().queryTimeoutSeconds();

    @Option(names = "--max-page", paramLabel = "N",
            description = "The most events one page may hold (default: ${DEFAULT-VALUE}).")
    int maxPage = Limits.defaults().maxPageSize();

    @Override
    public Integer call() throws Exception {
        Optional<String> token = Optional.empty();
        if (tokenFile != null) {
            if (!Files.isRegularFile(tokenFile)) {
                throw new IllegalArgumentException("no token file at " + tokenFile.toAbsolutePath());
            }
            token = Optional.of(Files.readString(tokenFile, StandardCharsets.UTF_8).strip());
        }
        Limits d = Limits.defaults();
        Limits limits = new Limits(Math.min(d.defaultPageSize(), maxPage), maxPage, d.maxAggregate(), queryTimeout,
                d.maxBodyBytes(), d.readers(), d.exports(), d.ingestQueue());
        ServerOptions options = ServerOptions.of(db).withAddress(host, port).withWatch(Optional.ofNullable(watch))
                .withFeeds(Optional.ofNullable(feeds)).withToken(token).withCorsOrigins(cors).withLimits(limits)
                .withIntervals(feedInterval, ServerOptions.of(db).watchInterval());
        DyadServer server = DyadServer.start(options, Coding.standard());
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "dyad-serve-stop"));
        System.err.println("dyad: serving " + db + " at " + server.uri() + " (API: " + server.uri() + "api/v1/, "
                + (server.acceptsPosts() ? "posts need the token" : "read-only: start with --token-file to take posted"
                        + " articles") + (watch != null ? "; watching " + watch : "")
                + (feeds != null ? "; polling the feeds of " + feeds : "") + "); Ctrl-C stops");
        stopped.await();
        return 0;
    }
}
