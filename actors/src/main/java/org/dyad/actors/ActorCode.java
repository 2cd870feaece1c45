package org.dyad.actors;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * How CAMEO-style actor codes combine. A code is a sequence of three-letter parts: a country or
 * organisation root ({@code RUS}, {@code IGO}), then sector parts ({@code GOV}, {@code MIL}, ...).
 * An agent adds its parts after the actor's ({@code RUS} + {@code MIL} = {@code RUSMIL}), or before
 * them for a prefix agent ({@code NGO} + {@code ARN} = {@code NGOARN}); parts the code already has
 * are not repeated ({@code USAGOV} + {@code GOV} = {@code USAGOV}, {@code ARNGOV} + {@code GOVFRM}
 * = {@code ARNGOVFRM}). "Former" office-holders are elites: their agents are replaced by
 * {@code ELI} ({@code ARN} + former officials = {@code ARNELI}).
 */
public final class ActorCode {
    /** The sector of former office-holders and other elites. */
    public static final String ELITE = "ELI";
    /** The root PETRARCH writes when an agent has no country: "officials said" is {@code ---GOV}. */
    public static final String UNKNOWN_ROOT = "---";

    private ActorCode() {
    }

    /**
     * Sectors outside the state. A role noun that alone makes an actor of the government ("leader",
     * "spokesman", "officials": {@code GOV}) makes none beside one of these: "the leader of the
     * village gang" is a criminal, "rebel spokesman" a rebel, "business leaders" business.
     */
    private static final Set<String> NON_STATE = Set.of("REB", "INS", "CRM", "OPP", "PTY", "LAB", "BUS", "MED",
            "CVL", "EDU", "REL", "HRI", "NGO", "SEP", "RAD", "UAF", "REF", "HLH", "AGR", "ENV", "PPL");
    private static final String GOVERNMENT = "GOV";

    /**
     * The actor code with agents added in order, or with {@link #ELITE} instead when {@code former}.
     * An agent of the government alone ({@code GOV}) adds nothing beside an agent of a sector outside
     * the state ({@link #NON_STATE}).
     */
    public static String compose(String actorCode, List<Agent> agents, boolean former) {
        if (former) {
            return add(actorCode, ELITE, false);
        }
        boolean nonState = agents.stream().anyMatch(a -> !a.prefix() && NON_STATE.contains(a.code()));
        String code = actorCode;
        for (Agent a : agents) {
            if (nonState && !a.prefix() && a.code().equals(GOVERNMENT)) {
                continue;
            }
            code = add(code, a.code(), a.prefix());
        }
        return code;
    }

    /** {@code code} with {@code part} added after it (or before, when {@code prefix}), without repeating parts. */
    public static String add(String code, String part, boolean prefix) {
        if (code.length() % 3 == 0 && part.length() % 3 == 0) {
            List<String> have = chunks(code);
            StringBuilder missing = new StringBuilder();
            for (String c : chunks(part)) {
                if (!have.contains(c)) {
                    missing.append(c);
                }
            }
            if (missing.length() == 0) {
                return code;
            }
            return prefix ? missing + code : code + missing;
        }
        if (code.contains(part)) {
            return code;
        }
        return prefix ? part + code : code + part;
    }

    /** The codes a compound code stands for: {@code FRO/BIL/SAM} is three actors. */
    public static List<String> split(String code) {
        List<String> out = new ArrayList<>();
        for (String c : code.split("/")) {
            if (!c.isBlank()) {
                out.add(c.strip());
            }
        }
        return out;
    }

    /** Sectors of armed groups outside the state: rebels, insurgents, unaffiliated armed forces. */
    private static final java.util.Set<String> ARMED_SECTORS = java.util.Set.of("REB", "INS", "UAF");

    /**
     * True when a code names an armed group outside the state by one of its sectors after the root:
     * {@code SOMREB} (al-Shabaab), {@code PAKREB}, {@code ---UAF}; not {@code SOMMIL}.
     */
    public static boolean armedGroup(String code) {
        for (int i = 3; i + 3 <= code.length(); i += 3) {
            if (ARMED_SECTORS.contains(code.substring(i, i + 3))) {
                return true;
            }
        }
        return false;
    }

    /** The root: the first three characters. */
    public static String root(String code) {
        return code.length() <= 3 ? code : code.substring(0, 3);
    }

    private static List<String> chunks(String code) {
        List<String> out = new ArrayList<>(code.length() / 3);
        for (int i = 0; i + 3 <= code.length(); i += 3) {
            out.add(code.substring(i, i + 3));
        }
        return out;
    }
}
