package org.dyad.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The actors of a store, read through a {@link StoreReader}: a search by code or name, the profile of
 * one actor code, and the actors discovered from the text (persons and organisations whose country and
 * sector a title, an apposition or an affiliation in an article gave, rather than a dictionary).
 */
public final class ActorDirectory {
    /** The resolver's rules by which the text, not a dictionary, gave an actor's code. */
    public static final Set<String> DISCOVERY_RULES = Set.of("title-name", "appositive", "affiliation", "nationality",
            "discovered-name", "owner");

    private final StoreReader reader;

    ActorDirectory(StoreReader reader) {
        this.reader = reader;
    }

    /** An actor code, the name most often given to it, and the events it takes part in. */
    public record ActorSummary(String code, String name, long events) {
        public ActorSummary {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(name, "name");
        }
    }

    /**
     * The actors whose code starts with {@code search} (letters compared in upper case) or whose name
     * contains it, most events first; every actor when {@code search} is blank.
     */
    public List<ActorSummary> search(String search, int n) throws SQLException {
        if (n < 1) {
            throw new IllegalArgumentException("limit was " + n + "; it must be >= 1");
        }
        String s = search.strip();
        String code = s.toUpperCase(Locale.ROOT);
        String like = "%" + s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        String sql = """
                WITH sides AS (
                  SELECT e.source_code AS code, e.source_name AS name FROM events e
                  WHERE starts_with(e.source_code, ?) OR e.source_name ILIKE ? ESCAPE '\\'
                  UNION ALL
                  SELECT e.target_code, e.target_name FROM events e
                  WHERE e.target_code <> '' AND (starts_with(e.target_code, ?) OR e.target_name ILIKE ? ESCAPE '\\'))
                SELECT code, mode(name), count(*) AS n FROM sides GROUP BY code ORDER BY n DESC, code LIMIT\s""" + n;
        List<ActorSummary> out = new ArrayList<>();
        try (PreparedStatement ps = reader.prepare(sql, code, like, code, like); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new ActorSummary(rs.getString(1), rs.getString(2), rs.getLong(3)));
            }
        }
        return out;
    }

    /** A count of something by a label: a name, a rule, a counterpart, a QuadClass. */
    public record Tally(String label, long count, double meanGoldstein) {
        public Tally {
            Objects.requireNonNull(label, "label");
        }
    }

    /**
     * What a store knows of one actor code.
     *
     * @param names the names events gave it, most frequent first
     * @param texts how articles wrote it (actor mentions), most frequent first
     * @param rules the resolver's rules that gave the code to mentions, most frequent first
     * @param asSource events with the actor as source
     * @param asTarget events with the actor as target
     * @param byQuadClass events by QuadClass (labels 1 to 4), with their mean Goldstein value
     * @param partners the codes it interacts with most, either way, with the events' mean Goldstein value
     */
    public record Profile(String code, List<Tally> names, List<Tally> texts, List<Tally> rules, long asSource,
            long asTarget, Optional<LocalDate> firstDate, Optional<LocalDate> lastDate, List<Tally> byQuadClass,
            List<Tally> partners) {
        public Profile {
            Objects.requireNonNull(code, "code");
            names = List.copyOf(names);
            texts = List.copyOf(texts);
            rules = List.copyOf(rules);
            byQuadClass = List.copyOf(byQuadClass);
            partners = List.copyOf(partners);
        }
    }

    /** The profile of an actor code (exactly that code), if any event or mention has it. */
    public Optional<Profile> profile(String code) throws SQLException {
        String c = code.strip().toUpperCase(Locale.ROOT);
        List<Tally> names = tallies("SELECT name, count(*) AS n, 0 FROM (SELECT source_name AS name FROM events"
                + " WHERE source_code = ? UNION ALL SELECT target_name FROM events WHERE target_code = ?)"
                + " GROUP BY name ORDER BY n DESC, name LIMIT 10", c, c);
        List<Tally> texts = tallies("SELECT text, count(*) AS n, 0 FROM actors WHERE code = ?"
                + " GROUP BY text ORDER BY n DESC, text LIMIT 10", c);
        List<Tally> rules = tallies("SELECT rule, count(*) AS n, 0 FROM actors WHERE code = ?"
                + " GROUP BY rule ORDER BY n DESC, rule", c);
        long asSource = 0;
        long asTarget = 0;
        Optional<LocalDate> first = Optional.empty();
        Optional<LocalDate> last = Optional.empty();
        try (PreparedStatement ps = reader.prepare("SELECT coalesce(sum(events) FILTER (WHERE source_code = ?), 0),"
                + " coalesce(sum(events) FILTER (WHERE target_code = ?), 0), min(event_date), max(event_date)"
                + " FROM dyad_days WHERE source_code = ? OR target_code = ?", c, c, c, c);
                ResultSet rs = ps.executeQuery()) {
            rs.next();
            asSource = rs.getLong(1);
            asTarget = rs.getLong(2);
            first = Optional.ofNullable(rs.getObject(3, LocalDate.class));
            last = Optional.ofNullable(rs.getObject(4, LocalDate.class));
        }
        if (asSource == 0 && asTarget == 0 && texts.isEmpty()) {
            return Optional.empty();
        }
        List<Tally> byQuad = tallies("SELECT CAST(quad_class AS VARCHAR), sum(events) AS n,"
                + " CAST(sum(goldstein_sum) AS DOUBLE) / CAST(n AS DOUBLE) FROM dyad_days"
                + " WHERE source_code = ? OR target_code = ? GROUP BY quad_class ORDER BY quad_class", c, c);
        List<Tally> partners = tallies("SELECT CASE WHEN source_code = ? THEN target_code ELSE source_code END AS other,"
                + " sum(events) AS n, CAST(sum(goldstein_sum) AS DOUBLE) / CAST(n AS DOUBLE) FROM dyad_days"
                + " WHERE (source_code = ? OR target_code = ?) AND target_code <> '' GROUP BY other"
                + " HAVING other <> '' ORDER BY n DESC, other LIMIT 15", c, c, c);
        return Optional.of(new Profile(c, names, texts, rules, asSource, asTarget, first, last, byQuad, partners));
    }

    private List<Tally> tallies(String sql, Object... params) throws SQLException {
        List<Tally> out = new ArrayList<>();
        try (PreparedStatement ps = reader.prepare(sql, params); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new Tally(rs.getString(1), rs.getLong(2), rs.getDouble(3)));
            }
        }
        return out;
    }

    /**
     * An actor discovered from the text: a name with the code the text gave it, the rule that gave it,
     * how often and over which dates, and one sentence that described it.
     */
    public record Discovered(String name, String code, String rule, long mentions, long articles, LocalDate firstSeen,
            LocalDate lastSeen, String articleId, String evidence) {
        public Discovered {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(code, "code");
        }
    }

    /** The {@code n} names discovered from the text in most articles, then in most mentions. */
    public List<Discovered> discovered(int n) throws SQLException {
        if (n < 1) {
            throw new IllegalArgumentException("limit was " + n + "; it must be >= 1");
        }
        String rules = String.join(", ", DISCOVERY_RULES.stream().sorted().map(r -> "'" + r + "'").toList());
        String sql = """
                SELECT x.name, x.code, mode(x.rule), count(*), count(DISTINCT x.article_seq), min(a.date), max(a.date),
                  arg_min(a.id, x.article_seq), arg_min(coalesce(s.text, ''), x.article_seq)
                FROM actors x JOIN articles a ON a.seq = x.article_seq
                LEFT JOIN sentences s ON s.article_seq = x.article_seq AND s.sentence = x.sentence
                WHERE x.rule IN (%s)
                GROUP BY x.name, x.code ORDER BY 5 DESC, 4 DESC, 1, 2 LIMIT %d""".formatted(rules, n);
        List<Discovered> out = new ArrayList<>();
        try (PreparedStatement ps = reader.prepare(sql); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new Discovered(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4), rs.getLong(5),
                        rs.getObject(6, LocalDate.class), rs.getObject(7, LocalDate.class), rs.getString(8),
                        rs.getString(9)));
            }
        }
        return out;
    }
}
