package org.dyad.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dyad.actors.ActorEntry;
import org.dyad.actors.ActorKind;
import org.dyad.actors.Agent;
import org.dyad.actors.DictionaryProblem;
import org.dyad.actors.DictionaryWriter;
import org.dyad.actors.Role;
import org.dyad.actors.RoleTimeline;
import org.dyad.actors.tabari.TabariActorReader;
import org.dyad.actors.tabari.TabariImport;

/**
 * Converts the third-party actor data Dyad ships into Dyad's dictionary format, one file per source
 * so that each keeps its licence:
 *
 * <ul>
 *   <li>{@code phoenix.actors.dyad} (MIT): the Phoenix country, international and non-state actor
 *       dictionaries; runs of coded-less lines that lost their {@code +} joined to their entry, roles
 *       normalised by the precedence rule, kinds inferred, capitals restored;</li>
 *   <li>{@code phoenix.agents.dyad} (MIT): Phoenix agents, then the PLOVER agents' phrases that Phoenix
 *       lacks;</li>
 *   <li>{@code countries.actors.dyad} (ISO 3166 names from Debian iso-codes, LGPL-2.1+; demonyms from
 *       NGEC's countries table, MIT): one entry per ISO country and former country;</li>
 *   <li>{@code countryinfo.actors.dyad} (CC BY-SA 3.0): CountryInfo's nationality adjectives and
 *       capitals;</li>
 *   <li>{@code world-countries.actors.dyad} (ODbL 1.0): world-countries' names, alternative spellings,
 *       demonyms and capitals; a derived database that stays under the ODbL.</li>
 * </ul>
 * Every problem found (unreadable lines, joined entries, unsorted and overlapping roles) is written
 * to the report. Not thread-safe; one instance per conversion.
 */
final class ActorDataConverter {
    /** Words written in lower case inside a converted name: "Bay of Bengal", "al-Qaeda". */
    private static final Set<String> FUNCTION_WORDS = Set.of("of", "the", "and", "for", "on", "in", "at", "to", "a",
            "an", "de", "del", "della", "di", "da", "do", "dos", "das", "du", "des", "la", "le", "les", "el", "al",
            "y", "e", "und", "van", "von", "der", "den", "bin", "ibn", "bint", "ul");
    private static final Set<String> ARTICLE_PREFIXES = Set.of("al", "el", "ad", "as", "ash", "at", "az", "ar", "an",
            "ul", "ud", "ed", "es");
    private static final Pattern PARENTHESES = Pattern.compile("\\(([^)]*)\\)");
    private static final Pattern LATIN = Pattern.compile("[\\p{IsLatin}0-9 .'’,()\\-&]+");

    private final Path data;
    private final List<DictionaryProblem> problems = new ArrayList<>();
    private final Map<String, Integer> counts = new LinkedHashMap<>();

    ActorDataConverter(Path data) {
        this.data = data;
    }

    List<DictionaryProblem> problems() {
        return problems;
    }

    Map<String, Integer> counts() {
        return counts;
    }

