package org.dyad.geo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Resolves the place mentions of one article to gazetteer places.
 *
 * <p>Each candidate place of a mention gets a prior from its size (population, and whether it is a
 * country, a division, a capital) and from how the name leads to it (a place's own name counts
 * more than an exonym). Three kinds of context then move the choice, as a reader would: a name
 * followed by its division or country ("Paris, Texas", "Gainesville, Ga.") must lie within it;
 * places in the countries and divisions the article is about are preferred; and places near the
 * article's other places are preferred. Context comes from the other mentions' current choices and
 * is recomputed a few times, so unambiguous mentions settle the ambiguous ones.
 *
 * <p>Immutable and thread-safe.
 */
public final class ToponymResolver {
    private static final int ROUNDS = 3;
    private static final Pattern DIRECTION = Pattern.compile(
            "^(?:(?:north|south|east|west|central|northern|southern|eastern|western|upstate|downstate|downtown|"
                    + "greater|rural|metro|metropolitan|northeast|northwest|southeast|southwest|northeastern|"
                    + "northwestern|southeastern|southwestern|mid|middle)(?:ern)?[- ]+)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern DIVISION_WORD = Pattern.compile(
            "\\s+(?:county|parish|province|state|region|district|governorate|oblast|prefecture|municipality|"
                    + "department|territory|city|township|village|town|borough)$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern LEADING_DIVISION_WORD = Pattern.compile(
            "^(?:county|province|state|city|town|village|republic)\\s+of\\s+|^county\\s+", Pattern.CASE_INSENSITIVE);

    private final Gazetteer gazetteer;

    public ToponymResolver(Gazetteer gazetteer) {
        this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer");
    }

    /** The gazetteer this resolver uses. */
    public Gazetteer gazetteer() {
        return gazetteer;
    }

    /**
     * The candidate places of a name: its own entries, else those of the name without a possessive,
     * an article, a direction ("northern Iraq") or a division word ("Anbar province", "County Cork").
     */
    public List<Gazetteer.Candidate> candidates(String name) {
        String n = name.strip();
        List<Gazetteer.Candidate> c = gazetteer.lookup(n);
        if (!c.isEmpty()) {
            return c;
        }
        String bare = n.replaceFirst("(?:'s|’s|'|’)$", "").replaceFirst("(?i)^the\\s+", "");
        if (!bare.equals(n) && !bare.isBlank()) {
            c = gazetteer.lookup(bare);
            if (!c.isEmpty()) {
                return c;
            }
        }
        String undirected = DIRECTION.matcher(bare).replaceFirst("");
        if (!undirected.equals(bare) && !undirected.isBlank()) {
            c = gazetteer.lookup(undirected);
            if (!c.isEmpty()) {
                return c;
            }
        }
        String core = LEADING_DIVISION_WORD.matcher(DIVISION_WORD.matcher(undirected).replaceFirst(""))
                .replaceFirst("");
        if (!core.equals(undirected) && !core.isBlank()) {
            c = gazetteer.lookup(core);
        }
        return c;
    }

