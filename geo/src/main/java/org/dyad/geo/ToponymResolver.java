package org.dyad.geo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
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
 * article's other places are preferred. Every other name lends its best support, whatever it
 * resolves to itself, so that \"Paris\" next to \"Lamar County\" and \"Texas\" is Paris, Texas.
 *
 * <p>Immutable and thread-safe.
 */
public final class ToponymResolver {
    /** Candidates kept per name, by prior. */
    private static final int SHORTLIST = 40;
    /** A possessive ending and a leading article, which a name may be known without. */
    private static final Pattern POSSESSIVE_END = Pattern.compile("(?:'s|’s|'|’)$");
    private static final Pattern LEADING_THE = Pattern.compile("(?i)^the\\s+");
    /** What joins a place to the place that contains it: "Paris, Texas", "Paris (Texas)". */
    private static final Pattern CONTAINER_JOIN = Pattern.compile("\\s*,\\s*|\\s+\\(|\\s*\\(\\s*");
    /** Candidates of another name that may lend support. */
    private static final int SUPPORTERS = 10;
    private static final double MEAN_WEIGHT = 4.0;
    private static final double SUM_CAP = 3.0;
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

    /**
     * Words that GeoNames uses as the whole name of some division ("West" in Cameroon, "Central" in
     * Ghana) but that news uses as directions or for the West as a bloc: alone they name no place.
     */
    private static final java.util.Set<String> GENERIC = java.util.Set.of("west", "east", "north", "south",
            "western", "eastern", "northern", "southern", "central", "centre", "center", "capital", "coast",
            "islands", "upper", "lower", "middle", "northwest", "northeast", "southwest", "southeast", "interior",
            "border", "mountain", "valley", "lakes", "river", "city", "town", "county", "state", "province");

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
        return knownForm(name).map(gazetteer::lookup).orElse(List.of());
    }

    /** Whether a name has {@link #candidates}, found without making them. */
    public boolean hasCandidates(String name) {
        return knownForm(name).isPresent();
    }

    /**
     * The first form of a name the gazetteer knows: the name, else the name without a possessive and
     * an article, without a direction, without a division word; empty when none is known.
     */
    private Optional<String> knownForm(String name) {
        String n = name.strip();
        if (generic(n)) {
            return Optional.empty();
        }
        if (gazetteer.knows(n)) {
            return Optional.of(n);
        }
        String bare = LEADING_THE.matcher(POSSESSIVE_END.matcher(n).replaceFirst("")).replaceFirst("");
        if (!bare.equals(n) && !bare.isBlank() && gazetteer.knows(bare)) {
            return Optional.of(bare);
        }
        String undirected = DIRECTION.matcher(bare).replaceFirst("");
        if (!undirected.equals(bare) && !undirected.isBlank() && gazetteer.knows(undirected)) {
            return Optional.of(undirected);
        }
        String core = LEADING_DIVISION_WORD.matcher(DIVISION_WORD.matcher(undirected).replaceFirst(""))
                .replaceFirst("");
        if (!core.equals(undirected) && !core.isBlank() && gazetteer.knows(core)) {
            return Optional.of(core);
        }
        return Optional.empty();
    }

    /**
     * Resolves the mentions of one article, given in text order. Mentions no gazetteer place fits
     * are left out of the result. All mentions of one name in an article resolve to the same place,
     * unless "X, Y" places one of them inside a division.
     *
     * @param text the article text the mention spans refer to
     */
    public List<Toponym> resolve(String text, List<PlaceMention> mentions) {
        int n = mentions.size();
        List<List<Gazetteer.Candidate>> cands = new ArrayList<>(n);
        Map<String, Integer> nameIds = new LinkedHashMap<>();
        int[] nameOf = new int[n];
        List<List<Gazetteer.Candidate>> byName = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String key = NameKey.of(mentions.get(i).text());
            Integer id = nameIds.get(key);
            if (id == null) {
                id = nameIds.size();
                nameIds.put(key, id);
                byName.add(shortlist(candidates(mentions.get(i).text())));
            }
            nameOf[i] = id;
            cands.add(byName.get(id));
        }
        double[][] pair = containment(text, mentions, cands);
        double[][] context = support(byName);
        List<Toponym> out = new ArrayList<>();
        int[] bestOfName = new int[byName.size()];
        double[][] nameScore = new double[byName.size()][];
        for (int m = 0; m < byName.size(); m++) {
            List<Gazetteer.Candidate> c = byName.get(m);
            nameScore[m] = new double[c.size()];
            for (int k = 0; k < c.size(); k++) {
                nameScore[m][k] = prior(c.get(k)) + context[m][k];
            }
            bestOfName[m] = argmax(nameScore[m]);
        }
        for (int i = 0; i < n; i++) {
            int m = nameOf[i];
            List<Gazetteer.Candidate> c = cands.get(i);
            if (c.isEmpty()) {
                continue;
            }
            int k = bestOfName[m];
            String rule = pair[i][k] > 0 ? "place-in-division" : c.size() == 1 ? "unique-name" : "size-and-context";
            double best = nameScore[m][k] + pair[i][k];
            for (int x = 0; x < c.size(); x++) {
                if (pair[i][x] > 0 && nameScore[m][x] + pair[i][x] > best) {
                    best = nameScore[m][x] + pair[i][x];
                    k = x;
                    rule = "place-in-division";
                }
            }
            out.add(new Toponym(mentions.get(i), c.get(k).place(), c.get(k).source(), best, rule));
        }
        return out;
    }

    /** The most likely candidates of a name by prior, at most {@link #SHORTLIST}. */
    private static List<Gazetteer.Candidate> shortlist(List<Gazetteer.Candidate> all) {
        if (all.size() <= SHORTLIST) {
            return all;
        }
        List<Gazetteer.Candidate> sorted = new ArrayList<>(all);
        sorted.sort(Comparator.comparingDouble(ToponymResolver::prior).reversed());
        return List.copyOf(sorted.subList(0, SHORTLIST));
    }

    /**
     * How much the article's other names support each candidate: for every other name, the best
     * support any of its likelier candidates gives (containing it, lying near it, sharing its
     * division or country), averaged over the other names and also summed up to a cap.
     */
    private static double[][] support(List<List<Gazetteer.Candidate>> byName) {
        int names = byName.size();
        double[][] out = new double[names][];
        for (int m = 0; m < names; m++) {
            List<Gazetteer.Candidate> c = byName.get(m);
            out[m] = new double[c.size()];
            int others = 0;
            for (int o = 0; o < names; o++) {
                if (o != m && !byName.get(o).isEmpty()) {
                    others++;
                }
            }
            if (others == 0 || c.size() < 2) {
                continue;
            }
            for (int k = 0; k < c.size(); k++) {
                GeoPlace p = c.get(k).place();
                double sum = 0;
                for (int o = 0; o < names; o++) {
                    if (o == m) {
                        continue;
                    }
                    List<Gazetteer.Candidate> co = byName.get(o);
                    double best = 0;
                    for (int x = 0; x < co.size() && x < SUPPORTERS; x++) {
                        best = Math.max(best, proximity(p, co.get(x).place()));
                        if (best >= 1.0) {
                            break;
                        }
                    }
                    sum += best;
                }
                out[m][k] = MEAN_WEIGHT * sum / others + Math.min(sum, SUM_CAP);
            }
        }
        return out;
    }

    /** How strongly place {@code q}, named elsewhere in the article, suggests place {@code p}. */
    static double proximity(GeoPlace p, GeoPlace q) {
        if (p.id() == q.id() || p.countryCode().isEmpty() || q.countryCode().isEmpty()) {
            return 0;
        }
        if (contains(q, p)) {
            return 1.0;
        }
        if (contains(p, q)) {
            return 0.7;
        }
        boolean local = p.kind() == PlaceKind.CITY || p.kind() == PlaceKind.ADMIN2;
        boolean localQ = q.kind() == PlaceKind.CITY || q.kind() == PlaceKind.ADMIN2;
        if (local && localQ) {
            double d = p.kilometresTo(q);
            if (d < 30) {
                return 1.0;
            }
            if (d < 100) {
                return 0.8;
            }
            if (d < 250) {
                return 0.5;
            }
        }
        if (!p.admin1().isEmpty() && p.countryCode().equals(q.countryCode()) && p.admin1().equals(q.admin1())) {
            return 0.6;
        }
        return p.countryCode().equals(q.countryCode()) ? 0.25 : 0;
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
            case ADMIN1 -> size + 0.5;
            case ADMIN2 -> size;
            case CITY -> size + switch (p.featureCode()) {
                case "PPLC" -> 2.0;
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
            if (!CONTAINER_JOIN.matcher(between).matches()) {
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

    /** Whether a name is a bare direction or place word ("the West", "Central") that names no place alone. */
    static boolean generic(String name) {
        return genericKey(NameKey.of(name));
    }

    /** {@link #generic} of a name given by its lookup key ({@link NameKey#of}). */
    static boolean genericKey(String key) {
        return GENERIC.contains(key.startsWith("the ") ? key.substring(4) : key);
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
