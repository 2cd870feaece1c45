package org.dyad.geo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.dyad.model.AnnotatedDocument;
import org.dyad.model.EntityMention;
import org.dyad.model.Layer;
import org.dyad.model.Sentence;
import org.dyad.model.Token;

/**
 * Finds the places an annotated article names and resolves them with a {@link ToponymResolver}.
 *
 * <p>Mentions come from three sources: location entities of the NLP stage; within other entities
 * (an organisation such as "Rapides Parish Fire District", a miscellaneous entity such as
 * "American"), the longest word sequence the gazetteer knows as a country, division, county,
 * region, demonym or large city; and outside entities, news abbreviations ("W.Va.", "U.S.") and
 * capitalised names of countries, divisions and regions the NLP stage missed. Mentions are
 * resolved together, so that each informs the others.
 *
 * <p>Immutable and thread-safe.
 */
public final class Geoparser {
    private static final int MAX_WORDS = 5;
    private static final long LARGE_CITY = 100_000;
    private static final Set<String> SKIPPED_WORDS = Set.of("the", "of", "and", "in", "for", "at", "on", "to", "a");

    private final ToponymResolver resolver;

    public Geoparser(ToponymResolver resolver) {
        this.resolver = Objects.requireNonNull(resolver, "resolver");
    }

    /** A geoparser over the gazetteer shipped with Dyad (loads it: call once per process). */
    public static Geoparser standard() {
        return new Geoparser(new ToponymResolver(Gazetteer.standard()));
    }

    /** The resolver this geoparser uses. */
    public ToponymResolver resolver() {
        return resolver;
    }

    /** The resolved place mentions of a document, in text order. */
    public List<Toponym> parse(AnnotatedDocument doc) {
        return resolver.resolve(doc.article().text(), mentions(doc));
    }

    /** The place mentions of a document, in text order, before resolution. */
    public List<PlaceMention> mentions(AnnotatedDocument doc) {
        doc.require(Layer.TOKENS, Layer.ENTITIES);
        List<PlaceMention> out = new ArrayList<>();
        // a name recurs in an article: each lookup key is searched once per document (Gazetteer.probe)
        Map<String, Integer> looked = new HashMap<>();
        // and whether a location entity's text is known, by the text
        Map<String, Boolean> known = new HashMap<>();
        boolean[][] inEntity = new boolean[doc.sentences().size()][];
        for (Sentence s : doc.sentences()) {
            inEntity[s.index()] = new boolean[s.size()];
        }
        for (EntityMention e : doc.entities()) {
            Sentence s = doc.sentences().get(e.sentence());
            for (int t = e.tokenBegin(); t < e.tokenEnd(); t++) {
                inEntity[e.sentence()][t] = true;
            }
            switch (e.type()) {
                case "LOCATION", "COUNTRY", "STATE_OR_PROVINCE", "CITY" -> location(doc, s, e, out, looked, known);
                case "ORGANIZATION", "MISC", "NATIONALITY" -> within(doc, s, e.tokenBegin(),
                        e.tokenEnd(), e.type(), out, looked);
                default -> {
                }
            }
        }
        for (Sentence s : doc.sentences()) {
            dateline(doc, s, looked).ifPresent(out::add);
            int t = 0;
            while (t < s.size()) {
                if (inEntity[s.index()][t]) {
                    t++;
                    continue;
                }
                int u = t;
                while (u < s.size() && !inEntity[s.index()][u]) {
                    u++;
                }
                within(doc, s, t, u, "O", out, looked);
                t = u;
            }
        }
        out.sort(Comparator.comparingInt(PlaceMention::begin));
        List<PlaceMention> unique = new ArrayList<>(out.size());
        for (PlaceMention m : out) {
            if (unique.isEmpty() || m.begin() >= unique.get(unique.size() - 1).end()) {
                unique.add(m);
            }
        }
        return unique;
    }

    private void location(AnnotatedDocument doc, Sentence s, EntityMention e, List<PlaceMention> out,
            Map<String, Integer> looked, Map<String, Boolean> known) {
        int b = e.tokenBegin();
        while (b < e.tokenEnd() - 1 && SKIPPED_WORDS.contains(s.token(b).word().toLowerCase(java.util.Locale.ROOT))) {
            b++;
        }
        String text = span(doc, s, b, e.tokenEnd());
        if (known.computeIfAbsent(text, resolver::hasCandidates)) {
            out.add(new PlaceMention(s.index(), s.token(b).begin(), s.token(e.tokenEnd() - 1).end(), text));
            return;
        }
        // an entity the gazetteer does not know as a whole may hold names it knows ("Baghdad's Sadr City")
        within(doc, s, b, e.tokenEnd(), "LOCATION", out, looked);
    }

    /** Marks that end a dateline's place: "CROMWELL — Police said", "KABUL (Reuters) -". */
    private static final Set<String> DATELINE_MARKS = Set.of("\u2014", "\u2013", "-", "--", "-LRB-", "(");