    /**
     * Resolves the mentions of one article, given in text order. Mentions no gazetteer place fits
     * are left out of the result.
     *
     * @param text the article text the mention spans refer to
     */
    public List<Toponym> resolve(String text, List<PlaceMention> mentions) {
        int n = mentions.size();
        List<List<Gazetteer.Candidate>> cands = new ArrayList<>(n);
        for (PlaceMention m : mentions) {
            cands.add(candidates(m.text()));
        }
        double[][] prior = new double[n][];
        for (int i = 0; i < n; i++) {
            List<Gazetteer.Candidate> c = cands.get(i);
            prior[i] = new double[c.size()];
            for (int k = 0; k < c.size(); k++) {
                prior[i][k] = prior(c.get(k));
            }
        }
        double[][] pair = containment(text, mentions, cands);
        int[] choice = new int[n];
        for (int i = 0; i < n; i++) {
            choice[i] = argmax(add(prior[i], pair[i]));
        }
        for (int round = 0; round < ROUNDS; round++) {
            Context ctx = new Context(mentions, cands, choice);
            int[] next = new int[n];
            for (int i = 0; i < n; i++) {
                double[] s = add(prior[i], pair[i]);
                for (int k = 0; k < s.length; k++) {
                    s[k] += ctx.bonus(i, cands.get(i).get(k).place());
                }
                next[i] = argmax(s);
            }
            choice = next;
        }
        Context ctx = new Context(mentions, cands, choice);
        List<Toponym> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (choice[i] < 0) {
                continue;
            }
            Gazetteer.Candidate c = cands.get(i).get(choice[i]);
            double score = prior[i][choice[i]] + pair[i][choice[i]] + ctx.bonus(i, c.place());
            String rule = pair[i][choice[i]] > 0 ? "place-in-division" : cands.get(i).size() == 1 ? "unique-name"
                    : "context-and-size";
            out.add(new Toponym(mentions.get(i), c.place(), score, rule));
        }
        return out;
    }

    private static double[] add(double[] a, double[] b) {
        double[] s = a.clone();
        for (int k = 0; k < s.length && k < b.length; k++) {
            s[k] += b[k];
        }
        return s;
    }

    private static int argmax(double[] s) {
        int best = -1;
        for (int k = 0; k < s.length; k++) {
            if (best < 0 || s[k] > s[best]) {
                best = k;
            }
        }
        return best;
    }

    /** How likely a place is before context: bigger, higher-ranked places and own names first. */
    static double prior(Gazetteer.Candidate c) {
        GeoPlace p = c.place();
        double size = Math.log10(p.population() + 1.0);
        double s = switch (p.kind()) {
            case CONTINENT -> 9.5;
            case REGION -> 8.5;
            case COUNTRY -> Math.max(size, 5.0) + 3.0;
            case ADMIN1 -> size + 1.0;
            case ADMIN2 -> size;
            case CITY -> size + switch (p.featureCode()) {
                case "PPLC" -> 1.5;
                case "PPLA" -> 1.0;
                case "PPLA2" -> 0.4;
                case "PPLX" -> -1.0;
                case "PPLH", "PPLQ", "PPLW" -> -2.0;
                default -> 0.0;
            };
        };
        return s + switch (c.source()) {
            case NAME, ABBREVIATION -> 0.0;
            case ALTERNATE -> -1.0;
            case DEMONYM -> 0.0;
        };
    }

    /**
     * "X, Y" where Y can be a division or country containing a candidate of X: both candidates get a
     * bonus, so "Paris, Texas" and "Gainesville, Ga." resolve together.
     */
    private static double[][] containment(String text, List<PlaceMention> mentions,
            List<List<Gazetteer.Candidate>> cands) {
        int n = mentions.size();
        double[][] bonus = new double[n][];
        for (int i = 0; i < n; i++) {
            bonus[i] = new double[cands.get(i).size()];
        }
        for (int i = 0; i + 1 < n; i++) {
            PlaceMention a = mentions.get(i);
            PlaceMention b = mentions.get(i + 1);
            if (b.begin() < a.end() || b.begin() > text.length() || a.end() > text.length()) {
                continue;
            }
            String between = text.substring(a.end(), b.begin());
            if (!between.matches("\\s*,\\s*|\\s+\\(|\\s*\\(\\s*")) {
                continue;
            }
            List<Gazetteer.Candidate> ca = cands.get(i);
            List<Gazetteer.Candidate> cb = cands.get(i + 1);
            for (int x = 0; x < ca.size(); x++) {
                GeoPlace inner = ca.get(x).place();
                for (int y = 0; y < cb.size(); y++) {
                    GeoPlace outer = cb.get(y).place();
                    if (contains(outer, inner)) {
                        bonus[i][x] = Math.max(bonus[i][x], 8.0);
                        bonus[i + 1][y] = Math.max(bonus[i + 1][y], 4.0);
                    }
                }
            }
        }
        return bonus;
    }

    static boolean contains(GeoPlace outer, GeoPlace inner) {
        if (outer.id() == inner.id() || inner.countryCode().isEmpty()) {
            return false;
        }
        return switch (outer.kind()) {
            case COUNTRY -> inner.kind() != PlaceKind.COUNTRY && inner.countryCode().equals(outer.countryCode());
            case ADMIN1 -> (inner.kind() == PlaceKind.CITY || inner.kind() == PlaceKind.ADMIN2)
                    && inner.within(outer.countryCode(), outer.admin1());
            case ADMIN2 -> inner.kind() == PlaceKind.CITY && inner.within(outer.countryCode(), outer.admin1())
                    && inner.admin2().equals(outer.admin2());
            default -> false;
        };
    }

    /** What the article's other mentions currently resolve to. */
    private static final class Context {
        private final List<PlaceMention> mentions;
        private final List<List<Gazetteer.Candidate>> cands;
        private final int[] choice;
        private final Map<String, Integer> countries = new HashMap<>();
        private final Map<String, Integer> divisions = new HashMap<>();
        private int total;

        Context(List<PlaceMention> mentions, List<List<Gazetteer.Candidate>> cands, int[] choice) {
            this.mentions = mentions;
            this.cands = cands;
            this.choice = choice;
            for (int i = 0; i < choice.length; i++) {
                if (choice[i] < 0) {
                    continue;
                }
                GeoPlace p = cands.get(i).get(choice[i]).place();
                if (p.countryCode().isEmpty()) {
                    continue;
                }
                total++;
                countries.merge(p.countryCode(), 1, Integer::sum);
                if (!p.admin1().isEmpty()) {
                    divisions.merge(p.countryCode() + "." + p.admin1(), 1, Integer::sum);
                }
            }
        }

        double bonus(int i, GeoPlace p) {
            if (p.countryCode().isEmpty()) {
                return 0;
            }
            String self = NameKey.of(mentions.get(i).text());
            // the mention's own vote is removed, and so are the votes of other mentions of the same name
            int sameName = 0;
            int sameNameSameCountry = 0;
            int sameNameSameDivision = 0;
            for (int j = 0; j < choice.length; j++) {
                if (choice[j] >= 0 && NameKey.of(mentions.get(j).text()).equals(self)) {
                    GeoPlace q = cands.get(j).get(choice[j]).place();
                    if (q.countryCode().isEmpty()) {
                        continue;
                    }
                    sameName++;
                    if (q.countryCode().equals(p.countryCode())) {
                        sameNameSameCountry++;
                        if (!p.admin1().isEmpty() && q.admin1().equals(p.admin1())) {
                            sameNameSameDivision++;
                        }
                    }
                }
            }
            int others = total - sameName;
            if (others <= 0) {
                return 0;
            }
            double c = (countries.getOrDefault(p.countryCode(), 0) - sameNameSameCountry) / (double) others;
            double s = 3.0 * c;
            if (!p.admin1().isEmpty() && p.kind() != PlaceKind.ADMIN1) {
                double d = (divisions.getOrDefault(p.countryCode() + "." + p.admin1(), 0) - sameNameSameDivision)
                        / (double) others;
                s += 2.5 * d;
            }
            if (p.kind() == PlaceKind.CITY || p.kind() == PlaceKind.ADMIN2) {
                double nearest = Double.MAX_VALUE;
                for (int j = 0; j < choice.length; j++) {
                    if (j == i || choice[j] < 0) {
                        continue;
                    }
                    GeoPlace q = cands.get(j).get(choice[j]).place();
                    if ((q.kind() == PlaceKind.CITY || q.kind() == PlaceKind.ADMIN2)
                            && !NameKey.of(mentions.get(j).text()).equals(self)) {
                        nearest = Math.min(nearest, p.kilometresTo(q));
                    }
                }
                if (nearest < 50) {
                    s += 2.0;
                } else if (nearest < 200) {
                    s += 1.0;
                }
            }
            return s;
        }
    }

    /** Lower-case form used in rules. */
    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }

    /** The best single resolution of a name without context, if the gazetteer knows it. */
    public Optional<GeoPlace> resolveAlone(String name) {
        List<Gazetteer.Candidate> c = candidates(name);
        int best = -1;
        for (int k = 0; k < c.size(); k++) {
            if (best < 0 || prior(c.get(k)) > prior(c.get(best))) {
                best = k;
            }
        }
        return best < 0 ? Optional.empty() : Optional.of(c.get(best).place());
    }
}
