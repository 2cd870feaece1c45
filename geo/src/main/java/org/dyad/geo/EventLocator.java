package org.dyad.geo;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.dyad.model.AnnotatedDocument;
import org.dyad.model.CorefChain;
import org.dyad.model.Event;
import org.dyad.model.Layer;
import org.dyad.model.Mention;
import org.dyad.model.Place;
import org.dyad.model.Sentence;
import org.dyad.model.SentenceGraph;
import org.dyad.model.Trigger;

/**
 * Gives coded events their location: a post-coding stage over the places the {@link Geoparser}
 * finds in the article.
 *
 * <p>An event is placed, in this order of preference:
 * <ol>
 *   <li>at a place attached to its trigger: a place whose way up the dependency tree reaches the
 *       trigger without crossing another verb, through a locative phrase ("clashes <i>in Anbar</i>",
 *       "deployment <i>near Russian territory</i>"). A place named as the other side of a border
 *       ("build-up <i>on its border with Ukraine</i>") gives the border region between the owner of
 *       the border and that place;</li>
 *   <li>failing that, at the best place of its sentence: one in a locative phrase first, then the
 *       most specific (a city before a division before a country), then the nearest to the trigger.
 *       Demonyms ("Russian" in "Russian President") describe actors, not where things happen, and
 *       are not used here;</li>
 *   <li>else nowhere.</li>
 * </ol>
 *
 * <p>Immutable and thread-safe.
 */
public final class EventLocator {
    private static final Set<String> LOCATIVE = Set.of("in", "at", "near", "across", "along", "inside", "outside",
            "into", "throughout", "within", "around", "off", "beyond", "through", "between", "nearby", "onto");
    /** "On" places only with nouns of place: "on its border", "on Russian soil", not "talks on Ukraine". */
    private static final Set<String> SURFACE = Set.of("on", "upon");
    private static final Set<String> PLACE_NOUNS = Set.of("territory", "soil", "border", "borders", "frontier",
            "airspace", "waters", "region", "capital", "city", "coast", "side", "land", "province", "town", "village");
    private static final Set<String> BORDERS = Set.of("border", "borders", "frontier", "boundary");
    private static final int MAX_STEPS = 5;

    private final Geoparser geoparser;

    public EventLocator(Geoparser geoparser) {
        this.geoparser = Objects.requireNonNull(geoparser, "geoparser");
    }

    /** A locator over the gazetteer shipped with Dyad (loads it: call once per process). */
    public static EventLocator standard() {
        return new EventLocator(Geoparser.standard());
    }

    /** The geoparser this locator reads places with. */
    public Geoparser geoparser() {
        return geoparser;
    }

    /** The events, each with its location when one is found; events keep their order. */
    public List<Event> locate(AnnotatedDocument doc, List<Event> events) {
        if (events.isEmpty()) {
            return events;
        }
        doc.require(Layer.TOKENS, Layer.ENTITIES, Layer.DEPENDENCIES);
        return locate(doc, events, geoparser.parse(doc));
    }

    /**
     * The events, each with its location when one is found, given the document's places as this
     * locator's geoparser resolves them ({@code geoparser().parse(doc)}), for a caller that needs them
     * too and parses once.
     */
    public List<Event> locate(AnnotatedDocument doc, List<Event> events, List<Toponym> toponyms) {
        if (events.isEmpty()) {
            return events;
        }
        doc.require(Layer.TOKENS, Layer.ENTITIES, Layer.DEPENDENCIES);
        List<Event> out = new ArrayList<>(events.size());
        for (Event e : events) {
            out.add(e.withLocation(place(doc, toponyms, e)));
        }
        return out;
    }

    /** The location of one event, or empty. */
    public Optional<Place> place(AnnotatedDocument doc, List<Toponym> toponyms, Event e) {
        Trigger trigger = e.trigger();
        if (trigger.sentence() >= doc.sentences().size()) {
            return Optional.empty();
        }
        Sentence s = doc.sentences().get(trigger.sentence());
        if (!s.parsed() || trigger.token() >= s.size()) {
            return Optional.empty();
        }
        SentenceGraph g = SentenceGraph.of(s);
        List<Toponym> here = toponyms.stream().filter(t -> t.mention().sentence() == s.index()).toList();
        for (Toponym t : here) {
            int head = headToken(s, g, t.mention());
            if (head < 0) {
                continue;
            }
            Optional<Place> attached = attached(doc, s, g, t, head, trigger.token(), e);
            if (attached.isPresent()) {
                return attached;
            }
        }
        Toponym best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (Toponym t : here) {
            if (t.source() == NameSource.DEMONYM) {
                continue;
            }
            int head = headToken(s, g, t.mention());
            double score = specificity(t.place()) + (head >= 0 && locative(s, g, head) ? 2 : 0)
                    - Math.abs((head < 0 ? 0 : head) - trigger.token()) / 1000.0;
            if (score > bestScore) {
                bestScore = score;
                best = t;
            }
        }
        return best == null ? Optional.empty() : Optional.of(render(best));
    }