    /**
     * The place of a dateline opening a sentence: one to three words in capitals before a dash or a
     * bracket, a town of any size the gazetteer knows ("CROMWELL — Police thought ..."). Writers put
     * the town a story was filed from there whether or not the name model tags it.
     */
    private Optional<PlaceMention> dateline(AnnotatedDocument doc, Sentence s, Map<String, Integer> looked) {
        int e = 0;
        while (e < Math.min(3, s.size()) && capitals(s.token(e).word())) {
            e++;
        }
        if (e == 0 || e >= s.size() || !DATELINE_MARKS.contains(s.token(e).word())) {
            return Optional.empty();
        }
        String text = span(doc, s, 0, e);
        String key = NameKey.of(text);
        if (text.codePoints().filter(Character::isLetter).count() < 3 || ToponymResolver.genericKey(key)) {
            return Optional.empty();
        }
        int k = looked.computeIfAbsent(key, resolver.gazetteer()::probe);
        if (k < 0) {
            return Optional.empty();
        }
        GazetteerImage image = resolver.gazetteer().image();
        for (int i = image.postingsFrom(k); i < image.postingsTo(k); i++) {
            NameSource source = image.postingSource(i);
            if (source == NameSource.NAME || source == NameSource.ALTERNATE) {
                return Optional.of(new PlaceMention(s.index(), s.token(0).begin(), s.token(e - 1).end(), text));
            }
        }
        return Optional.empty();
    }

    /** A word all in capital letters ("CROMWELL", "NEW", "O'HARE"). */
    private static boolean capitals(String word) {
        return word.codePoints().anyMatch(Character::isLetter)
                && word.codePoints().allMatch(c -> Character.isUpperCase(c) || c == '.' || c == '\'' || c == '\u2019');
    }

    /** The longest known place names among tokens [from, to), left to right. */
    private void within(AnnotatedDocument doc, Sentence s, int from, int to, String type, List<PlaceMention> out,
            Map<String, Integer> looked) {
        String[] keys = new String[MAX_WORDS + 1];
        int t = from;
        while (t < to) {
            int found = -1;
            if (Character.isUpperCase(s.token(t).word().charAt(0))) {
                for (int u = longestCandidate(doc, s, t, Math.min(to, t + MAX_WORDS), keys, looked); u > t; u--) {
                    if (acceptable(doc, s, t, u, keys[u - t], type, looked)) {
                        found = u;
                        break;
                    }
                }
            }
            if (found > 0) {
                out.add(new PlaceMention(s.index(), s.token(t).begin(), s.token(found - 1).end(), span(doc, s, t, found)));
                t = found;
            } else {
                t++;
            }
        }
    }

    /**
     * The end of the longest span from token {@code t} up to {@code limit} that the gazetteer may know,
     * with the lookup key of each span {@code [t, u)} put in {@code keys[u - t]}. The key of a longer
     * span starting at {@code t} extends the key of a shorter one, except where the shorter one is empty
     * or an abbreviation that {@link NameKey} spells out only before another word ("St"); so once no
     * gazetteer key starts with a span's key, no longer span can be a known name.
     */
    private int longestCandidate(AnnotatedDocument doc, Sentence s, int t, int limit, String[] keys,
            Map<String, Integer> looked) {
        for (int u = t + 1; u <= limit; u++) {
            String key = NameKey.of(span(doc, s, t, u));
            keys[u - t] = key;
            if (NameKey.startsLongerKeys(key)
                    && looked.computeIfAbsent(key, resolver.gazetteer()::probe) == GazetteerImage.ABSENT) {
                return u - 1;
            }
        }
        return limit;
    }

    /** Whether tokens [b, e), whose lookup key is {@code key}, name a place of a kind an entity of {@code type} may hold. */
    private boolean acceptable(AnnotatedDocument doc, Sentence s, int b, int e, String key, String type, Map<String, Integer> looked) {
        Token first = s.token(b);
        Token last = s.token(e - 1);
        if (!Character.isUpperCase(first.word().charAt(0)) || !Character.isLetterOrDigit(last.word().charAt(0))
                && !last.word().endsWith(".")) {
            return false;
        }
        if (ToponymResolver.genericKey(key)) {
            return false;
        }
        int k = looked.computeIfAbsent(key, resolver.gazetteer()::probe);
        if (k < 0) {
            return false;
        }
        boolean outside = type.equals("O");
        // the postings are read in place: most spans are rejected, and a place is made only for a lookup
        GazetteerImage image = resolver.gazetteer().image();
        for (int i = image.postingsFrom(k); i < image.postingsTo(k); i++) {
            int id = image.postingPlace(i);
            NameSource source = image.postingSource(i);
            if (source == NameSource.ABBREVIATION) {
                // "Ga." or "U.S." on its own; a bare two-letter word such as "US" only when written in capitals
                String text = span(doc, s, b, e);
                if (text.length() > 2 || text.equals(text.toUpperCase(java.util.Locale.ROOT))) {
                    return true;
                }
                continue;
            }
            if (source == NameSource.DEMONYM) {
                if (!outside || first.pos().startsWith("JJ") || first.pos().startsWith("NNP")) {
                    return true;
                }
                continue;
            }
            switch (image.kind(id)) {
                case COUNTRY, ADMIN1, CONTINENT, REGION -> {
                    if (source == NameSource.NAME || source == NameSource.ALTERNATE) {
                        if (!outside || first.pos().startsWith("NNP")) {
                            return true;
                        }
                    }
                }
                case ADMIN2 -> {
                    return true;
                }
                case CITY -> {
                    if (!outside && image.population(id) >= LARGE_CITY && source == NameSource.NAME) {
                        return true;
                    }
                }
                default -> {
                }
            }
        }
        return false;
    }

    private static String span(AnnotatedDocument doc, Sentence s, int b, int e) {
        return doc.text(s.token(b).begin(), s.token(e - 1).end());
    }
}
