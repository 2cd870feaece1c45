package org.dyad.actors;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dyad.model.TextDigest;

/**
 * Actors and agents in Dyad's own dictionary format, documented in {@code docs/dictionaries.md}:
 *
 * <pre>
 * # a comment
 * actor RUS
 *   name Russia | Russian Federation
 *   adjective Russian
 *   code RUS
 * actor VLADIMIR_PUTIN
 *   kind person
 *   name Vladimir Putin | Putin
 *   code RUSGOV from 1999-08-09
 *   source public record: Prime Minister from 1999-08-09, ...
 * agent MIL troops | soldiers | army
 * agent NGO~ MSF
 * </pre>
 *
 * Immutable once built; {@link #parse} reports the file and line of any error.
 */
public final class ActorDictionary {
    private final List<ActorEntry> actors;
    private final List<Agent> agents;

    public ActorDictionary(List<ActorEntry> actors, List<Agent> agents) {
        this.actors = List.copyOf(actors);
        this.agents = List.copyOf(agents);
    }

    /**
     * The layers of the dictionary shipped with Dyad, in load order: a later layer overrides an
     * earlier one for the same phrase (see {@code docs/dictionaries.md}).
     */
    public static final List<String> STANDARD_LAYERS = List.of("phoenix.actors.dyad", "phoenix.agents.dyad",
            "countryinfo.actors.dyad", "world-countries.actors.dyad", "countries.actors.dyad", "core.actors.dyad",
            "officeholders.actors.dyad");

    /**
     * A digest of the dictionary's content: every actor entry (names, roles with their dates,
     * adjectives, class nouns) and every agent, in order. Dictionaries with the same digest resolve
     * every text alike.
     */
    public String digest() {
        TextDigest md = new TextDigest();
        for (ActorEntry e : actors) {
            md.add(e + "\n");
        }
        for (Agent a : agents) {
            md.add(a + "\n");
        }
        return md.hex();
    }

    /** The dictionary shipped with Dyad: {@link #STANDARD_LAYERS} merged in order. Loaded once, on first use. */
    public static ActorDictionary standard() {
        return Holder.STANDARD;
    }

    private static final class Holder {
        static final ActorDictionary STANDARD = layers(STANDARD_LAYERS);
    }

    private static ActorDictionary layers(List<String> resources) {
        List<ActorEntry> actors = new ArrayList<>();
        List<Agent> agents = new ArrayList<>();
        for (String r : resources) {
            ActorDictionary d = load(r);
            actors.addAll(d.actors);
            agents.addAll(d.agents);
        }
        return new ActorDictionary(actors, agents);
    }

    /** One layer of the shipped dictionary, by resource name. */
    public static ActorDictionary layer(String resource) {
        return load(resource);
    }

