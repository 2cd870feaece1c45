package org.dyad.store;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.dyad.format.EventJson;
import org.dyad.model.ActorRef;
import org.dyad.model.Event;
import org.dyad.model.Place;

/**
 * Writes a store's merged events in the formats the field uses: Dyad's native JSON Lines, GDELT 2.0
 * events and mentions, Phoenix, ICEWS-style CSV, PLOVER JSON Lines and Parquet. Column lists and
 * what Dyad puts in each column are in {@code docs/exports.md}. CAMEO codes are always written as
 * text with their leading zeros. Events are written in the order of their numbers, mentions in the
 * order of events, articles and sentences, so exports of equal stores are equal files.
 */
public final class Exporter {
    /** What an export wrote. */
    public record Result(long rows, long skipped, String note) {
    }

    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;
    /** Roots of CAMEO actor codes that are not countries. */
    private static final Set<String> NON_STATE = Set.of("IGO", "NGO", "IMG", "MNC", "UNK", "INT", "REG");

    private final java.sql.Connection connection;

    public Exporter(EventStore store) {
        this.connection = Objects.requireNonNull(store, "store").connection();
    }

    /** An exporter that reads on a reader's connection, while the store's owner may write. */
    public Exporter(StoreReader reader) {
        this.connection = Objects.requireNonNull(reader, "reader").connection();
    }

