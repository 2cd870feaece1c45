package org.dyad.model;

/**
 * Where a derived fact came from: the {@code rule} that produced it (e.g. {@code verb-pattern},
 * {@code title-appositive}), the dictionary {@code entry} it used ({@code ""} for none), and the
 * {@code version} of the rule set or dictionary.
 */
public record Provenance(String rule, String entry, String version) {
    public Provenance {
        Checks.nonBlank(rule, "provenance rule");
        Checks.text(entry, "provenance entry");
        Checks.text(version, "provenance version");
    }

    /** Provenance of a rule that uses no dictionary entry. */
    public static Provenance rule(String rule, String version) {
        return new Provenance(rule, "", version);
    }
}
