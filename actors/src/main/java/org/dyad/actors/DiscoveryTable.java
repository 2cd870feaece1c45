package org.dyad.actors;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Actors discovered across a corpus, for review: one row per name and code, with when the pair was
 * first and last seen, how often, by which rule, and the first sentence that gave it. Rows are read
 * from and written to a tab-separated file with a header, so a table grows run after run and can be
 * reviewed in any spreadsheet; {@link #export} turns reviewed rows into dictionary entries.
 * Accumulates; not thread-safe (give each worker its own table and {@link #merge} them).
 */
public final class DiscoveryTable {
    /** The header of the table file. */
    public static final String HEADER = "name\tcode\tfirst_seen\tlast_seen\tcount\trule\tentry\tarticle\tevidence";

    /** A discovered name with a code, and where and how often it was seen. */
    public record Row(String name, String code, LocalDate firstSeen, LocalDate lastSeen, int count, String rule,
            String entry, String article, String evidence) {
        public Row {
            if (name == null || name.isBlank() || code == null || code.isBlank()) {
                throw new IllegalArgumentException("a row needs a name and a code, was '" + name + "' " + code);
            }
            Objects.requireNonNull(firstSeen, "firstSeen");
            Objects.requireNonNull(lastSeen, "lastSeen");
            if (lastSeen.isBefore(firstSeen)) {
                throw new IllegalArgumentException("row " + name + " " + code + " last seen " + lastSeen
                        + " before first seen " + firstSeen);
            }
            if (count < 1) {
                throw new IllegalArgumentException("row " + name + " " + code + " count was " + count + "; must be >= 1");
            }
            Objects.requireNonNull(rule, "rule");
            Objects.requireNonNull(entry, "entry");
            Objects.requireNonNull(article, "article");
            Objects.requireNonNull(evidence, "evidence");
        }

        Row plus(Row other) {
            boolean earlier = other.firstSeen.isBefore(firstSeen);
            Row first = earlier ? other : this;
            return new Row(name, code, first.firstSeen, lastSeen.isAfter(other.lastSeen) ? lastSeen : other.lastSeen,
                    count + other.count, first.rule, first.entry, first.article, first.evidence);
        }
    }

    private final Map<String, Row> rows = new LinkedHashMap<>();

    private static String key(String name, String code) {
        return name.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ") + "\t" + code;
    }

    /** Adds one discovery. */
    public void add(Discovery d) {
        add(new Row(d.name().replaceAll("\\s+", " ").strip(), d.code(), d.date(), d.date(), 1, d.rule(), d.entry(),
                d.articleId() + " s" + d.sentence(), d.evidence()));
    }

    /** Adds a row, merging it with the row of the same name and code. */
    public void add(Row row) {
        rows.merge(key(row.name(), row.code()), row, Row::plus);
    }

    /** Adds every row of another table. */
    public void merge(DiscoveryTable other) {
        other.rows.values().forEach(this::add);
    }

    /** The rows, most often seen first, then by name. */
    public List<Row> rows() {
        List<Row> out = new ArrayList<>(rows.values());
        out.sort(Comparator.comparingInt(Row::count).reversed().thenComparing(Row::name)
                .thenComparing(Row::code));
        return out;
    }

    /** Writes the table with its header; tabs and line breaks inside fields become spaces. */
    public void write(Writer out) throws IOException {
        out.write(HEADER + "\n");
        for (Row r : rows()) {
            out.write(String.join("\t", clean(r.name()), r.code(), r.firstSeen().toString(), r.lastSeen().toString(),
                    Integer.toString(r.count()), clean(r.rule()), clean(r.entry()), clean(r.article()),
                    clean(r.evidence())) + "\n");
        }
    }

    private static String clean(String s) {
        return s.replaceAll("[\\t\\r\\n]+", " ");
    }

    /**
     * Reads a table written by {@link #write}.
     *
     * @throws IllegalArgumentException naming the line of a malformed row
     */
    public static DiscoveryTable read(Reader in, String sourceName) throws IOException {
        DiscoveryTable t = new DiscoveryTable();
        BufferedReader r = new BufferedReader(in);
        int number = 0;
        for (String line; (line = r.readLine()) != null;) {
            number++;
            if (line.isBlank() || (number == 1 && line.equals(HEADER))) {
                continue;
            }
            String[] f = line.split("\t", -1);
            try {
                if (f.length != 9) {
                    throw new IllegalArgumentException("expected 9 tab-separated fields (" + HEADER.replace('\t', ' ')
                            + "), found " + f.length);
                }
                t.add(new Row(f[0], f[1], LocalDate.parse(f[2]), LocalDate.parse(f[3]), Integer.parseInt(f[4]), f[5],
                        f[6], f[7], f[8]));
            } catch (DateTimeParseException | NumberFormatException e) {
                throw new IllegalArgumentException(sourceName + ":" + number + ": " + e.getMessage(), e);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(sourceName + ":" + number + ": " + e.getMessage(), e);
            }
        }
        return t;
    }

    /**
     * The rows seen at least {@code minCount} times as dictionary entries: one person per name, each
     * code a role from the day it was first seen (so a later code takes over from its first sighting,
     * by the precedence rule), with the evidence as the entry's source. Codes guessed from the
     * article's country are left out when the text itself described the name another way.
     */
    public List<ActorEntry> export(int minCount) {
        Map<String, List<Row>> byName = new LinkedHashMap<>();
        for (Row r : rows()) {
            if (r.count() >= minCount && !r.name().contains("|") && !r.name().contains("#")) {
                byName.computeIfAbsent(r.name().toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(r);
            }
        }
        List<ActorEntry> out = new ArrayList<>();
        for (List<Row> group : byName.values()) {
            // the article's country is a guess; what the text says of the person outweighs it
            if (group.stream().anyMatch(r -> !ActorRule.ARTICLE_COUNTRY.is(r.rule()))) {
                group.removeIf(r -> ActorRule.ARTICLE_COUNTRY.is(r.rule()));
            }
            group.sort(Comparator.comparing(Row::firstSeen));
            Row first = group.get(0);
            List<Role> roles = new ArrayList<>();
            StringBuilder source = new StringBuilder("discovered");
            for (Row r : group) {
                roles.add(new Role(r.code(), Optional.of(r.firstSeen()), Optional.empty()));
                source.append("; ").append(r.code()).append(" by ").append(r.rule()).append(" in ").append(r.article())
                        .append(" on ").append(r.firstSeen()).append(", seen ").append(r.count())
                        .append(r.count() == 1 ? " time" : " times").append(" to ").append(r.lastSeen())
                        .append(": ").append(r.evidence());
            }
            String id = "DISCOVERED_" + first.name().toUpperCase(Locale.ROOT).replaceAll("[^\\p{L}0-9]+", "_");
            out.add(new ActorEntry(id, ActorKind.PERSON, List.of(first.name()), roles, List.of(), List.of(),
                    source.toString().replace('#', ' ')));
        }
        return out;
    }
}