    /** Exports to a file (created or replaced). */
    public Result export(ExportFormat format, Path out) throws IOException, SQLException {
        Path parent = out.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        if (format == ExportFormat.PARQUET) {
            return parquet(out);
        }
        try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            return export(format, w);
        }
    }

    /** Exports a text format to a writer. */
    public Result export(ExportFormat format, Writer out) throws IOException, SQLException {
        return switch (format) {
            case JSONL -> jsonl(out);
            case GDELT -> gdelt(out);
            case GDELT_MENTIONS -> gdeltMentions(out);
            case PHOENIX -> phoenix(out);
            case ICEWS -> icews(out);
            case PLOVER -> plover(out);
            case PARQUET -> throw new IllegalArgumentException("parquet is binary: export it to a file with --out");
        };
    }

    /** A merged event with what the exports need beyond its first report. */
    private record Row(long id, Event event, int mentions, int sources, int articles, LocalDate added, String url,
            String sourceNames, String urls, int firstSentence, String firstSource) {
    }

    private interface RowConsumer {
        void accept(Row r) throws IOException;
    }

    private long forEachEvent(RowConsumer consumer) throws SQLException, IOException {
        String sql = """
                SELECT e.id, e.json, e.num_mentions, e.num_sources, e.num_articles, e.first_article_date, e.first_url,
                  e.first_article_id,
                  (SELECT string_agg(DISTINCT m.source_name, ';' ORDER BY m.source_name) FROM event_mentions m
                    WHERE m.event_id = e.id),
                  (SELECT string_agg(DISTINCT m.url, ';' ORDER BY m.url) FROM event_mentions m
                    WHERE m.event_id = e.id AND m.url <> ''),
                  (SELECT min(m.sentence) FROM event_mentions m WHERE m.article_event_id = e.representative),
                  (SELECT a.source_name FROM articles a WHERE a.id = e.first_article_id)
                FROM events e ORDER BY e.id""";
        long n = 0;
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                String url = rs.getString(7);
                consumer.accept(new Row(rs.getLong(1), EventQueries.parse(rs.getString(2)), rs.getInt(3), rs.getInt(4),
                        rs.getInt(5), rs.getObject(6, LocalDate.class), url,
                        Objects.toString(rs.getString(9), ""), Objects.toString(rs.getString(10), ""), rs.getInt(11),
                        Objects.toString(rs.getString(12), "")));
                n++;
            }
        }
        return n;
    }

    private Result jsonl(Writer out) throws SQLException, IOException {
        long n = forEachEvent(r -> {
            out.write(EventJson.mapper().writeValueAsString(
                    new StoredEvent(r.id(), r.event(), r.mentions(), r.sources(), r.articles()).toJson()));
            out.write('\n');
        });
        return new Result(n, 0, "");
    }

    private Result gdelt(Writer out) throws SQLException, IOException {
        DelimitedWriter w = DelimitedWriter.tsv(out, ExportFormat.GDELT.columns());
        long n = forEachEvent(r -> {
            Event e = r.event();
            LocalDate d = e.date().date();
            List<Object> row = new ArrayList<>(61);
            row.add(r.id());
            row.add(d.format(DAY));
            row.add(d.format(DAY).substring(0, 6));
            row.add(d.getYear());
            row.add(String.format(Locale.ROOT, "%.4f", d.getYear() + (d.getDayOfYear() - 1) / (double) d.lengthOfYear()));
            gdeltActor(row, Optional.of(e.source()));
            gdeltActor(row, e.target());
            row.add(r.firstSentence() == 0 ? 1 : 0);
            row.add(e.type().cameo());
            row.add(e.type().cameo().length() > 3 ? e.type().cameo().substring(0, 3) : e.type().cameo());
            row.add(e.type().root());
            row.add(e.type().quadClass());
            row.add(number(e.type().goldstein()));
            row.add(r.mentions());
            row.add(r.sources());
            row.add(r.articles());
            row.add(""); // AvgTone: Dyad does not measure tone
            gdeltGeo(row, Optional.empty()); // Actor1Geo: actors are not placed
            gdeltGeo(row, Optional.empty()); // Actor2Geo
            gdeltGeo(row, e.location());
            row.add(r.added().format(DAY) + "000000");
            row.add(r.url().isEmpty() ? e.articleId() : r.url());
            w.row(row);
        });
        return new Result(n, 0, "");
    }

    private static void gdeltActor(List<Object> row, Optional<ActorRef> actor) {
        if (actor.isEmpty()) {
            for (int i = 0; i < 10; i++) {
                row.add("");
            }
            return;
        }
        String code = actor.get().code();
        String root = ArticleWriter.root(code);
        boolean state = !NON_STATE.contains(root);
        List<String> parts = new ArrayList<>();
        for (int i = 3; i + 3 <= code.length(); i += 3) {
            parts.add(code.substring(i, i + 3));
        }
        String knownGroup = !state && !parts.isEmpty() ? parts.remove(parts.size() - 1) : "";
        row.add(code);
        row.add(actor.get().name().toUpperCase(Locale.ROOT));
        row.add(state ? root : "");
        row.add(knownGroup);
        row.add(""); // EthnicCode
        row.add(""); // Religion1Code
        row.add(""); // Religion2Code
        row.add(state ? (parts.size() > 0 ? parts.get(0) : "") : root);
        row.add(state ? (parts.size() > 1 ? parts.get(1) : "") : (parts.size() > 0 ? parts.get(0) : ""));
        row.add(state ? (parts.size() > 2 ? parts.get(2) : "") : (parts.size() > 1 ? parts.get(1) : ""));
    }

    private static void gdeltGeo(List<Object> row, Optional<Place> place) {
        if (place.isEmpty()) {
            row.add(0);
            for (int i = 0; i < 7; i++) {
                row.add("");
            }
            return;
        }
        Place p = place.get();
        boolean us = p.countryCode().equals("US");
        int type = switch (p.type()) {
            case "country" -> 1;
            case "admin1", "admin2" -> us ? 2 : 5;
            default -> us ? 3 : 4;
        };
        row.add(type);
        row.add(p.name());
        row.add(p.countryCode());
        row.add(p.adm1().isEmpty() ? "" : p.countryCode() + p.adm1());
        row.add("");
        row.add(number(p.latitude()));
        row.add(number(p.longitude()));
        row.add(p.geonamesId() == 0 ? "" : Long.toString(p.geonamesId()));
    }

    private Result gdeltMentions(Writer out) throws SQLException, IOException {
        DelimitedWriter w = DelimitedWriter.tsv(out, ExportFormat.GDELT_MENTIONS.columns());
        long n = 0;
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery("""
                SELECT m.event_id, e.first_article_date, m.article_date, m.source_name,
                  CASE WHEN m.url = '' THEN m.article_id ELSE m.url END, m.sentence, m.actor1_offset,
                  m.actor2_offset, m.action_offset, m.confidence, m.doc_length
                FROM event_mentions m JOIN events e ON e.id = m.event_id
                ORDER BY m.event_id, m.article_seq, m.article_event_id, m.sentence""")) {
            while (rs.next()) {
                w.row(List.of(rs.getLong(1), rs.getObject(2, LocalDate.class).format(DAY) + "000000",
                        rs.getObject(3, LocalDate.class).format(DAY) + "000000", 1, rs.getString(4), rs.getString(5),
                        rs.getInt(6) + 1, rs.getInt(7), rs.getInt(8), rs.getInt(9), 1,
                        Math.round(rs.getDouble(10) * 100), rs.getInt(11), "", "", ""));
                n++;
            }
        }
        return new Result(n, 0, "");
    }

    /** Phoenix's five classes: 0 neutral (CAMEO 01-02), 1 verbal and 2 material cooperation, 3 verbal and 4 material conflict. */
    static int pentaClass(String root) {
        int r = Integer.parseInt(root);
        if (r <= 2) {
            return 0;
        }
        if (r <= 5) {
            return 1;
        }
        if (r <= 8) {
            return 2;
        }
        return r <= 13 ? 3 : 4;
    }

    private Result phoenix(Writer out) throws SQLException, IOException {
        DelimitedWriter w = DelimitedWriter.tsv(out, ExportFormat.PHOENIX.columns());
        long n = forEachEvent(r -> {
            Event e = r.event();
            LocalDate d = e.date().date();
            List<Object> row = new ArrayList<>(26);
            row.add(r.id());
            row.add(d.format(DAY));
            row.add(d.getYear());
            row.add(d.getMonthValue());
            row.add(d.getDayOfMonth());
            phoenixActor(row, e.source().code());
            phoenixActor(row, e.targetCode());
            row.add(e.type().cameo());
            row.add(e.type().root());
            row.add(pentaClass(e.type().root()));
            row.add(number(e.type().goldstein()));
            row.add(""); // Issues: Dyad does not code issues
            Optional<Place> p = e.location();
            row.add(p.map(x -> number(x.latitude())).orElse(""));
            row.add(p.map(x -> number(x.longitude())).orElse(""));
            row.add(p.map(Place::name).orElse(""));
            row.add(p.map(Place::adm1).orElse(""));
            row.add(p.map(Place::countryCode).orElse(""));
            row.add(e.articleId() + "_" + (r.firstSentence() + 1));
            row.add(r.urls());
            row.add(r.sourceNames());
            w.row(row);
        });
        return new Result(n, 0, "");
    }

    private static void phoenixActor(List<Object> row, String code) {
        row.add(code);
        row.add(ArticleWriter.root(code));
        row.add(ArticleWriter.sector(code));
        row.add(code.length() > 6 ? code.substring(6) : "");
    }

    private Result icews(Writer out) throws SQLException, IOException {
        DelimitedWriter w = DelimitedWriter.csv(out, ExportFormat.ICEWS.columns());
        w.row(List.of("Event ID", "Event Date", "Source Name", "Source Sectors", "Source Country", "Event Text",
                "CAMEO Code", "Intensity", "Target Name", "Target Sectors", "Target Country", "Story ID",
                "Sentence Number", "Publisher", "City", "District", "Province", "Country", "Latitude", "Longitude"));
        long n = forEachEvent(r -> {
            Event e = r.event();
            Optional<Place> p = e.location();
            String city = p.filter(x -> x.type().equals("city")).map(Place::name).orElse("");
            w.row(List.of(r.id(), e.date().date().toString(), e.source().name(), icewsSectors(e.source().code()),
                    ArticleWriter.root(e.source().code()), e.type().name(), e.type().cameo(),
                    number(e.type().goldstein()), e.target().map(ActorRef::name).orElse(""),
                    icewsSectors(e.targetCode()), ArticleWriter.root(e.targetCode()), e.articleId(),
                    r.firstSentence() + 1, r.firstSource(), city,
                    p.filter(x -> x.type().equals("admin2")).map(Place::name).orElse(""),
                    p.map(Place::adm1).orElse(""), p.map(Place::countryCode).orElse(""),
                    p.map(x -> number(x.latitude())).orElse(""), p.map(x -> number(x.longitude())).orElse("")));
        });
        return new Result(n, 0, "");
    }

    /** The sector codes of an actor code (every three letters after the root), comma-separated as ICEWS lists sectors. */
    private static String icewsSectors(String code) {
        List<String> parts = new ArrayList<>();
        for (int i = 3; i + 3 <= code.length(); i += 3) {
            parts.add(code.substring(i, i + 3));
        }
        return String.join(",", parts);
    }

    private Result plover(Writer out) throws SQLException, IOException {
        long[] skipped = {0};
        long n = forEachEvent(r -> {
            Event e = r.event();
            if (e.type().ploverType().isEmpty()) {
                skipped[0]++;
                return;
            }
            ObjectNode o = EventJson.mapper().createObjectNode();
            o.put("id", "dyad-" + r.id());
            o.put("date", e.date().date().toString());
            o.set("actor", ploverActors(e.source()));
            e.target().ifPresent(t -> o.set("recipient", ploverActors(t)));
            o.putArray("event").add(e.type().ploverType().get());
            e.type().ploverMode().filter(m -> !m.isEmpty()).ifPresent(m -> o.putArray("mode").add(m));
            o.putArray("event_text").add(e.trigger().text());
            o.put("quad_code", e.type().quadClass());
            o.put("event_scale", e.type().goldstein());
            e.location().ifPresent(p -> {
                ObjectNode loc = o.putObject("event_loc");
                loc.put("extracted_place", p.text());
                loc.put("resolved_place", p.name());
                loc.put("geonameid", p.geonamesId());
                loc.put("lat", p.latitude());
                loc.put("lon", p.longitude());
                loc.put("country_code", p.countryCode());
            });
            ObjectNode info = o.putObject("text_info");
            info.put("sequence", e.evidence().get(0).sentence());
            info.put("start", e.evidence().get(0).begin());
            info.put("end", e.evidence().get(0).end());
            ObjectNode cite = o.putObject("cite_info");
            cite.put("citation", e.articleId());
            cite.put("url", r.url());
            cite.put("publication", r.firstSource());
            cite.put("coder", e.provenance().version());
            o.put("coder", "dyad");
            out.write(EventJson.mapper().writeValueAsString(o));
            out.write('\n');
        });
        return new Result(n - skipped[0], skipped[0], skipped[0] == 0 ? "" : skipped[0]
                + " events of CAMEO roots 01 and 02 have no PLOVER type and were left out");
    }

    private static ArrayNode ploverActors(ActorRef a) {
        ArrayNode list = EventJson.mapper().createArrayNode();
        ObjectNode o = list.addObject();
        o.put("code", ArticleWriter.root(a.code()));
        o.put("sector", ArticleWriter.sector(a.code()));
        o.put("entity_text", a.text());
        return list;
    }

    private Result parquet(Path out) throws SQLException {
        String target = out.toAbsolutePath().toString().replace("'", "''");
        try (PreparedStatement ps = connection.prepareStatement("COPY (SELECT * FROM events"
                + " ORDER BY id) TO '" + target + "' (FORMAT parquet)")) {
            ps.execute();
        }
        try (Statement st = connection.createStatement();
                ResultSet rs = st.executeQuery("SELECT count(*) FROM events")) {
            rs.next();
            return new Result(rs.getLong(1), 0, "");
        }
    }

    /** A number as GDELT and Phoenix write it: no trailing ".0" on whole numbers. */
    static String number(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return Double.toString(v);
    }
}
