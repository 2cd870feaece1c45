package org.dyad.server;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How {@code dyad serve} runs: the store, the address, what it ingests, the write token, the origins
 * allowed to call it from other sites (none by default: CORS off), and its limits. Build with
 * {@link #of(Path)} and the {@code with...} methods.
 *
 * @param db the store file (created when it does not exist and the server may write)
 * @param host the address to bind, 127.0.0.1 unless given
 * @param port the port, 0 for any free one
 * @param watch a folder whose new files are ingested
 * @param feeds a file listing RSS or Atom feeds to poll, one URL a line
 * @param token the token that write requests must carry; without it the server is read-only
 * @param corsOrigins origins allowed to call the API from a browser page of another site
 * @param feedInterval how often each feed is polled
 * @param watchInterval how often the watched folder is scanned
 */
public record ServerOptions(Path db, String host, int port, Optional<Path> watch, Optional<Path> feeds,
        Optional<String> token, List<String> corsOrigins, Limits limits, Duration feedInterval,
        Duration watchInterval) {
    /** The shortest token accepted. */
    public static final int MIN_TOKEN_LENGTH = 16;

    public ServerOptions {
        Objects.requireNonNull(db, "db");
        Objects.requireNonNull(host, "host");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port was " + port + "; it is 0 (any free port) to 65535");
        }
        Objects.requireNonNull(watch, "watch");
        Objects.requireNonNull(feeds, "feeds");
        Objects.requireNonNull(token, "token");
        token.ifPresent(t -> {
            if (t.length() < MIN_TOKEN_LENGTH || t.chars().anyMatch(Character::isWhitespace)) {
                throw new IllegalArgumentException("the token has " + t.length() + " characters; use at least "
                        + MIN_TOKEN_LENGTH + " characters without spaces, e.g. from 'head -c 24 /dev/urandom | base64'");
            }
        });
        corsOrigins = List.copyOf(corsOrigins);
        for (String o : corsOrigins) {
            if (!o.matches("https?://[A-Za-z0-9.-]+(:[0-9]{1,5})?")) {
                throw new IllegalArgumentException("CORS origin '" + o + "' must be scheme://host[:port], e.g."
                        + " http://localhost:3000");
            }
        }
        Objects.requireNonNull(limits, "limits");
        if (feedInterval.isNegative() || feedInterval.isZero() || watchInterval.isNegative() || watchInterval.isZero()) {
            throw new IllegalArgumentException("feed and watch intervals must be positive, were " + feedInterval + " and "
                    + watchInterval);
        }
    }

    /** Serving {@code db} on 127.0.0.1:7070, read-only, no ingest, default limits. */
    public static ServerOptions of(Path db) {
        return new ServerOptions(db, "127.0.0.1", 7070, Optional.empty(), Optional.empty(), Optional.empty(), List.of(),
                Limits.defaults(), Duration.ofMinutes(15), Duration.ofSeconds(2));
    }

    public ServerOptions withAddress(String h, int p) {
        return new ServerOptions(db, h, p, watch, feeds, token, corsOrigins, limits, feedInterval, watchInterval);
    }

    public ServerOptions withWatch(Optional<Path> dir) {
        return new ServerOptions(db, host, port, dir, feeds, token, corsOrigins, limits, feedInterval, watchInterval);
    }

    public ServerOptions withFeeds(Optional<Path> file) {
        return new ServerOptions(db, host, port, watch, file, token, corsOrigins, limits, feedInterval, watchInterval);
    }

    public ServerOptions withToken(Optional<String> t) {
        return new ServerOptions(db, host, port, watch, feeds, t, corsOrigins, limits, feedInterval, watchInterval);
    }

    public ServerOptions withCorsOrigins(List<String> origins) {
        return new ServerOptions(db, host, port, watch, feeds, token, origins, limits, feedInterval, watchInterval);
    }

    public ServerOptions withLimits(Limits l) {
        return new ServerOptions(db, host, port, watch, feeds, token, corsOrigins, l, feedInterval, watchInterval);
    }

    public ServerOptions withIntervals(Duration feed, Duration scan) {
        return new ServerOptions(db, host, port, watch, feeds, token, corsOrigins, limits, feed, scan);
    }

    /** True when the server takes articles: a token, a watched folder or feeds. */
    public boolean ingests() {
        return token.isPresent() || watch.isPresent() || feeds.isPresent();
    }
}
