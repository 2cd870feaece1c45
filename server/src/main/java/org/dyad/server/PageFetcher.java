package org.dyad.server;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Locale;

/**
 * Fetches feeds and article pages over HTTP(S): redirects followed, a time limit, at most
 * {@link #MAX_BYTES} of body. Thread-safe.
 */
final class PageFetcher {
    static final int MAX_BYTES = 10 * 1024 * 1024;

    /** A fetched body with its status and final address. */
    record Page(int status, URI uri, byte[] body) {
        boolean ok() {
            return status >= 200 && status < 300;
        }

        /** True for an answer that will not change by asking again (the page is gone). */
        boolean gone() {
            return status == 404 || status == 410 || (status >= 400 && status < 500 && status != 408 && status != 429);
        }
    }

    private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL)
            .connectTimeout(Duration.ofSeconds(10)).build();

    Page fetch(URI uri) throws IOException, InterruptedException {
        String scheme = String.valueOf(uri.getScheme()).toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new IOException("only http and https addresses are fetched, not " + uri);
        }
        HttpRequest req = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30))
                .header("User-Agent", "Dyad/0.1 (news event coder; feed reader)")
                .header("Accept", "application/rss+xml, application/atom+xml, application/xml, text/html, */*;q=0.5")
                .GET().build();
        HttpResponse<InputStream> res = client.send(req, HttpResponse.BodyHandlers.ofInputStream());
        try (InputStream in = res.body()) {
            byte[] body = in.readNBytes(MAX_BYTES + 1);
            if (body.length > MAX_BYTES) {
                throw new IOException(uri + " is larger than " + MAX_BYTES + " bytes");
            }
            return new Page(res.statusCode(), res.uri(), body);
        }
    }
}
