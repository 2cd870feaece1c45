package org.dyad.coding.suite;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import org.dyad.coding.Coding;
import org.dyad.ontology.Plover;

/**
 * How one case was coded: the distinct codings Dyad gave, and which of the expected ones it
 * matched (exactly, by CAMEO root for {@link SuiteCase.Match#ROOT} cases, or by PLOVER type for
 * {@link SuiteCase.Match#PLOVER} cases), missed, or gave in
 * excess.
 */
public record CaseResult(SuiteCase suiteCase, List<ExpectedCoding> predicted, List<ExpectedCoding> matched,
        List<ExpectedCoding> missed, List<ExpectedCoding> extra) {
    public CaseResult {
        Objects.requireNonNull(suiteCase, "suiteCase");
        predicted = List.copyOf(predicted);
        matched = List.copyOf(matched);
        missed = List.copyOf(missed);
        extra = List.copyOf(extra);
    }

    private static final Plover PLOVER = Plover.standard();

    /** True when a CAMEO code maps to a PLOVER type, written {@code TYPE} or {@code TYPE/mode}. */
    private static boolean ploverType(String cameo, String expected) {
        int slash = expected.indexOf('/');
        String type = slash < 0 ? expected : expected.substring(0, slash);
        return PLOVER.map(cameo).filter(x -> x.type().equals(type)
                && (slash < 0 || x.mode().equals(expected.substring(slash + 1)))).isPresent();
    }

    private static String root(String code) {
        return code.length() >= 2 ? code.substring(0, 2) : code;
    }

    /**
     * Scores a case. Dyad's codings are taken once each (one event per source, target and code, as
     * Dyad reports them); each expected coding can be matched once.
     */
    public static CaseResult score(SuiteCase c, List<Coding> codings) {
        LinkedHashSet<ExpectedCoding> distinct = new LinkedHashSet<>();
        for (Coding k : codings) {
            distinct.add(new ExpectedCoding(k.source().code(), k.targetCode(), k.code()));
        }
        List<ExpectedCoding> remaining = new ArrayList<>(distinct);
        List<ExpectedCoding> matched = new ArrayList<>();
        List<ExpectedCoding> missed = new ArrayList<>();
        for (ExpectedCoding e : c.expected()) {
            ExpectedCoding hit = null;
            hit = switch (c.match()) {
                case EXACT -> remaining.contains(e) ? e : null;
                case ROOT -> remaining.stream().filter(p -> root(p.code()).equals(root(e.code()))).findFirst()
                        .orElse(null);
                case PLOVER -> remaining.stream().filter(p -> ploverType(p.code(), e.code())).findFirst()
                        .orElse(null);
            };
            if (hit != null) {
                remaining.remove(hit);
                matched.add(e);
            } else {
                missed.add(e);
            }
        }
        return new CaseResult(c, new ArrayList<>(distinct), matched, missed, remaining);
    }
}
