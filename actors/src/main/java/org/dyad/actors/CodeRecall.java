package org.dyad.actors;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * The share of expected actor codes that the resolver found in their sentence, overall and by
 * category: the measure of actor resolution on a validation suite such as PETRARCH2's, whose records
 * each list the source and target codes of their events. A code counts as found when some mention of
 * the record has exactly that code. Collects results one record at a time; not thread-safe.
 */
public final class CodeRecall {
    /** Codes that stand for no actor ("no source", "discarded") and are not counted. */
    public static final Set<String> NOT_ACTORS = Set.of("", "---", "###", "?");

    /** One expected code and whether it was found. */
    public record Check(String record, String category, String expected, boolean found, List<String> codes) {
        public Check {
            Objects.requireNonNull(record, "record");
            Objects.requireNonNull(category, "category");
            Objects.requireNonNull(expected, "expected");
            codes = List.copyOf(codes);
        }
    }

    /** Found and expected counts of a category. */
    public record Tally(int found, int expected) {
        /** found / expected, 0 when nothing was expected. */
        public double share() {
            return expected == 0 ? 0 : (double) found / expected;
        }
    }

    private final List<Check> checks = new ArrayList<>();
    private int skipped;

    /** Scores one record: each distinct expected code against the codes of the record's mentions. */
    public void add(String record, String category, Collection<String> expected, Collection<ActorMention> mentions) {
        List<String> codes = mentions.stream().map(m -> m.actor().code()).distinct().sorted().toList();
        for (String e : expected.stream().distinct().toList()) {
            if (NOT_ACTORS.contains(e)) {
                skipped++;
                continue;
            }
            checks.add(new Check(record, category, e, codes.contains(e), codes));
        }
    }

    /** Every expected code checked, in the order added. */
    public List<Check> checks() {
        return List.copyOf(checks);
    }

    /** Expected codes that stand for no actor and were left out. */
    public int skipped() {
        return skipped;
    }

    /** All categories together. */
    public Tally total() {
        int f = (int) checks.stream().filter(Check::found).count();
        return new Tally(f, checks.size());
    }

    /** By category, in category order. */
    public Map<String, Tally> byCategory() {
        Map<String, int[]> counts = new TreeMap<>();
        for (Check c : checks) {
            int[] n = counts.computeIfAbsent(c.category(), k -> new int[2]);
            n[1]++;
            if (c.found()) {
                n[0]++;
            }
        }
        Map<String, Tally> out = new TreeMap<>();
        counts.forEach((k, v) -> out.put(k, new Tally(v[0], v[1])));
        return out;
    }
}
