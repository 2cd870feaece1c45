package org.dyad.coding.suite;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.dyad.model.GoldIssue;

/**
 * The outcome of running a validation suite: one {@link CaseResult} per case, in suite order, with
 * totals, per-category tallies and the cases that should code nothing but did, and the records that
 * could not be read or coded as written ({@link GoldIssue}).
 */
public record SuiteResult(String suite, List<CaseResult> cases, List<GoldIssue> issues) {
    public SuiteResult {
        cases = List.copyOf(cases);
        issues = List.copyOf(issues);
    }

    /** A result of a suite whose every case was read and coded as written. */
    public SuiteResult(String suite, List<CaseResult> cases) {
        this(suite, cases, List.of());
    }

    /** How many records were dealt with as {@code kind}. */
    public long issues(GoldIssue.Kind kind) {
        return issues.stream().filter(i -> i.kind() == kind).count();
    }

    /** Totals over all cases. */
    public Tally total() {
        Tally t = Tally.ZERO;
        for (CaseResult r : cases) {
            t = t.plus(r);
        }
        return t;
    }

    /** Tallies by the cases' categories, in name order. */
    public Map<String, Tally> byCategory() {
        Map<String, Tally> out = new TreeMap<>();
        for (CaseResult r : cases) {
            out.merge(r.suiteCase().category().isEmpty() ? "(none)" : r.suiteCase().category(), Tally.ZERO.plus(r),
                    (a, b) -> new Tally(a.cases() + b.cases(), a.expected() + b.expected(), a.matched() + b.matched(),
                            a.extra() + b.extra()));
        }
        return out;
    }

    /** Cases marked {@code noevents}. */
    public List<CaseResult> noEventCases() {
        return cases.stream().filter(r -> r.suiteCase().noEvents()).toList();
    }

    /** Cases marked {@code noevents} for which Dyad coded something. */
    public List<CaseResult> noEventViolations() {
        return noEventCases().stream().filter(r -> !r.predicted().isEmpty()).toList();
    }

    /**
     * The result as one JSON object: {@code expected}, {@code matched}, {@code recall}, {@code extra},
     * {@code extraRate}, counts of cases and of {@code noevents} cases coded, the per-category tallies,
     * and every miss and extra with its case.
     */
    public ObjectNode toJson(ObjectMapper mapper) {
        Tally t = total();
        ObjectNode o = mapper.createObjectNode();
        o.put("suite", suite);
        o.put("cases", t.cases());
        o.put("expected", t.expected());
        o.put("matched", t.matched());
        o.put("recall", round(t.recall()));
        o.put("extra", t.extra());
        o.put("extraRate", round(t.extraRate()));
        o.put("noEventCases", noEventCases().size());
        o.put("noEventCasesCoded", noEventViolations().size());
        ObjectNode cats = o.putObject("categories");
        byCategory().forEach((k, v) -> {
            ObjectNode c = cats.putObject(k);
            c.put("cases", v.cases());
            c.put("expected", v.expected());
            c.put("matched", v.matched());
            c.put("recall", round(v.recall()));
            c.put("extra", v.extra());
        });
        o.put("realigned", issues(GoldIssue.Kind.REALIGNED));
        o.put("recovered", issues(GoldIssue.Kind.RECOVERED));
        o.put("skipped", issues(GoldIssue.Kind.SKIPPED));
        ArrayNode notes = o.putArray("issues");
        for (GoldIssue i : issues) {
            notes.addObject().put("record", i.record()).put("kind", i.kind().name().toLowerCase(java.util.Locale.ROOT))
                    .put("reason", i.reason());
        }
        ArrayNode misses = o.putArray("misses");
        ArrayNode extras = o.putArray("extras");
        for (CaseResult r : cases) {
            for (ExpectedCoding m : r.missed()) {
                misses.addObject().put("case", r.suiteCase().key()).put("coding", m.text())
                        .put("text", r.suiteCase().text());
            }
            for (ExpectedCoding x : r.extra()) {
                extras.addObject().put("case", r.suiteCase().key()).put("coding", x.text())
                        .put("text", r.suiteCase().text());
            }
        }
        return o;
    }

    private static double round(double v) {
        return Math.round(v * 10000) / 10000.0;
    }
}
