package org.dyad.coding;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.dyad.actors.PlaceCountries;
import org.dyad.geo.GeoPlace;
import org.dyad.geo.Geoparser;
import org.dyad.geo.NameSource;
import org.dyad.geo.PlaceKind;
import org.dyad.geo.PlaceMention;
import org.dyad.geo.Toponym;
import org.dyad.model.AnnotatedDocument;
import org.dyad.model.Lexicon;

/**
 * The countries of a document's places, as the geoparser resolves them in context: the same
 * resolution that places events, so that "an attack on Dadaab" has the country its event is placed
 * in. Only places named by their own name (not by a demonym) inside one country count: a town, a
 * camp, a province or a country; continents and regions have none. Immutable and thread-safe.
 */
public final class GazetteerCountries implements PlaceCountries {
    private final Geoparser geoparser;

    public GazetteerCountries(Geoparser geoparser) {
        this.geoparser = Objects.requireNonNull(geoparser, "geoparser");
    }

    @Override
    public List<Placed> find(AnnotatedDocument doc) {
        return countries(doc, geoparser.parse(doc));
    }

    /** True when a place name is, or is followed by, a street word: "Nordland Avenue". */
    static boolean street(AnnotatedDocument doc, PlaceMention m) {
        String[] own = m.text().strip().toLowerCase(Locale.ROOT).split("\\s+");
        if (own.length > 1 && Lexicon.STREET_WORDS.contains(own[own.length - 1])) {
            return true;
        }
        // the word after the name, read in place: copying the rest of the text for every place made
        // long articles quadratic
        String text = doc.article().text();
        int i = Math.min(m.end(), text.length());
        if (i == text.length() || !Character.isWhitespace(text.charAt(i))) {
            return false;
        }
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        int end = i;
        while (end < text.length() && end - i <= MAX_STREET_WORD && !Character.isWhitespace(text.charAt(end))
                && ",.;:".indexOf(text.charAt(end)) < 0) {
            end++;
        }
        return Lexicon.STREET_WORDS.contains(text.substring(i, end).toLowerCase(Locale.ROOT));
    }

    /** Longer than any street word: reading further cannot make the next word one. */
    private static final int MAX_STREET_WORD = 12;

    /**
     * What {@link #find} gives for a document whose places this geoparser resolved as {@code toponyms};
     * streets are left out ({@link #street}).
     */
    public List<Placed> countries(AnnotatedDocument doc, List<Toponym> toponyms) {
        List<Placed> out = new ArrayList<>();
        for (Toponym t : toponyms) {
            GeoPlace p = t.place();
            if (t.source() == NameSource.DEMONYM || t.mention().sentence() < 0 || p.countryCode().isEmpty()
                    || p.kind() == PlaceKind.CONTINENT || p.kind() == PlaceKind.REGION || street(doc, t.mention())) {
                continue;
            }
            Optional<GeoPlace> country = geoparser.resolver().gazetteer().country(p.countryCode());
            country.ifPresent(c -> out.add(new Placed(t.mention().sentence(), t.mention().begin(), t.mention().end(),
                    t.mention().text(), c.name())));
        }
        return out;
    }
}
