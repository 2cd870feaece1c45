package org.dyad.server;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.dyad.format.EventJson;
import org.dyad.model.ErrorCode;
import org.dyad.model.Rejection;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Polls RSS and Atom feeds (read with ROME) on a schedule and ingests their new items: each item's
 * page is fetched and its text extracted ({@link ArticleExtractor}); the item becomes an article with
 * the item's date (its calendar date in the item's own time zone), title, link and the feed's title
 * as source, identified by a digest of the item's guid (else its link), and goes through the spool
 * like a posted article. An item already stored or quarantined is never fetched again, so a restart
 * codes nothing twice. A page that is gone (HTTP 404, 410, other client errors) quarantines its item
 * as {@code DYAD-I01}; a failure that may pass (timeouts, server errors) is tried again at the next poll.
 */
final class FeedPoller implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(FeedPoller.class);

    private final List<URI> feeds;
    private final IngestService ingest;
    private final StoreHost host;
    private final Duration interval;
    private final IngestProgress progress;
    private final PageFetcher fetcher = new PageFetcher();
    private final ArticleExtractor extractor = new ArticleExtractor();
    /** Items queued but not yet stored: not taken again meanwhile. */
    private final Set<String> pending = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "dyad-feeds");
        t.setDaemon(true);
        return t;
    });

    FeedPoller(List<URI> feeds, IngestService ingest, StoreHost host, Duration interval, IngestProgress progress) {
        this.feeds = List.copyOf(feeds);
        this.ingest = ingest;
        this.host = host;
        this.interval = interval;
        this.progress = progress;
    }

    /** The feeds a file lists: one http(s) address a line; blank lines and lines starting with '#' are skipped. */
    static List<URI> readList(Path file) throws IOException {
        List<URI> out = new ArrayList<>();
        int n = 0;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            n++;
            String s = line.strip();
            if (s.isEmpty() || s.startsWith("#")) {
                continue;
            }
            URI u;
            try {
                u = URI.create(s);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(file + ":" + n + ": '" + s + "' is not an address", e);
            }
            if (!"http".equals(u.getScheme()) && !"https".equals(u.getScheme())) {
                throw new IllegalArgumentException(file + ":" + n + ": '" + s + "' must be an http or https address");
            }
            out.add(u);
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException(file + " lists no feeds; write one RSS or Atom address a line");
        }
        return out;
    }

    void start() {
        timer.scheduleWithFixedDelay(this::pollAll, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void pollAll() {
        for (URI feed : feeds) {
            try {
                poll(feed);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (Exception e) {
                progress.feedFailures.incrementAndGet();
                progress.lastError.set("feed " + feed + ": " + e.getMessage());
                LOG.warn("polling {} failed: {}", feed, e.getMessage());
            }
        }
    }

    /** One poll of one feed: queues its new items. */
    void poll(URI feed) throws Exception {
        progress.feedPolls.incrementAndGet();
        PageFetcher.Page page = fetcher.fetch(feed);
        if (!page.ok()) {
            throw new IOException("HTTP " + page.status() + " from " + feed);
        }
        SyndFeed parsed;
        try {
            parsed = new SyndFeedInput().build(new com.rometools.rome.io.XmlReader(new ByteArrayInputStream(page.body())));
        } catch (FeedException e) {
            throw new IOException(feed + " is not an RSS or Atom feed: " + e.getMessage(), e);
        }
        Map<String, String> rawDates = rawDates(page.body());
        String source = Optional.ofNullable(parsed.getTitle()).map(String::strip).filter(s -> !s.isEmpty())
                .orElse(String.valueOf(feed.getHost()));
        StringBuilder lines = new StringBuilder();
        List<String> ids = new ArrayList<>();
        for (SyndEntry entry : parsed.getEntries()) {
            progress.feedItems.incrementAndGet();
            String link = Optional.ofNullable(entry.getLink()).map(String::strip).orElse("");
            String guid = Optional.ofNullable(entry.getUri()).map(String::strip).filter(s -> !s.isEmpty()).orElse(link);
            if (guid.isEmpty()) {
                continue;
            }
            String id = "feed-" + digest(guid);
            if (pending.contains(id) || host.read(r -> r.details().holds(id))) {
                progress.feedItemsKnown.incrementAndGet();
                continue;
            }
            Optional<ObjectNode> record = record(entry, id, link, source, Optional.ofNullable(rawDates.get(guid))
                    .or(() -> Optional.ofNullable(rawDates.get(link))), feed);
            if (record.isPresent()) {
                lines.append(record.get().toString()).append('\n');
                ids.add(id);
            }
        }
        if (ids.isEmpty()) {
            return;
        }
        pending.addAll(ids);
        Path file = ingest.spool("feed", "jsonl", lines.toString().getBytes(StandardCharsets.UTF_8));
        ingest.submitSpooled(file, IngestBatch.Source.FEED).done().whenComplete((b, e) -> ids.forEach(pending::remove));
        LOG.info("feed {}: {} new items queued", feed, ids.size());
    }

    private Optional<ObjectNode> record(SyndEntry entry, String id, String link, String source, Optional<String> raw,
            URI feed) throws InterruptedException {
        String title = Optional.ofNullable(entry.getTitle()).map(String::strip).orElse("");
        String text = "";
        Optional<String> pageDate = Optional.empty();
        if (!link.isEmpty()) {
            try {
                PageFetcher.Page page = fetcher.fetch(feed.resolve(link));
                if (page.ok()) {
                    ArticleExtractor.Extracted x = extractor.extract(page.body(), page.uri().toString());
                    text = x.text();
                    pageDate = x.published();
                    if (title.isEmpty()) {
                        title = x.title();
                    }
                } else if (page.gone()) {
                    ingest.quarantine(new Rejection(ErrorCode.UNREADABLE_FILE, link, id, "HTTP " + page.status()
                            + " fetching the item's page " + link + " of feed " + feed, title));
                    return Optional.empty();
                } else {
                    throw new IOException("HTTP " + page.status());
                }
            } catch (IOException e) {
                // may pass: the item stays unknown and is tried at the next poll
                progress.feedFailures.incrementAndGet();
                progress.lastError.set("page " + link + ": " + e.getMessage());
                return Optional.empty();
            }
        }
        if (text.isBlank()) {
            text = summary(entry);
        }
        Optional<String> pageDated = pageDate;
        ObjectNode o = EventJson.mapper().createObjectNode();
        o.put("id", id);
        // the item's own date; else the page's; else none, and the reader quarantines it as BAD_DATE
        Optional<String> date = raw.flatMap(FeedPoller::calendarDate)
                .or(() -> Optional.ofNullable(entry.getPublishedDate()).or(() -> Optional.ofNullable(entry.getUpdatedDate()))
                        .map(d -> d.toInstant().atOffset(ZoneOffset.UTC).toLocalDate().toString()))
                .or(() -> pageDated);
        date.ifPresent(d -> o.put("date", d));
        o.put("title", title);
        o.put("text", text);
        o.put("url", link);
        o.put("source", source);
        return Optional.of(o);
    }

    private static String summary(SyndEntry entry) {
        StringBuilder b = new StringBuilder();
        for (SyndContent c : entry.getContents()) {
            b.append(Jsoup.parse(String.valueOf(c.getValue())).text()).append('\n');
        }
        if (b.isEmpty() && entry.getDescription() != null) {
            b.append(Jsoup.parse(String.valueOf(entry.getDescription().getValue())).text());
        }
        return b.toString().strip();
    }

    /**
     * The items' dates as the feed writes them, by guid and by link: ROME gives instants, which lose the
     * item's own time zone and so, near midnight, its calendar date.
     */
    static Map<String, String> rawDates(byte[] xml) {
        Map<String, String> out = new HashMap<>();
        Document d = Jsoup.parse(new String(xml, StandardCharsets.UTF_8), "", Parser.xmlParser());
        for (Element item : d.select("item, entry")) {
            Element date = Optional.ofNullable(item.selectFirst("pubDate"))
                    .or(() -> Optional.ofNullable(item.selectFirst("published")))
                    .or(() -> Optional.ofNullable(item.selectFirst("dc|date")))
                    .or(() -> Optional.ofNullable(item.selectFirst("updated"))).orElse(null);
            if (date == null) {
                continue;
            }
            for (String key : List.of(text(item, "guid"), text(item, "id"), text(item, "link"),
                    Optional.ofNullable(item.selectFirst("link[href]")).map(l -> l.attr("href")).orElse(""))) {
                if (!key.isEmpty()) {
                    out.put(key, date.text().strip());
                }
            }
        }
        return out;
    }

    private static String text(Element e, String tag) {
        Element c = e.selectFirst(tag);
        return c == null ? "" : c.text().strip();
    }

    /** The calendar date of an RFC 822 or ISO 8601 timestamp, in its own offset. */
    static Optional<String> calendarDate(String raw) {
        for (DateTimeFormatter f : List.of(DateTimeFormatter.RFC_1123_DATE_TIME, DateTimeFormatter.ISO_OFFSET_DATE_TIME)) {
            try {
                return Optional.of(OffsetDateTime.parse(raw.strip(), f).toLocalDate().toString());
            } catch (DateTimeParseException e) {
                // try the next form
            }
        }
        return raw.matches("\\d{4}-\\d{2}-\\d{2}.*") ? Optional.of(raw.substring(0, 10)) : Optional.empty();
    }

    static String digest(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)),
                    0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JVM lacks SHA-256", e);
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
