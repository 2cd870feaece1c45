package org.dyad.server;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.dyad.ontology.PloverType;
import org.dyad.store.EventFilter;
import org.dyad.store.EventQuery;

/**
 * The event filters every event path takes, named as {@code dyad query}'s options ({@code actor},
 * {@code source}, {@code target}, {@code country}, {@code sector}, {@code cameo}, {@code quad},
 * {@code plover}, {@code from}, {@code to}, {@code place}, {@code text}) plus a confidence range
 * ({@code minConfidence}, {@code maxConfidence}). Codes are checked against their forms before any
 * query runs; free text (place words, the text search) only ever reaches the store as a parameter.
 */
final class Filters {
    static final Set<String> NAMES = Set.of("actor", "source", "target", "country", "sector", "cameo", "quad", "plover",
            "from", "to", "place", "text", "minConfidence", "maxConfidence");

    private static final Pattern ACTOR = Pattern.compile("[A-Za-z0-9-]{1,30}");
    private static final Pattern THREE_LETTERS = Pattern.compile("[A-Za-z]{3}");
    private static final Pattern CAMEO = Pattern.compile("[0-9]{2,4}");
    private static final Pattern PLOVER = Pattern.compile("[A-Za-z_]{2,30}");
    private static final Pattern PLACE = Pattern.compile("[\\p{L}\\p{M}0-9 .,'()-]{1,100}");

    private Filters() {
    }

    /** The filter a request's parameters give. */
    static EventFilter parse(Params p) {
        EventQuery q = EventQuery.all();
        Optional<String> v;
        if ((v = p.matching("actor", ACTOR, "an actor code or its beginning, e.g. RUS or RUSGOV")).isPresent()) {
            q = q.withActor(v.get());
        }
        if ((v = p.matching("source", ACTOR, "an actor code or its beginning, e.g. RUS")).isPresent()) {
            q = q.withSource(v.get());
        }
        if ((v = p.matching("target", ACTOR, "an actor code or its beginning, e.g. UKR")).isPresent()) {
            q = q.withTarget(v.get());
        }
        if ((v = p.matching("country", THREE_LETTERS, "three letters, e.g. UKR")).isPresent()) {
            q = q.withCountry(v.get());
        }
        if ((v = p.matching("sector", THREE_LETTERS, "three letters, e.g. GOV or MIL")).isPresent()) {
            q = q.withSector(v.get());
        }
        if ((v = p.matching("cameo", CAMEO, "a CAMEO root or code of 2 to 4 digits, e.g. 19 or 036")).isPresent()) {
            q = q.withCameo(v.get());
        }
        var quad = p.integer("quad", 1, 4);
        if (quad.isPresent()) {
            q = q.withQuadClass(quad.getAsInt());
        }
        if ((v = p.matching("plover", PLOVER, "a PLOVER event type, e.g. CONSULT")).isPresent()) {
            String type = v.get().toUpperCase(Locale.ROOT);
            if (PloverType.of(type).isEmpty()) {
                throw Params.bad("parameter 'plover' was '" + v.get() + "'; it must be one of the PLOVER event types "
                        + java.util.Arrays.toString(PloverType.values()));
            }
            q = q.withPlover(type);
        }
        var from = p.date("from");
        var to = p.date("to");
        if (from.isPresent() && to.isPresent() && from.get().isAfter(to.get())) {
            throw Params.bad("the dates from " + from.get() + " to " + to.get() + " are an empty range");
        }
        q = q.withDates(from, to);
        if ((v = p.matching("place", PLACE, "words of a place name or a two-letter country code")).isPresent()) {
            q = q.withPlace(v.get());
        }
        if ((v = p.text("text")).isPresent()) {
            q = q.withText(v.get());
        }
        var min = p.decimal("minConfidence", 0, 1);
        var max = p.decimal("maxConfidence", 0, 1);
        if (min.isPresent() && max.isPresent() && min.getAsDouble() > max.getAsDouble()) {
            throw Params.bad("the confidence range " + min.getAsDouble() + " to " + max.getAsDouble() + " is empty");
        }
        return EventFilter.of(q).withConfidence(min, max);
    }
}
