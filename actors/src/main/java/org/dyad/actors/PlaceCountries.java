package org.dyad.actors;

import java.util.List;
import java.util.Objects;
import org.dyad.model.AnnotatedDocument;

/**
 * Where the places a document names lie: a gazetteer's answer, for the places no actor dictionary
 * knows. A town, camp or province that is the subject or object of an event stands for its country
 * ("an attack on Dadaab" is an attack on Kenya), as a capital stands for its government; the
 * resolver uses this to give such a place its country's code (rule {@code gazetteer-place}).
 * Implementations must be thread-safe and must not keep state between documents.
 */
@FunctionalInterface
public interface PlaceCountries {
    /** No gazetteer: every place the dictionaries lack stays unresolved. */
    PlaceCountries NONE = doc -> List.of();

    /**
     * A place the gazetteer resolved: characters {@code [begin, end)} of the article, in sentence
     * {@code sentence}, named {@code text}, lie in the country named {@code country} (the gazetteer's
     * name of the country, which the actor dictionary then resolves).
     */
    record Placed(int sentence, int begin, int end, String text, String country) {
        public Placed {
            if (sentence < 0 || begin < 0 || end <= begin) {
                throw new IllegalArgumentException("placed name '" + text + "' has an invalid span: sentence "
                        + sentence + " [" + begin + ", " + end + ")");
            }
            Objects.requireNonNull(text, "text");
            if (country == null || country.isBlank()) {
                throw new IllegalArgumentException("placed name '" + text + "' has no country");
            }
        }
    }

    /** The places of the document the gazetteer resolved, with their countries, in text order. */
    List<Placed> find(AnnotatedDocument doc);
}
