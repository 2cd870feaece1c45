package org.dyad.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A filter over the merged events of a store, with paging. Every criterion is optional and they
 * combine with AND. Actor criteria match code prefixes ({@code RUS} matches {@code RUSGOV}); CAMEO
 * codes match by prefix too ({@code 03} matches {@code 036}), keeping leading zeros. Build it with
 * {@link #all()} and the {@code with...} methods; instances are immutable.
 *
 * @param actor an actor code prefix on either side
 * @param source a source actor code prefix
 * @param target a target actor code prefix
 * @param country a country (the first three letters of a code) on either side
 * @param sector a sector (the three letters after the country, e.g. {@code GOV}, {@code MIL}) on either side
 * @param cameo a CAMEO code prefix
 * @param quadClass GDELT QuadClass 1 to 4
 * @param plover a PLOVER event type, e.g. {@code CONSULT}
 * @param from first event date, inclusive
 * @param to last event date, inclusive
 * @param place words in the place name, or a two-letter country code of the place
 * @param text a full-text query over the sentences that support events (Lucene syntax)
 * @param limit the page size
 * @param offset how many matching events to skip
 */
public record EventQuery(Optional<String> actor, Optional<String> source, Optional<String> target,
        Optional<String> country, Optional<String> sector, Optional<String> cameo, OptionalInt quadClass,
        Optional<String> plover, Optional<LocalDate> from, Optional<LocalDate> to, Optional<String> place,
        Optional<String> text, int limit, long offset) {
    /** No limit. */
    public static final int UNLIMITED = Integer.MAX_VALUE;

    public EventQuery {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(sector, "sector");
        Objects.requireNonNull(cameo, "cameo");
        Objects.requireNonNull(quadClass, "quadClass");
        Objects.requireNonNull(plover, "plover");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(place, "place");
        Objects.requireNonNull(text, "text");
        actor = actor.map(s -> s.strip().toUpperCase(Locale.ROOT)).filter(s -> !s.isEmpty());
        source = source.map(s -> s.strip().toUpperCase(Locale.ROOT)).filter(s -> !s.isEmpty());
        target = target.map(s -> s.strip().toUpperCase(Locale.ROOT)).filter(s -> !s.isEmpty());
        country = country.map(s -> s.strip().toUpperCase(Locale.ROOT)).filter(s -> !s.isEmpty());
        sector = sector.map(s -> s.strip().toUpperCase(Locale.ROOT)).filter(s -> !s.isEmpty());
        cameo = cameo.map(String::strip).filter(s -> !s.isEmpty());
        if (cameo.isPresent() && !cameo.get().chars().allMatch(Character::isDigit)) {
            throw new IllegalArgumentException("CAMEO code '" + cameo.get() + "' must be digits, e.g. 036 or 19");
        }
        if (quadClass.isPresent() && (quadClass.getAsInt() < 1 || quadClass.getAsInt() > 4)) {
            throw new IllegalArgumentException("QuadClass was " + quadClass.getAsInt() + "; it is 1 to 4");
        }
        plover = plover.map(s -> s.strip().toUpperCase(Locale.ROOT)).filter(s -> !s.isEmpty());
        place = place.map(String::strip).filter(s -> !s.isEmpty());
        text = text.map(String::strip).filter(s -> !s.isEmpty());
        if (from.isPresent() && to.isPresent() && from.get().isAfter(to.get())) {
            throw new IllegalArgumentException("date range " + from.get() + " to " + to.get() + " is empty");
        }
        if (limit < 1) {
            throw new IllegalArgumentException("limit was " + limit + "; it must be >= 1");
        }
        if (offset < 0) {
            throw new IllegalArgumentException("offset was " + offset + "; it must be >= 0");
        }
    }

    /** Every event, unpaged. */
    public static EventQuery all() {
        return new EventQuery(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), OptionalInt.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), UNLIMITED, 0);
    }

    public EventQuery withActor(String v) {
        return new EventQuery(Optional.of(v), source, target, country, sector, cameo, quadClass, plover, from, to,
                place, text, limit, offset);
    }

    public EventQuery withSource(String v) {
        return new EventQuery(actor, Optional.of(v), target, country, sector, cameo, quadClass, plover, from, to,
                place, text, limit, offset);
    }

    public EventQuery withTarget(String v) {
        return new EventQuery(actor, source, Optional.of(v), country, sector, cameo, quadClass, plover, from, to,
                place, text, limit, offset);
    }

    public EventQuery withCountry(String v) {
        return new EventQuery(actor, source, target, Optional.of(v), sector, cameo, quadClass, plover, from, to,
                place, text, limit, offset);
    }

    public EventQuery withSector(String v) {
        return new EventQuery(actor, source, target, country, Optional.of(v), cameo, quadClass, plover, from, to,
                place, text, limit, offset);
    }

    public EventQuery withCameo(String v) {
        return new EventQuery(actor, source, target, country, sector, Optional.of(v), quadClass, plover, from, to,
                place, text, limit, offset);
    }

    public EventQuery withQuadClass(int v) {
        return new EventQuery(actor, source, target, country, sector, cameo, OptionalInt.of(v), plover, from, to,
                place, text, limit, offset);
    }

    public EventQuery withPlover(String v) {
        return new EventQuery(actor, source, target, country, sector, cameo, quadClass, Optional.of(v), from, to,
                place, text, limit, offset);
    }

    public EventQuery withDates(Optional<LocalDate> first, Optional<LocalDate> last) {
        return new EventQuery(actor, source, target, country, sector, cameo, quadClass, plover, first, last,
                place, text, limit, offset);
    }

    public EventQuery withPlace(String v) {
        return new EventQuery(actor, source, target, country, sector, cameo, quadClass, plover, from, to,
                Optional.of(v), text, limit, offset);
    }

    public EventQuery withText(String v) {
        return new EventQuery(actor, source, target, country, sector, cameo, quadClass, plover, from, to,
                place, Optional.of(v), limit, offset);
    }

    /** The page of {@code size} events after skipping {@code skip}. */
    public EventQuery page(int size, long skip) {
        return new EventQuery(actor, source, target, country, sector, cameo, quadClass, plover, from, to,
                place, text, size, skip);
    }

    /**
     * True when every criterion is one that the daily counts per dyad can answer: actors, dates and
     * QuadClass. CAMEO code, PLOVER type, place and text need the events themselves.
     */
    boolean servedByDailyCounts() {
        return cameo.isEmpty() && plover.isEmpty() && place.isEmpty() && text.isEmpty();
    }

    /** The criteria that only the events can answer, named as the options that set them. */
    List<String> eventOnlyCriteria() {
        List<String> out = new ArrayList<>();
        cameo.ifPresent(v -> out.add("cameo " + v));
        plover.ifPresent(v -> out.add("plover " + v));
        place.ifPresent(v -> out.add("place " + v));
        text.ifPresent(v -> out.add("text " + v));
        return out;
    }

    /**
     * The SQL condition over table {@code events} (alias {@code e}) and its parameters, text search
     * excluded. Without event-only criteria it reads only columns that {@code dyad_days} shares.
     */
    Sql where() {
        List<String> parts = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        actor.ifPresent(v -> {
            parts.add("(starts_with(e.source_code, ?) OR starts_with(e.target_code, ?))");
            params.add(v);
            params.add(v);
        });
        source.ifPresent(v -> {
            parts.add(v.length() == 3 ? "e.source_root = ?" : "starts_with(e.source_code, ?)");
            params.add(v);
        });
        target.ifPresent(v -> {
            parts.add(v.length() == 3 ? "e.target_root = ?" : "starts_with(e.target_code, ?)");
            params.add(v);
        });
        country.ifPresent(v -> {
            parts.add("(e.source_root = ? OR e.target_root = ?)");
            params.add(v);
            params.add(v);
        });
        sector.ifPresent(v -> {
            parts.add("(e.source_sector = ? OR e.target_sector = ?)");
            params.add(v);
            params.add(v);
        });
        cameo.ifPresent(v -> {
            if (v.length() == 2) {
                parts.add("e.cameo_root = ?");
            } else {
                parts.add("starts_with(e.cameo, ?)");
            }
            params.add(v);
        });
        quadClass.ifPresent(v -> {
            parts.add("e.quad_class = ?");
            params.add(v);
        });
        plover.ifPresent(v -> {
            parts.add("e.plover_type = ?");
            params.add(v);
        });
        from.ifPresent(v -> {
            parts.add("e.event_date >= ?");
            params.add(v);
        });
        to.ifPresent(v -> {
            parts.add("e.event_date <= ?");
            params.add(v);
        });
        place.ifPresent(v -> {
            if (v.length() == 2 && v.chars().allMatch(Character::isLetter)) {
                parts.add("(e.place_country = ? OR e.place_name ILIKE ?)");
                params.add(v.toUpperCase(Locale.ROOT));
            } else {
                parts.add("e.place_name ILIKE ?");
            }
            params.add("%" + v + "%");
        });
        return new Sql(parts.isEmpty() ? "TRUE" : String.join(" AND ", parts), params);
    }

    /** A SQL fragment with its positional parameters. */
    record Sql(String text, List<Object> params) {
        Sql {
            params = List.copyOf(params);
        }
    }
}
