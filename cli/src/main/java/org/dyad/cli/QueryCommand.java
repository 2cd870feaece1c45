package org.dyad.cli;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.Callable;
import org.dyad.format.EventJson;
import org.dyad.model.Event;
import org.dyad.store.ActorCount;
import org.dyad.store.DelimitedWriter;
import org.dyad.store.EventFilter;
import org.dyad.store.EventQuery;
import org.dyad.store.EventStore;
import org.dyad.store.NetworkEdge;
import org.dyad.store.SearchIndex;
import org.dyad.store.StoredEvent;
import org.dyad.store.TimelinePoint;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code dyad query}: lists, searches and aggregates the events of a store. */
@Command(name = "query", mixinStandardHelpOptions = true,
        description = {"List the events of a store that match the filters (all of them when none is given), or "
                + "aggregate them.",
            "Events are real-world events after merging: numMentions, numSources and numArticles count their reports."})
final class QueryCommand implements Callable<Integer> {
    /** How query results are printed. */
    enum Format {
        TABLE, JSONL, CSV
    }

    /** What to compute instead of listing events. */
    enum Aggregate {
        /** Events a day by QuadClass, with mean Goldstein. */
        TIMELINE,
        /** The actors in most events. */
        TOP_ACTORS,
        /** Source-to-target edges with event counts and mean Goldstein. */
        NETWORK
    }

    @Mixin
    DbOption db;

    @Option(names = "--actor", paramLabel = "CODE", description = "Actor code prefix on either side, e.g. RUSGOV or RUS.")
    String actor;

    @Option(names = "--source", paramLabel = "CODE", description = "Source actor code prefix.")
    String source;

    @Option(names = "--target", paramLabel = "CODE", description = "Target actor code prefix.")
    String target;

    @Option(names = "--country", paramLabel = "ISO3", description = "Country of either actor, e.g. UKR.")
    String country;

    @Option(names = "--sector", paramLabel = "S", description = "Sector of either actor, e.g. GOV, MIL, REB.")
    String sector;

    @Option(names = "--cameo", paramLabel = "CODE", description = "CAMEO code or root, leading zeros kept: 036, 19.")
    String cameo;

    @Option(names = "--quad", paramLabel = "Q", description = "QuadClass 1-4 (1 verbal cooperation ... 4 material conflict).")
    Integer quad;

    @Option(names = "--plover", paramLabel = "TYPE", description = "PLOVER event type, e.g. CONSULT, ASSAULT.")
    String plover;

    @Option(names = "--from", paramLabel = "DATE", description = "First event date (YYYY-MM-DD).")
    LocalDate from;

    @Option(names = "--to", paramLabel = "DATE", description = "Last event date (YYYY-MM-DD).")
    LocalDate to;

    @Option(names = "--place", paramLabel = "P", description = "Place name words, or a two-letter country code.")
    String place;

    @Option(names = "--text", paramLabel = "WORDS",
            description = "Full-text search over the sentences that support events (with --articles: over article "
                    + "titles and text): words, \"a phrase\", a OR b, -word, pre*.")
    String text;

    @Option(names = "--min-confidence", paramLabel = "P",
            description = "Only events at least this likely right, from 0 to 1 (default: all). An event's confidence "
                    + "estimates the probability that it is right (docs/evaluation.md).")
    Double minConfidence;

    @Option(names = "--limit", paramLabel = "N", description = "At most N results (default: all).")
    Integer limit;

    @Option(names = "--offset", paramLabel = "N", description = "Skip the first N events (default: ${DEFAULT-VALUE}).")
    long offset;

    @Option(names = "--aggregate", paramLabel = "A", converter = AggregateName.class,
            description = "Instead of events: timeline (per day and QuadClass: events, mean Goldstein), top-actors,"
                    + " network (source-target edges).")
    Aggregate aggregate;

    /** Reads {@code top-actors} as well as {@code TOP_ACTORS}. */
    static final class AggregateName implements picocli.CommandLine.ITypeConverter<Aggregate> {
        @Override
        public Aggregate convert(String value) {
            try {
                return Aggregate.valueOf(value.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
            } catch (IllegalArgumentException e) {
                throw new picocli.CommandLine.TypeConversionException("'" + value
                        + "' is not an aggregate; use timeline, top-actors or network");
            }
        }
    }

    @Option(names = "--articles", description = "With --text: list the best-matching articles instead of events.")
    boolean articles;

    @Option(names = "--format", paramLabel = "F", description = "table, jsonl or csv (default: ${DEFAULT-VALUE}).")
    Format format = Format.TABLE;