    /** Converts every source and writes the dictionaries into {@code out}. */
    void convert(Path out) throws IOException {
        Files.createDirectories(out);
        write(out.resolve("phoenix.actors.dyad"), List.of(
                "Actors converted by 'dyad actors convert' from the Phoenix dictionaries",
                "Phoenix.Countries.actors.txt, Phoenix.International.actors.txt, Phoenix.MilNonState.actors.txt",
                "(openeventdata/petrarch2, commit 676801cd9cb2924bbbad09f86d15c9323e7097bf).",
                "Copyright (c) 2014 Open Event Data Alliance. MIT License; see NOTICE.",
                "Roles are normalised: sorted, without overlaps, by the precedence rule of docs/dictionaries.md."),
                phoenixActors(), List.of());
        write(out.resolve("phoenix.agents.dyad"), List.of(
                "Agents converted by 'dyad actors convert' from Phoenix.agents.txt (openeventdata/petrarch2,",
                "commit 676801cd9cb2924bbbad09f86d15c9323e7097bf) and, for phrases Phoenix lacks, PLOVER_agents.txt",
                "(ahalterman/NGEC-2025, commit a3909e2aa02969ccaaa915a9626a5316e1cac0f8). MIT License; see NOTICE."),
                List.of(), agents());
        write(out.resolve("countries.actors.dyad"), List.of(
                "Countries converted by 'dyad actors convert': ISO 3166-1 and 3166-3 names and codes from Debian",
                "iso-codes 4.15.0 (LGPL-2.1-or-later) and demonyms from NGEC's countries.csv (MIT). See NOTICE."),
                countries(), List.of());
        write(out.resolve("countryinfo.actors.dyad"), List.of(
                "Nationality adjectives and capitals converted by 'dyad actors convert' from CountryInfo.120116.txt",
                "(openeventdata/CountryInfo). Copyright (c) 2012 Philip A. Schrodt. This file is licensed under",
                "the Creative Commons Attribution-ShareAlike 3.0 Unported License; see NOTICE."),
                countryInfo(), List.of());
        write(out.resolve("world-countries.actors.dyad"), List.of(
                "Country names, alternative spellings, demonyms and capitals converted by 'dyad actors convert' from",
                "world-countries 5.1.0 (mledoze/countries). This file is a derived database of it and is made",
                "available under the Open Database License (ODbL) 1.0: https://opendatacommons.org/licenses/odbl/1-0/",
                "Any rights in individual contents of the database are licensed under the same licence. See NOTICE."),
                worldCountries(), List.of());
    }

