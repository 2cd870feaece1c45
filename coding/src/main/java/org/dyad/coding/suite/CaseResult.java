package org.dyad.coding.suite;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import org.dyad.coding.Coding;

/**
 * How one case was coded: the distinct codings Dyad gave, and which of the expected ones it
 * matched (exactly, or by CAMEO root for {@link SuiteCase.Match#ROOT} cases), missed, or gave in
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
            if (c.match() == SuiteCase.Match.EXACT) {
                hit = remaining.contains(e) ? e : null;
            } else {
                hit = remaining.stream().filter(p -> root(p.code()).equals(root(e.code()))).findFirst().orElse(null);
            }
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