    @Override
    public Integer call() throws Exception {
        EventFilter q = filter();
        PrintWriter out = new PrintWriter(new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8)));
        try (EventStore store = EventStore.openReadOnly(db.db)) {
            if (articles) {
                if (text == null) {
                    throw new IllegalArgumentException("--articles needs --text WORDS");
                }
                printArticles(store.search().articles(text, limit == null ? 20 : limit), out);
            } else if (aggregate == null) {
                printEvents(store.events(q), out);
            } else {
                int n = limit == null ? (aggregate == Aggregate.TIMELINE ? Integer.MAX_VALUE : 20) : limit;
                switch (aggregate) {
                    case TIMELINE -> printTimeline(store.timeline(q), out);
                    case TOP_ACTORS -> printActors(store.topActors(q, n), out);
                    case NETWORK -> printEdges(store.network(q, n), out);
                }
            }
        }
        out.flush();
        return 0;
    }

    /** The filter the options give: the query's criteria and paging, and the lowest confidence kept. */
    EventFilter filter() {
        if (minConfidence != null && !(minConfidence >= 0 && minConfidence <= 1)) {
            throw new IllegalArgumentException("--min-confidence was " + minConfidence
                    + "; a confidence is a probability, from 0 to 1");
        }
        return EventFilter.of(query()).withConfidence(minConfidence == null ? OptionalDouble.empty()
                : OptionalDouble.of(minConfidence), OptionalDouble.empty());
    }

    EventQuery query() {
        EventQuery q = EventQuery.all();
        if (actor != null) {
            q = q.withActor(actor);
        }
        if (source != null) {
            q = q.withSource(source);
        }
        if (target != null) {
            q = q.withTarget(target);
        }
        if (country != null) {
            q = q.withCountry(country);
        }
        if (sector != null) {
            q = q.withSector(sector);
        }
        if (cameo != null) {
            q = q.withCameo(cameo);
        }
        if (quad != null) {
            q = q.withQuadClass(quad);
        }
        if (plover != null) {
            q = q.withPlover(plover);
        }
        q = q.withDates(Optional.ofNullable(from), Optional.ofNullable(to));
        if (place != null) {
            q = q.withPlace(place);
        }
        if (text != null) {
            q = q.withText(text);
        }
        return q.page(limit == null ? EventQuery.UNLIMITED : limit, offset);
    }

    private void printEvents(List<StoredEvent> events, PrintWriter out) throws Exception {
        switch (format) {
            case JSONL -> {
                for (StoredEvent e : events) {
                    out.println(EventJson.mapper().writeValueAsString(e.toJson()));
                }
            }
            case CSV -> {
                DelimitedWriter w = DelimitedWriter.csv(out, 17);
                w.row(List.of("eventId", "date", "source", "sourceName", "target", "targetName", "cameo", "cameoName",
                        "quadClass", "goldstein", "plover", "place", "numMentions", "numSources", "numArticles",
                        "articleId", "evidence"));
                for (StoredEvent s : events) {
                    Event e = s.event();
                    w.row(List.of(s.id(), e.date().date(), e.source().code(), e.source().name(), e.targetCode(),
                            e.target().map(t -> t.name()).orElse(""), e.type().cameo(), e.type().name(),
                            e.type().quadClass(), e.type().goldstein(), e.type().ploverType().orElse(""),
                            e.location().map(p -> p.name()).orElse(""), s.numMentions(), s.numSources(),
                            s.numArticles(), e.articleId(), e.evidence().get(0).text()));
                }
            }
            case TABLE -> {
                out.printf(Locale.ROOT, "%-8s %-10s %-14s %-5s %-34s %-14s %4s %4s %4s  %s%n", "event", "date", "source",
                        "cameo", "name", "target", "ment", "src", "art", "evidence");
                for (StoredEvent s : events) {
                    Event e = s.event();
                    out.printf(Locale.ROOT, "%-8d %-10s %-14s %-5s %-34s %-14s %4d %4d %4d  %s%n", s.id(),
                            e.date().date(), e.source().code(), e.type().cameo(), TableWriter.shorten(e.type().name(), 34),
                            e.target().map(t -> t.code()).orElse("-"), s.numMentions(), s.numSources(), s.numArticles(),
                            TableWriter.shorten(e.evidence().get(0).text(), 90));
                }
            }
        }
    }

    private void printTimeline(List<TimelinePoint> points, PrintWriter out) throws Exception {
        table(out, List.of("date", "quadClass", "events", "meanGoldstein"), points.stream()
                .map(p -> List.<Object>of(p.date(), p.quadClass(), p.events(), round(p.meanGoldstein()))).toList());
    }

    private void printActors(List<ActorCount> actors, PrintWriter out) throws Exception {
        table(out, List.of("actor", "events", "asSource", "asTarget"), actors.stream()
                .map(a -> List.<Object>of(a.code(), a.events(), a.asSource(), a.asTarget())).toList());
    }

    private void printEdges(List<NetworkEdge> edges, PrintWriter out) throws Exception {
        table(out, List.of("source", "target", "events", "meanGoldstein"), edges.stream()
                .map(e -> List.<Object>of(e.source(), e.target(), e.events(), round(e.meanGoldstein()))).toList());
    }

    private void printArticles(List<SearchIndex.ArticleHit> hits, PrintWriter out) throws Exception {
        table(out, List.of("articleId", "score"), hits.stream()
                .map(h -> List.<Object>of(h.articleId(), round(h.score()))).toList());
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }

    private void table(PrintWriter out, List<String> header, List<List<Object>> rows) throws Exception {
        switch (format) {
            case JSONL -> {
                for (List<Object> r : rows) {
                    var o = EventJson.mapper().createObjectNode();
                    for (int i = 0; i < header.size(); i++) {
                        o.set(header.get(i), EventJson.mapper().valueToTree(r.get(i) instanceof LocalDate d
                                ? d.toString() : r.get(i)));
                    }
                    out.println(EventJson.mapper().writeValueAsString(o));
                }
            }
            case CSV -> {
                DelimitedWriter w = DelimitedWriter.csv(out, header.size());
                w.row(header);
                for (List<Object> r : rows) {
                    w.row(r);
                }
            }
            case TABLE -> {
                StringBuilder fmt = new StringBuilder();
                for (int i = 0; i < header.size(); i++) {
                    fmt.append(i == 0 ? "%-24s" : " %14s");
                }
                fmt.append("%n");
                out.printf(Locale.ROOT, fmt.toString(), header.toArray());
                for (List<Object> r : rows) {
                    out.printf(Locale.ROOT, fmt.toString(), r.stream().map(String::valueOf).toArray());
                }
            }
        }
    }
}
