package org.dyad.actors;

import java.util.Set;

/**
 * What the root of an actor code ({@link ActorCode#root}) says about the actor: a state
 * ({@code RUS}), an organisation ({@code IGO}, {@code NGO}, ...), or a region or bloc ({@code WST},
 * {@code AFR}, ...).
 */
final class CodeRoots {
    /** Code roots of regions and blocs rather than states. */
    private static final Set<String> REGIONS = Set.of("WST", "EUR", "AFR", "ASA", "MEA", "LAM", "SEA", "WAF",
            "CAS", "CRB", "PGS", "NMR", "SAM", "SAS", "EAF", "SAF", "NAF", "BLK", "CAU", "EEU");
    /** Code roots of organisations rather than states. */
    private static final Set<String> ORGANISATIONS = Set.of("IGO", "NGO", "NGM", "MNC", "IMG");

    private CodeRoots() {
    }

    /** True when the code's root is an organisation's: {@code IGOWSTNAT}, {@code NGOHRI}. */
    static boolean organisation(String code) {
        return ORGANISATIONS.contains(ActorCode.root(code));
    }

    /**
     * The state a code belongs to: its root when that is three characters starting with a letter
     * and neither an organisation's nor a region's ({@code RUS} for {@code RUSMIL}; none for
     * {@code IGOWSTNAT}, {@code WST} or {@code ---GOV}).
     */
    static java.util.Optional<String> state(String code) {
        String root = ActorCode.root(code);
        return root.length() == 3 && Character.isLetter(root.charAt(0)) && !ORGANISATIONS.contains(root)
                && !REGIONS.contains(root) ? java.util.Optional.of(root) : java.util.Optional.empty();
    }
}