    private Optional<Place> attached(AnnotatedDocument doc, Sentence s, SentenceGraph g, Toponym t, int head,
            int trigger, Event e) {
        int k = head;
        boolean located = locative(s, g, k);
        boolean demonymOnly = t.source() == NameSource.DEMONYM;
        int border = -1;
        for (int steps = 0; steps < MAX_STEPS; steps++) {
            int h = g.head(k);
            if (h < 0) {
                return Optional.empty();
            }
            String rel = g.baseRelation(k);
            String hl = s.token(h).lemma().toLowerCase(Locale.ROOT);
            if (BORDERS.contains(hl) && rel.equals("nmod") && hasCase(s, g, k, "with")) {
                border = h;
            }
            if (demonymOnly && !(rel.equals("amod") && PLACE_NOUNS.contains(hl)) && steps == 0) {
                // "Russian troops" describes who, not where; "Russian territory" is a place
                return Optional.empty();
            }
            if (h == trigger) {
                if (!located && !(rel.equals("obl") || rel.equals("nmod") || rel.equals("advmod"))) {
                    return Optional.empty();
                }
                if (border >= 0) {
                    return borderRegion(doc, s, g, border, t, e);
                }
                return located ? Optional.of(render(t)) : Optional.empty();
            }
            if (s.token(h).isVerb()) {
                return Optional.empty();
            }
            k = h;
            located = located || locative(s, g, k);
        }
        return Optional.empty();
    }

    /** The border region between the owner of a border ("its", "Russia's") and the place beyond it. */
    private Optional<Place> borderRegion(AnnotatedDocument doc, Sentence s, SentenceGraph g, int border, Toponym other,
            Event e) {
        Gazetteer gaz = geoparser.resolver().gazetteer();
        Optional<GeoPlace> beyond = gaz.country(other.place().countryCode());
        Optional<GeoPlace> owner = Optional.empty();
        for (int c : g.children(border, "nmod:poss")) {
            owner = ownerCountry(doc, s, c);
            if (owner.isPresent()) {
                break;
            }
        }
        if (owner.isEmpty()) {
            owner = countryOf(e.source().text());
        }
        if (owner.isEmpty() || beyond.isEmpty() || owner.get().countryCode().equals(beyond.get().countryCode())) {
            return Optional.of(render(other));
        }
        GeoPlace a = gaz.capital(owner.get().countryCode()).orElse(owner.get());
        GeoPlace b = gaz.capital(beyond.get().countryCode()).orElse(beyond.get());
        int begin = Math.min(s.token(border).begin(), other.mention().begin());
        int end = Math.max(s.token(border).end(), other.mention().end());
        return Optional.of(new Place("region", owner.get().name() + "–" + beyond.get().name() + " border",
                owner.get().countryCode(), "", (a.latitude() + b.latitude()) / 2, (a.longitude() + b.longitude()) / 2,
                0, doc.text(begin, end), begin, end));
    }

    private Optional<GeoPlace> ownerCountry(AnnotatedDocument doc, Sentence s, int token) {
        Optional<GeoPlace> named = countryOf(s.token(token).word());
        if (named.isPresent()) {
            return named;
        }
        for (CorefChain chain : doc.coreference()) {
            boolean here = chain.mentions().stream().anyMatch(m -> m.sentence() == s.index()
                    && m.tokenBegin() <= token && token < m.tokenEnd());
            if (!here) {
                continue;
            }
            for (Mention m : chain.mentions()) {
                Optional<GeoPlace> c = countryOf(m.text());
                if (c.isPresent()) {
                    return c;
                }
            }
        }
        return Optional.empty();
    }

    private Optional<GeoPlace> countryOf(String text) {
        Gazetteer gaz = geoparser.resolver().gazetteer();
        for (String word : text.split("\\s+")) {
            Optional<GeoPlace> p = geoparser.resolver().resolveAlone(word);
            if (p.isPresent() && !p.get().countryCode().isEmpty()
                    && (p.get().kind() == PlaceKind.COUNTRY || p.get().featureCode().equals("PPLC"))) {
                return gaz.country(p.get().countryCode());
            }
        }
        return Optional.empty();
    }

    private static boolean locative(Sentence s, SentenceGraph g, int k) {
        for (int c : g.children(k, "case")) {
            String w = s.token(c).word().toLowerCase(Locale.ROOT);
            if (LOCATIVE.contains(w)
                    || SURFACE.contains(w) && PLACE_NOUNS.contains(s.token(k).lemma().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasCase(Sentence s, SentenceGraph g, int k, String word) {
        for (int c : g.children(k, "case")) {
            if (s.token(c).word().equalsIgnoreCase(word)) {
                return true;
            }
        }
        return false;
    }

    /** The token of a mention whose head lies outside it, or -1 when the mention matches no tokens. */
    static int headToken(Sentence s, SentenceGraph g, PlaceMention m) {
        int first = -1;
        int last = -1;
        // the tokens are in text order: find the first at or after the mention, not scan them all
        int lo = 0;
        int hi = s.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (s.token(mid).begin() < m.begin()) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        for (int i = lo; i < s.size() && s.token(i).begin() <= m.end(); i++) {
            if (s.token(i).begin() >= m.begin() && s.token(i).end() <= m.end()) {
                if (first < 0) {
                    first = i;
                }
                last = i;
            }
        }
        if (first < 0) {
            return -1;
        }
        for (int i = last; i >= first; i--) {
            int h = g.head(i);
            if (h < first || h > last) {
                return i;
            }
        }
        return last;
    }

    private static double specificity(GeoPlace p) {
        return switch (p.kind()) {
            case CITY -> 1.0;
            case ADMIN2 -> 0.9;
            case ADMIN1 -> 0.8;
            case COUNTRY -> 0.5;
            case REGION -> 0.3;
            case CONTINENT -> 0.2;
        };
    }

    private Place render(Toponym t) {
        return geoparser.resolver().gazetteer().toPlace(t.place(), t.mention().text(), t.mention().begin(),
                t.mention().end());
    }
}
