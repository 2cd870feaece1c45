package org.dyad.coding;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.dyad.actors.PlaceCountries;
import org.dyad.geo.GeoPlace;
import org.dyad.geo.Geoparser;
import org.dyad.geo.NameSource;
import org.dyad.geo.PlaceKind;
import org.dyad.geo.Toponym;
import org.dyad.model.AnnotatedDocument;

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
        return countries(geoparser.parse(doc));
    }

    /** What {@link #find} gives for a document whose places this geoparser resolved as {@code toponyms}. */
    public List<Placed> countries(List<Toponym> toponyms) {
        List<Placed> out = new ArrayList<>();
        for (Toponym t : toponyms) {
            GeoPlace p = t.place();
            if (t.source() == NameSource.DEMONYM || t.mention().sentence() < 0 || p.countryCode().isEmpty()
                    || p.kind() == PlaceKind.CONTINENT || p.kind() == PlaceKind.REGION) {
                continue;
            }
            Optional<GeoPlace> country = geoparser.resolver().gazetteer().country(p.countryCode());
            country.ifPresent(c -> out.add(new Placed(t.mention().sentence(), t.mention().begin(), t.mention().end(),
                    t.mention().text(), c.name())));
        }
        return out;
    }
}