    private static ActorDictionary load(String resource) {
        try (InputStream in = ActorDictionary.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("resource " + resource + " missing from the actors jar");
            }
            return parse(new InputStreamReader(in, StandardCharsets.UTF_8), resource);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + resource, e);
        }
    }

    /** All actors. */
    public List<ActorEntry> actors() {
        return actors;
    }

    /** All agents. */
    public List<Agent> agents() {
        return agents;
    }

    /** This dictionary with another's entries added after its own. */
    public ActorDictionary merge(ActorDictionary other) {
        List<ActorEntry> a = new ArrayList<>(actors);
        a.addAll(other.actors);
        List<Agent> g = new ArrayList<>(agents);
        g.addAll(other.agents);
        return new ActorDictionary(a, g);
    }

    /**
     * Parses Dyad's actor format.
     *
     * @throws IllegalArgumentException naming {@code sourceName}, the line and the problem
     */
    public static ActorDictionary parse(Reader reader, String sourceName) throws IOException {
        BufferedReader r = new BufferedReader(reader);
        List<ActorEntry> actors = new ArrayList<>();
        List<Agent> agents = new ArrayList<>();
        Builder current = null;
        int number = 0;
        for (String line; (line = r.readLine()) != null;) {
            number++;
            String body = stripComment(line);
            if (body.isBlank()) {
                continue;
            }
            String where = sourceName + ":" + number;
            boolean indented = Character.isWhitespace(body.charAt(0));
            String[] kv = splitFirst(body.strip());
            String key = kv[0];
            String value = kv[1];
            try {
                if (!indented) {
                    if (current != null) {
                        actors.add(current.build());
                        current = null;
                    }
                    switch (key) {
                        case "actor" -> current = new Builder(require(value, "actor id"), where);
                        case "agent" -> {
                            String[] cv = splitFirst(value);
                            if (cv[1].isEmpty()) {
                                throw new IllegalArgumentException("agent needs a code and phrases: agent MIL troops | army");
                            }
                            boolean prefix = cv[0].endsWith("~") && !cv[0].startsWith("~");
                            agents.add(new Agent(cv[0].replace("~", ""), phrases(cv[1]), prefix, where));
                        }
                        default -> throw new IllegalArgumentException("unknown entry '" + key + "'; expected actor or agent");
                    }
                } else {
                    if (current == null) {
                        throw new IllegalArgumentException("indented '" + key + "' line outside an actor block");
                    }
                    switch (key) {
                        case "name" -> current.names.addAll(phrases(value));
                        case "adjective" -> current.adjectives.addAll(phrases(value));
                        case "class" -> current.classes.addAll(phrases(value));
                        case "code" -> current.roles.add(role(value));
                        case "source" -> current.source = value;
                        case "kind" -> current.kind = ActorKind.parse(value);
                        default -> throw new IllegalArgumentException("unknown field '" + key
                                + "'; expected name, adjective, class, kind, code or source");
                    }
                }
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
            }
        }
        if (current != null) {
            try {
                actors.add(current.build());
            } catch (IllegalArgumentException e) {
                // the last entry ends with the file: name the line it began on
                throw new IllegalArgumentException(current.where + ": " + e.getMessage(), e);
            }
        }
        return new ActorDictionary(actors, agents);
    }

    /** The first whitespace-separated word and the stripped rest ("" when there is none). */
    private static String[] splitFirst(String s) {
        int i = 0;
        while (i < s.length() && !Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        return new String[] {s.substring(0, i), i < s.length() ? s.substring(i).strip() : ""};
    }

    private static String stripComment(String line) {
        int hash = line.indexOf('#');
        return hash >= 0 ? line.substring(0, hash) : line;
    }

    private static String require(String v, String what) {
        if (v.isBlank()) {
            throw new IllegalArgumentException("missing " + what);
        }
        return v;
    }

    private static List<String> phrases(String value) {
        List<String> out = new ArrayList<>();
        int from = 0;
        while (from <= value.length()) {
            int bar = value.indexOf('|', from);
            String p = (bar < 0 ? value.substring(from) : value.substring(from, bar)).strip();
            if (!p.isEmpty()) {
                out.add(p);
            }
            if (bar < 0) {
                break;
            }
            from = bar + 1;
        }
        return out;
    }

    /** {@code CODE [from DATE] [to DATE]}. */
    private static Role role(String value) {
        List<String> words = new ArrayList<>(5);
        for (String[] kv = splitFirst(value); !kv[0].isEmpty(); kv = splitFirst(kv[1])) {
            words.add(kv[0]);
        }
        String[] f = words.toArray(new String[0]);
        Optional<LocalDate> from = Optional.empty();
        Optional<LocalDate> to = Optional.empty();
        for (int i = 1; i < f.length; i++) {
            if (i + 1 >= f.length) {
                throw new IllegalArgumentException("'" + f[i] + "' needs a date after it");
            }
            LocalDate d = date(f[i + 1]);
            switch (f[i]) {
                case "from" -> from = Optional.of(d);
                case "to" -> to = Optional.of(d);
                default -> throw new IllegalArgumentException("unknown role bound '" + f[i] + "'; use from or to");
            }
            i++;
        }
        return new Role(require(f[0], "code"), from, to);
    }

    private static LocalDate date(String s) {
        if (s.length() == 10 && s.charAt(4) == '-' && s.charAt(7) == '-') {
            try {
                return LocalDate.of(Integer.parseInt(s, 0, 4, 10), Integer.parseInt(s, 5, 7, 10),
                        Integer.parseInt(s, 8, 10, 10));
            } catch (NumberFormatException | java.time.DateTimeException e) {
                throw new IllegalArgumentException("'" + s + "' is not a date YYYY-MM-DD", e);
            }
        }
        try {
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + s + "' is not a date YYYY-MM-DD", e);
        }
    }

    private static final class Builder {
        final String id;
        final String where;
        final List<String> names = new ArrayList<>();
        final List<Role> roles = new ArrayList<>();
        final List<String> adjectives = new ArrayList<>();
        final List<String> classes = new ArrayList<>();
        String source = "";
        ActorKind kind = ActorKind.UNKNOWN;

        Builder(String id, String where) {
            this.id = id;
            this.where = where;
        }

        ActorEntry build() {
            return new ActorEntry(id, kind, names, roles, adjectives, classes, source.isEmpty() ? where : source);
        }
    }
}