    private void write(Path file, List<String> header, List<ActorEntry> actors, List<Agent> agents)
            throws IOException {
        counts.put(file.getFileName() + " actors", actors.size());
        counts.put(file.getFileName() + " agents", agents.size());
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            DictionaryWriter.write(w, header, actors, agents);
        }
    }

    // ---- Phoenix actors --------------------------------------------------------------------------

    List<ActorEntry> phoenixActors() throws IOException {
        List<ActorEntry> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (String file : List.of("Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt",
                "Phoenix.MilNonState.actors.txt")) {
            TabariImport imported;
            try (Reader r = Files.newBufferedReader(data.resolve("petrarch2/dictionaries").resolve(file),
                    StandardCharsets.UTF_8)) {
                imported = TabariActorReader.parseActors(r, file, true);
            }
            problems.addAll(imported.problems());
            for (ActorEntry e : imported.dictionary().actors()) {
                problems.addAll(RoleTimeline.problems(e));
                List<String> names = new ArrayList<>();
                for (String n : e.names()) {
                    names.addAll(properNames(n));
                }
                names = new ArrayList<>(new LinkedHashSet<>(names));
                if (names.isEmpty()) {
                    problems.add(new DictionaryProblem(e.source(), "no usable name left; entry " + e.id() + " left out"));
                    continue;
                }
                String id = e.id().replaceAll("[^A-Za-z0-9_.'-]", "");
                String unique = id;
                for (int k = 2; !ids.add(unique); k++) {
                    unique = id + "_" + k;
                }
                out.add(new ActorEntry(unique, kind(file, e), names, RoleTimeline.normalize(e.roles()), List.of(),
                        List.of(), e.source()));
            }
        }
        return out;
    }

    private static ActorKind kind(String file, ActorEntry e) {
        boolean dated = e.roles().stream().anyMatch(r -> r.from().isPresent() || r.to().isPresent());
        String source = e.source();
        if (source.contains("CountryInfo") || source.contains("rulers") || dated && !file.contains("Countries")
                && !file.contains("MilNonState")) {
            return ActorKind.PERSON;
        }
        if (file.contains("MilNonState")) {
            return ActorKind.GROUP;
        }
        if (file.contains("International")) {
            return ActorKind.ORGANISATION;
        }
        if (e.roles().size() == 1 && !dated && e.roles().get(0).code().length() == 3) {
            return ActorKind.COUNTRY;
        }
        return ActorKind.UNKNOWN;
    }

    /**
     * A TABARI phrase (read in lower case) with the capitals of a name restored, so that it matches
     * only capitalised text; "(IAA)" in a name also gives the acronym as a name of its own.
     */
    static List<String> properNames(String phrase) {
        List<String> out = new ArrayList<>();
        Matcher m = PARENTHESES.matcher(phrase);
        String base = phrase;
        while (m.find()) {
            String inside = m.group(1).strip();
            if (!inside.isEmpty() && !inside.contains(" ") && inside.length() <= 8) {
                out.add(inside.toUpperCase(Locale.ROOT));
            }
        }
        base = PARENTHESES.matcher(base).replaceAll(" ").replaceAll("\\s+", " ").strip();
        if (!base.isEmpty() && !base.contains("#") && !base.contains("|")) {
            out.add(0, properCase(base));
        }
        return out;
    }

    static String properCase(String phrase) {
        if (phrase.equals(phrase.toUpperCase(Locale.ROOT)) && !phrase.contains(" ")) {
            return phrase; // an acronym kept by the reader: US, UN, U.S.
        }
        String[] words = phrase.split(" ");
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < words.length; i++) {
            if (i > 0) {
                b.append(' ');
            }
            String w = words[i].toLowerCase(Locale.ROOT);
            if (FUNCTION_WORDS.contains(w) && (i > 0 || w.equals("al") || w.equals("el"))) {
                b.append(w);
                continue;
            }
            b.append(properWord(w));
        }
        return b.toString();
    }

    private static String properWord(String w) {
        StringBuilder b = new StringBuilder();
        String[] parts = w.split("-", -1);
        for (int p = 0; p < parts.length; p++) {
            if (p > 0) {
                b.append('-');
            }
            String part = parts[p];
            if (p == 0 && parts.length > 1 && ARTICLE_PREFIXES.contains(part)) {
                b.append(part); // al-Qaeda, ash-Shabaab: the article stays lower case
            } else if (part.length() > 2 && (part.startsWith("d'") || part.startsWith("l'"))) {
                b.append(part, 0, 2).append(capitalise(part.substring(2)));
            } else {
                b.append(capitalise(part));
            }
        }
        return b.toString();
    }

    private static String capitalise(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLetter(s.charAt(i))) {
                return s.substring(0, i) + Character.toUpperCase(s.charAt(i)) + s.substring(i + 1);
            }
        }
        return s;
    }

    // ---- agents ----------------------------------------------------------------------------------

    List<Agent> agents() throws IOException {
        List<Agent> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int skipped = 0;
        for (Path p : List.of(data.resolve("petrarch2/dictionaries/Phoenix.agents.txt"),
                data.resolve("ngec/PLOVER_agents.txt"))) {
            TabariImport imported;
            try (Reader r = Files.newBufferedReader(p, StandardCharsets.UTF_8)) {
                imported = TabariActorReader.parseAgents(r, p.getFileName().toString());
            }
            problems.addAll(imported.problems());
            for (Agent a : imported.dictionary().agents()) {
                if (a.code().equals("UNK")) {
                    // "group", "member", "region": CAMEO's unknown sector adds nothing to an actor's code
                    problems.add(new DictionaryProblem(a.source(), "agent " + a.names().get(0)
                            + " has the unknown sector UNK, which adds nothing to a code; left out"));
                    continue;
                }
                List<String> fresh = a.names().stream().filter(n -> !seen.contains(n) && !n.contains("#")
                        && !n.contains("|")).toList();
                skipped += a.names().size() - fresh.size();
                if (!fresh.isEmpty()) {
                    seen.addAll(fresh);
                    out.add(new Agent(a.code(), fresh, a.prefix(), a.source()));
                }
            }
        }
        counts.put("agent phrases already defined by an earlier line or file, left out", skipped);
        return out;
    }

    // ---- ISO countries with NGEC demonyms ---------------------------------------------------------

    List<ActorEntry> countries() throws IOException {
        ObjectMapper json = new ObjectMapper();
        Map<String, List<String>> demonyms = new HashMap<>();
        Map<String, List<String>> ngecNames = new HashMap<>();
        for (List<String> row : csv(data.resolve("ngec/countries.csv"), StandardCharsets.UTF_8)) {
            if (row.size() < 4 || row.get(0).equals("CCA2")) {
                continue;
            }
            String code = row.get(2).strip();
            ngecNames.computeIfAbsent(code, k -> new ArrayList<>()).add(row.get(1).replaceAll("\\s*\\[.*]", "").strip());
            if (row.get(1).contains("[")) {
                ngecNames.get(code).add(row.get(1).replaceAll(".*\\[(.*)].*", "$1").strip());
            }
            for (String d : row.get(3).split(",")) {
                if (!d.isBlank()) {
                    demonyms.computeIfAbsent(code, k -> new ArrayList<>()).add(d.strip().replace('’', '\''));
                }
            }
        }
        List<ActorEntry> out = new ArrayList<>();
        JsonNode current = json.readTree(data.resolve("iso-codes/iso_3166-1.json").toFile()).path("3166-1");
        for (JsonNode c : current) {
            String code = c.path("alpha_3").asText();
            Set<String> names = new LinkedHashSet<>();
            for (String f : List.of("common_name", "name", "official_name")) {
                String n = c.path(f).asText("");
                if (!n.isEmpty() && !n.contains(",")) {
                    names.add(n);
                }
            }
            names.addAll(ngecNames.getOrDefault(code, List.of()));
            List<String> adjectives = new ArrayList<>();
            for (String d : demonyms.getOrDefault(code, List.of())) {
                if (names.contains(d)) {
                    continue;
                }
                if (d.split(" ").length > 2 || d.length() <= 2) {
                    names.add(d);
                } else {
                    adjectives.add(d);
                }
            }
            names.removeIf(n -> n.length() <= 2 || n.contains(","));
            if (names.isEmpty() && adjectives.isEmpty()) {
                problems.add(new DictionaryProblem("iso_3166-1.json " + code, "every name has a comma ("
                        + c.path("name").asText() + "); left out"));
                continue;
            }
            out.add(new ActorEntry(code, ActorKind.COUNTRY, List.copyOf(names), List.of(Role.always(code)),
                    List.copyOf(new LinkedHashSet<>(adjectives)), List.of(),
                    "ISO 3166-1 (Debian iso-codes 4.15.0); demonyms from NGEC countries.csv"));
        }
        JsonNode former = json.readTree(data.resolve("iso-codes/iso_3166-3.json").toFile()).path("3166-3");
        for (JsonNode c : former) {
            String code = c.path("alpha_3").asText();
            String name = c.path("name").asText("");
            if (name.isEmpty() || name.contains(",")) {
                continue;
            }
            out.add(new ActorEntry("FORMER_" + code, ActorKind.COUNTRY, List.of(name), List.of(Role.always(code)),
                    List.of(), List.of(), "ISO 3166-3 former country, withdrawn " + c.path("withdrawal_date").asText("")
                            + " (Debian iso-codes 4.15.0)"));
        }
        return out;
    }

    // ---- CountryInfo -----------------------------------------------------------------------------

    List<ActorEntry> countryInfo() throws IOException {
        // the file is mostly ASCII with a few Latin-1 letters
        String text = Files.readString(data.resolve("countryinfo/CountryInfo.120116.txt"), Charset.forName("ISO-8859-1"));
        List<ActorEntry> out = new ArrayList<>();
        Matcher country = Pattern.compile("<Country>(.*?)</Country>", Pattern.DOTALL).matcher(text);
        while (country.find()) {
            String block = country.group(1);
            Optional<String> iso = tag(block, "ISO3166-alpha3").filter(s -> s.matches("[A-Z]{3}"));
            Optional<String> code = tag(block, "CountryCode").filter(s -> s.matches("[A-Z]{3}"));
            Optional<String> name = tag(block, "CountryName");
            if (code.isEmpty() || name.isEmpty() || name.get().contains("\n")) {
                problems.add(new DictionaryProblem("CountryInfo.120116.txt " + name.orElse("?").lines().findFirst()
                        .orElse("?"),
                        "no plain three-letter country code (" + tag(block, "CountryCode").orElse("none")
                                + "); left out"));
                continue;
            }
            List<String> adjectives = list(block, "Nationality");
            List<String> capitals = list(block, "Capital");
            String c = code.get();
            if (!adjectives.isEmpty()) {
                out.add(new ActorEntry(c + "_NATIONALITY", ActorKind.COUNTRY, List.of(), List.of(Role.always(c)),
                        adjectives, List.of(), "CountryInfo.120116.txt <Nationality> of " + name.get()
                                + iso.map(i -> " (ISO " + i + ")").orElse("")));
            }
            for (String cap : capitals) {
                out.add(new ActorEntry(c + "_CAPITAL_" + cap.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "_"),
                        ActorKind.PLACE, List.of(cap), List.of(Role.always(c)), List.of(), List.of(),
                        "CountryInfo.120116.txt <Capital> of " + name.get()));
            }
        }
        return out;
    }

    private static Optional<String> tag(String block, String tag) {
        Matcher m = Pattern.compile("<" + tag + ">(.*?)</" + tag + ">", Pattern.DOTALL).matcher(block);
        return m.find() ? Optional.of(m.group(1).strip()) : Optional.empty();
    }

    private static List<String> list(String block, String tag) {
        Optional<String> body = tag(block, tag);
        List<String> out = new ArrayList<>();
        if (body.isEmpty()) {
            return out;
        }
        for (String line : body.get().split("\n")) {
            String l = line.replaceAll("#.*", "").strip();
            if (l.isEmpty()) {
                continue;
            }
            String phrase = l.replace('_', ' ').strip().toLowerCase(Locale.ROOT);
            if (!phrase.isEmpty()) {
                out.add(properCase(phrase));
            }
        }
        return new ArrayList<>(new LinkedHashSet<>(out));
    }

    // ---- world-countries -------------------------------------------------------------------------

    List<ActorEntry> worldCountries() throws IOException {
        JsonNode all = new ObjectMapper().readTree(data.resolve("world-countries/countries.json").toFile());
        List<ActorEntry> out = new ArrayList<>();
        for (JsonNode c : all) {
            String code = c.path("cca3").asText();
            Set<String> names = new LinkedHashSet<>();
            names.add(c.path("name").path("common").asText());
            names.add(c.path("name").path("official").asText());
            for (JsonNode a : c.path("altSpellings")) {
                names.add(a.asText());
            }
            names.removeIf(n -> n.length() <= 2 || !LATIN.matcher(n).matches() || n.contains(","));
            if (names.isEmpty()) {
                problems.add(new DictionaryProblem("world-countries " + code, "no usable name; left out"));
                continue;
            }
            Set<String> adjectives = new LinkedHashSet<>();
            JsonNode eng = c.path("demonyms").path("eng");
            for (String f : List.of("m", "f")) {
                String d = eng.path(f).asText("");
                if (!d.isEmpty() && LATIN.matcher(d).matches()) {
                    adjectives.add(d);
                }
            }
            String source = "world-countries 5.1.0 (ODbL 1.0), " + c.path("name").path("common").asText();
            out.add(new ActorEntry(code, ActorKind.COUNTRY, List.copyOf(names), List.of(Role.always(code)),
                    List.copyOf(adjectives), List.of(), source));
            for (JsonNode cap : c.path("capital").isArray() && c.path("independent").asBoolean(true) ? c.path("capital")
                    : com.fasterxml.jackson.databind.node.MissingNode.getInstance()) {
                String capital = cap.asText();
                if (!capital.isBlank() && LATIN.matcher(capital).matches() && !capital.contains(",")) {
                    out.add(new ActorEntry(code + "_CAPITAL_" + capital.toUpperCase(Locale.ROOT)
                            .replaceAll("[^A-Z0-9]+", "_"), ActorKind.PLACE, List.of(capital),
                            List.of(Role.always(code)), List.of(), List.of(), source + " capital"));
                }
            }
        }
        return out;
    }

    /** A small RFC 4180 reader: quoted fields may hold commas and doubled quotes. */
    static List<List<String>> csv(Path file, Charset charset) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        for (String line : Files.readAllLines(file, charset)) {
            List<String> row = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            boolean quoted = false;
            for (int i = 0; i < line.length(); i++) {
                char ch = line.charAt(i);
                if (quoted) {
                    if (ch == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else if (ch == '"') {
                        quoted = false;
                    } else {
                        field.append(ch);
                    }
                } else if (ch == '"') {
                    quoted = true;
                } else if (ch == ',') {
                    row.add(field.toString());
                    field.setLength(0);
                } else {
                    field.append(ch);
                }
            }
            row.add(field.toString());
            rows.add(row);
        }
        return rows;
    }
}
