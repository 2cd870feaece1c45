package org.dyad.coding.suite;

/**
 * Counts over a set of cases: expected codings, exact matches, extra codings (given but not
 * expected). {@link #recall} is matched / expected and {@link #extraRate} is extra / expected, as
 * Dyad reports them; both are 0 when nothing is expected.
 */
public record Tally(int cases, int expected, int matched, int extra) {
    public Tally {
        if (cases < 0 || expected < 0 || matched < 0 || extra < 0 || matched > expected) {
            throw new IllegalArgumentException("inconsistent tally: cases " + cases + ", expected " + expected
                    + ", matched " + matched + ", extra " + extra);
        }
    }

    /** An empty tally. */
    public static final Tally ZERO = new Tally(0, 0, 0, 0);

    /** This tally with one case added. */
    public Tally plus(CaseResult r) {
        return new Tally(cases + 1, expected + r.suiteCase().expected().size(), matched + r.matched().size(),
                extra + r.extra().size());
    }

    /** Share of expected codings matched exactly. */
    public double recall() {
        return expected == 0 ? 0 : (double) matched / expected;
    }

    /** Extra codings per expected coding. */
    public double extraRate() {
        return expected == 0 ? 0 : (double) extra / expected;
    }
}
