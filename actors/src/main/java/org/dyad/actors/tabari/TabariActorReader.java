package org.dyad.actors.tabari;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.dyad.actors.ActorDictionary;
import org.dyad.actors.ActorEntry;
import org.dyad.actors.ActorKind;
import org.dyad.actors.Agent;
import org.dyad.actors.DictionaryProblem;
import org.dyad.actors.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Imports actor and agent dictionaries in the TABARI / PETRARCH format (the {@code .actors} and
 * {@code .agents} files of PETRARCH2 and the Phoenix pipeline) into an {@link ActorDictionary}, so
 * that existing users' dictionaries and validation suites work unchanged.
 *
 * <h2>Actors</h2>
 * <pre>
 * ARNOR_  [ARN]                    primary phrase with its default code
 * +ARNORIAN                        synonym of the entry above
 * GOLLUM
 * +SMEAGOL
 *     [HOB &lt;950601]               code before (and on) a date
 *     [HOBGOV 19950601-19990815]   code between two dates, both included
 *     [HOBREB &gt;990816]            code from a date on
 * THE_SHIRE  [FRO/BIL/SAM]         a compound actor: several codes at once
 * </pre>
 * Words are separated by blanks or underscores (a trailing underscore, TABARI's "whole word" mark,
 * is dropped: Dyad always matches whole words). Dates are YYMMDD (years up to 30 are 20YY, others
 * 19YY) or YYYYMMDD; spaces inside a restriction are ignored ({@code [HOB < 950601]}). A primary
 * line may carry several bracketed codes. Comments: {@code #} to the end of the line, lines starting
 * with {@code <!}, and {@code <!-- ... -->} blocks over several lines.
 *
 * <p>Case: the files are written in capitals, which carry no information, so phrases match any
 * case, except a phrase of one short word of up to three letters ({@code US}, {@code UN},
 * {@code AU}, {@code U.S.}), which is taken for an acronym and matches only text in capitals (so
 * "US" is not the pronoun "us").
 *
 * <h2>Agents</h2>
 * <pre>
 * !PERSON! = MAN, MEN, WOMAN, WOMEN, PERSON   a substitution set
 * CONGRESS!PERSON! [~LEG]                     one agent per member of the set, no plurals
 * TROOPS {} [~MIL]                            {} : no plural
 * ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~GOV] an irregular plural
 * SOLDIER [~MIL]                              regular plural added: SOLDIERS
 * HUMAN_RIGHTS_BODY [NGO~]                    code written before the actor's: NGOARN
 * </pre>
 * Regular plurals follow English spelling (army/armies, envoy/envoys, boss/bosses) and inflect the
 * head noun ("minister of defence" gives "ministers of defence").
 *
 * <h2>Problems</h2>
 * Lines Dyad cannot use (a restriction without a code, an invalid or reversed date, an entry with no
 * code at all, an agent line without a code) are skipped and reported with file and line in
 * {@link TabariImport#problems()}; {@link #read} logs their count and the first few. An entry without
 * any code is what PETRARCH calls a null code: it matches but codes nothing, which Dyad expresses by
 * leaving it out.
 *
 * <p>Stateless; all methods are thread-safe.
 */
public final class TabariActorReader {
    private static final Logger LOG = LoggerFactory.getLogger(TabariActorReader.class);
    private static final int LOGGED_PROBLEMS = 10;
    private static final Map<String, String> IRREGULAR_PLURALS = Map.of("man", "men", "woman", "women",
            "person", "people", "child", "children", "chairman", "chairmen", "spokesman", "spokesmen",
            "congressman", "congressmen", "gunman", "gunmen");
    private static final List<String> PHRASE_PREPOSITIONS = List.of("of", "for", "in", "on", "to", "at");

    private TabariActorReader() {
    }

    /**
     * Reads TABARI/PETRARCH actor and agent files (UTF-8) into one dictionary; later files' entries
     * come after earlier ones'. Problems are logged; use {@link #load} to see them.
     *
     * @throws IOException when a file cannot be read
     */
    public static ActorDictionary read(List<Path> actorFiles, List<Path> agentFiles) throws IOException {
        TabariImport imported = load(actorFiles, agentFiles);
        if (!imported.problems().isEmpty()) {
            LOG.warn("{} problems in TABARI dictionaries {} {}; the affected lines were skipped",
                    imported.problems().size(), actorFiles, agentFiles);
            imported.problems().stream().limit(LOGGED_PROBLEMS).forEach(p -> LOG.warn("  {}", p));
        }
        return imported.dictionary();
    }

    /** Reads actor and agent files with the problems found in them. */
    public static TabariImport load(List<Path> actorFiles, List<Path> agentFiles) throws IOException {
        List<ActorEntry> actors = new ArrayList<>();
        List<Agent> agents = new ArrayList<>();
        List<DictionaryProblem> problems = new ArrayList<>();
        for (Path p : actorFiles) {
            try (Reader r = Files.newBufferedReader(p, StandardCharsets.UTF_8)) {
                TabariImport one = parseActors(r, p.getFileName().toString());
                actors.addAll(one.dictionary().actors());
                problems.addAll(one.problems());
            }
        }
        for (Path p : agentFiles) {
            try (Reader r = Files.newBufferedReader(p, StandardCharsets.UTF_8)) {
                TabariImport one = parseAgents(r, p.getFileName().toString());
                agents.addAll(one.dictionary().agents());
                problems.addAll(one.problems());
            }
        }
        return new TabariImport(new ActorDictionary(actors, agents), problems);
    }

    /** Parses one {@code .actors} file as PETRARCH reads it; {@code sourceName} names it in sources and problems. */
    public static TabariImport parseActors(Reader reader, String sourceName) throws IOException {
        return parseActors(reader, sourceName, false);
    }

    /**
     * Parses one {@code .actors} file. With {@code joinCodeless}, an entry that has no code at all and
     * sits directly (no blank line) before another entry is read as synonyms of that entry, or else,
     * directly after one, as synonyms of the entry before: the Phoenix files have such runs where a
     * {@code +} was left out ("LEONID_BREZHNEV_" then "LEONID_ILYICH_BREZHNEV" then its codes). Each
     * join is reported. Without it, such entries are null codes, as in PETRARCH.
     */
    public static TabariImport parseActors(Reader reader, String sourceName, boolean joinCodeless) throws IOException {
        List<DictionaryProblem> problems = new ArrayList<>();
        List<EntryBuilder> builders = new ArrayList<>();
        EntryBuilder current = null;
        for (Line line : lines(reader)) {
            String where = sourceName + ":" + line.number();
            String text = line.text();
            if (current != null && (text.startsWith("[") || text.startsWith("+"))) {
                current.lastLine = line.number();
            }
            if (current != null && (text.startsWith("[") || text.startsWith("+")) && text.contains("[")) {
                current.sawCodes = true;
            }
            if (text.startsWith("[")) {
                if (current == null) {
                    problems.add(new DictionaryProblem(where, "code line '" + text + "' before any actor; skipped"));
                    continue;
                }
                current.roles.addAll(roles(text, where, problems));
            } else if (text.startsWith("+")) {
                if (current == null) {
                    problems.add(new DictionaryProblem(where, "synonym '" + text + "' before any actor; skipped"));
                    continue;
                }
                int bracket = text.indexOf('[');
                String phrase = phrase(bracket < 0 ? text.substring(1) : text.substring(1, bracket));
                if (!phrase.isEmpty()) {
                    current.names.add(phrase);
                }
                if (bracket >= 0) {
                    current.roles.addAll(roles(text.substring(bracket), where, problems));
                }
            } else {
                int bracket = text.indexOf('[');
                String primary = bracket < 0 ? text : text.substring(0, bracket);
                current = new EntryBuilder(id(primary), where, line.number(), line.comment());
                current.sawCodes = bracket >= 0;
                builders.add(current);
                String phrase = phrase(primary);
                if (!phrase.isEmpty()) {
                    current.names.add(phrase);
                }
                if (bracket >= 0) {
                    current.roles.addAll(roles(text.substring(bracket), where, problems));
                }
            }
        }
        if (joinCodeless) {
            join(builders, problems);
        }
        List<ActorEntry> actors = new ArrayList<>();
        for (EntryBuilder b : builders) {
            b.build(sourceName, problems).ifPresent(actors::add);
        }
        return new TabariImport(new ActorDictionary(actors, List.of()), problems);
    }

    private static void join(List<EntryBuilder> builders, List<DictionaryProblem> problems) {
        for (int i = builders.size() - 1; i >= 0; i--) {
            EntryBuilder b = builders.get(i);
            if (!b.roles.isEmpty() || b.sawCodes) {
                continue; // an entry whose code lines were all unusable is reported, not joined
            }
            EntryBuilder next = i + 1 < builders.size() ? builders.get(i + 1) : null;
            EntryBuilder prev = i > 0 ? builders.get(i - 1) : null;
            if (next != null && next.firstLine == b.lastLine + 1) {
                next.names.addAll(0, b.names);
                problems.add(new DictionaryProblem(b.where, "entry " + b.id + " has no code and runs into "
                        + next.id + "; read as its synonyms (a '+' seems to be missing)"));
                next.id = b.id;
                next.where = b.where;
                next.firstLine = b.firstLine;
                builders.remove(i);
            } else if (prev != null && b.firstLine == prev.lastLine + 1) {
                prev.names.addAll(b.names);
                prev.lastLine = b.lastLine;
                problems.add(new DictionaryProblem(b.where, "entry " + b.id + " has no code and follows "
                        + prev.id + " directly; read as its synonyms (a '+' seems to be missing)"));
                builders.remove(i);
            }
        }
    }

    /** Parses one {@code .agents} file; {@code sourceName} names it in sources and problems. */
    public static TabariImport parseAgents(Reader reader, String sourceName) throws IOException {
        List<Agent> agents = new ArrayList<>();
        List<DictionaryProblem> problems = new ArrayList<>();
        Map<String, List<String>> substitutions = new LinkedHashMap<>();
        for (Line line : lines(reader)) {
            String where = sourceName + ":" + line.number();
            String text = line.text();
            int bracket = text.indexOf('[');
            if (bracket < 0 && text.contains("!") && text.contains("=")) {
                defineSubstitution(text, where, substitutions, problems);
                continue;
            }
            if (bracket < 0) {
                problems.add(new DictionaryProblem(where, "agent '" + text + "' has no [code]; skipped"));
                continue;
            }
            int close = indexOfAny(text, bracket + 1, ']', '}');
            if (close < 0) {
                problems.add(new DictionaryProblem(where, "agent code in '" + text + "' is not closed by ']'; skipped"));
                continue;
            }
            if (text.charAt(close) == '}') {
                problems.add(new DictionaryProblem(where, "agent code in '" + text
                        + "' is closed by '}' instead of ']'; read as if it were ']'"));
            }
            // every character Java counts as white space (the separators U+001C-U+001F too), as the
            // agent's own check does: a code of those alone is empty, not a code
            String rawCode = text.substring(bracket + 1, close).replaceAll("\\p{javaWhitespace}+", "");
            boolean prefix = rawCode.endsWith("~") && !rawCode.startsWith("~");
            String code = rawCode.replace("~", "");
            if (code.isEmpty()) {
                problems.add(new DictionaryProblem(where, "agent '" + text + "' has an empty code; skipped"));
                continue;
            }
            if (!rawCode.contains("~")) {
                problems.add(new DictionaryProblem(where, "agent code [" + rawCode
                        + "] has no '~'; read as [~" + rawCode + "] (added after the actor's code)"));
            }
            String phrasePart = text.substring(0, bracket);
            List<String> names;
            try {
                names = agentPhrases(phrasePart, substitutions);
            } catch (IllegalArgumentException e) {
                problems.add(new DictionaryProblem(where, e.getMessage() + "; skipped"));
                continue;
            }
            if (names.isEmpty()) {
                problems.add(new DictionaryProblem(where, "agent line '" + text + "' has no phrase; skipped"));
                continue;
            }
            agents.add(new Agent(code, names, prefix, where));
        }
        return new TabariImport(new ActorDictionary(List.of(), agents), problems);
    }

    private static void defineSubstitution(String text, String where, Map<String, List<String>> substitutions,
            List<DictionaryProblem> problems) {
        int first = text.indexOf('!');
        int second = text.indexOf('!', first + 1);
        int eq = text.indexOf('=', second + 1);
        if (second < 0 || eq < 0) {
            problems.add(new DictionaryProblem(where, "substitution set '" + text
                    + "' is not of the form !NAME! = A, B; skipped"));
            return;
        }
        List<String> values = new ArrayList<>();
        for (String v : text.substring(eq + 1).split(",")) {
            if (!v.isBlank()) {
                values.add(v.strip());
            }
        }
        substitutions.put(text.substring(first + 1, second), values);
    }

    /** The singular and plural phrases of an agent line's phrase part. */
    private static List<String> agentPhrases(String part, Map<String, List<String>> substitutions) {
        List<String> out = new ArrayList<>();
        int bang = part.indexOf('!');
        if (bang >= 0) {
            int end = part.indexOf('!', bang + 1);
            if (end < 0) {
                throw new IllegalArgumentException("substitution marker in '" + part.strip() + "' is not closed");
            }
            List<String> values = substitutions.get(part.substring(bang + 1, end));
            if (values == null) {
                throw new IllegalArgumentException("substitution set !" + part.substring(bang + 1, end)
                        + "! is used before it is defined");
            }
            String stripped = part.replaceAll("\\{[^}]*}", "");
            int b = stripped.indexOf('!');
            int e = stripped.indexOf('!', b + 1);
            for (String v : values) {
                String phrase = agentPhrase(stripped.substring(0, b) + v + stripped.substring(e + 1));
                if (!phrase.isEmpty() && !out.contains(phrase)) {
                    out.add(phrase);
                }
            }
            return out;
        }
        int brace = part.indexOf('{');
        if (brace >= 0) {
            int close = part.indexOf('}', brace);
            if (close < 0) {
                throw new IllegalArgumentException("plural in '" + part.strip() + "' has no closing '}'");
            }
            String singular = agentPhrase(part.substring(0, brace));
            if (!singular.isEmpty()) {
                out.add(singular);
            }
            for (String plural : part.substring(brace + 1, close).strip().split("\\s+")) {
                String p = agentPhrase(plural);
                if (!p.isEmpty() && !out.contains(p)) {
                    out.add(p);
                }
            }
            return out;
        }
        String singular = agentPhrase(part);
        if (!singular.isEmpty()) {
            out.add(singular);
            String plural = plural(singular);
            if (!plural.equals(singular)) {
                out.add(plural);
            }
        }
        return out;
    }

    private static String agentPhrase(String raw) {
        return String.join(" ", words(raw)).toLowerCase(Locale.ROOT);
    }

    /**
     * The regular plural of a phrase: the head noun inflected, which is the word before a
     * preposition ("ministers of defence") or else the last word.
     */
    static String plural(String phrase) {
        List<String> w = new ArrayList<>(List.of(phrase.split(" ")));
        int head = w.size() - 1;
        for (int i = 1; i < w.size(); i++) {
            if (PHRASE_PREPOSITIONS.contains(w.get(i))) {
                head = i - 1;
                break;
            }
        }
        w.set(head, pluralWord(w.get(head)));
        return String.join(" ", w);
    }

    static String pluralWord(String word) {
        String irregular = IRREGULAR_PLURALS.get(word);
        if (irregular != null) {
            return irregular;
        }
        for (Map.Entry<String, String> e : IRREGULAR_PLURALS.entrySet()) {
            if (word.endsWith(e.getKey()) && word.length() > e.getKey().length()) {
                return word.substring(0, word.length() - e.getKey().length()) + e.getValue();
            }
        }
        if (word.length() > 1 && word.endsWith("y") && "aeiou".indexOf(word.charAt(word.length() - 2)) < 0) {
            return word.substring(0, word.length() - 1) + "ies";
        }
        if (word.endsWith("s") || word.endsWith("x") || word.endsWith("z") || word.endsWith("ch")
                || word.endsWith("sh")) {
            return word + "es";
        }
        return word + "s";
    }

    /** A TABARI phrase as a Dyad phrase: see the class comment on case. */
    static String phrase(String raw) {
        List<String> words = words(raw);
        if (words.size() == 1 && acronym(words.get(0))) {
            return words.get(0).toUpperCase(Locale.ROOT);
        }
        return String.join(" ", words).toLowerCase(Locale.ROOT);
    }

    private static boolean acronym(String word) {
        int letters = 0;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
            } else if (c != '.') {
                return false;
            }
        }
        return letters >= 2 && letters <= 3;
    }

    private static List<String> words(String raw) {
        List<String> out = new ArrayList<>();
        for (String w : raw.replace('_', ' ').strip().split("\\s+")) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }

    private static String id(String primary) {
        return String.join("_", words(primary)).toUpperCase(Locale.ROOT);
    }

    /** The roles in the bracketed groups of a line: {@code [CODE]}, {@code [CODE <date]}, ... */
    static List<Role> roles(String text, String where, List<DictionaryProblem> problems) {
        List<Role> out = new ArrayList<>();
        int i = 0;
        while ((i = text.indexOf('[', i)) >= 0) {
            int close = text.indexOf(']', i);
            if (close < 0) {
                problems.add(new DictionaryProblem(where, "code '" + text.substring(i) + "' has no closing ']'; skipped"));
                break;
            }
            role(text.substring(i + 1, close).strip(), where, problems).ifPresent(out::add);
            i = close + 1;
        }
        return out;
    }

    private static Optional<Role> role(String body, String where, List<DictionaryProblem> problems) {
        if (body.isEmpty()) {
            problems.add(new DictionaryProblem(where, "empty code []; skipped"));
            return Optional.empty();
        }
        String[] parts = body.split("\\s+", 2);
        String code = parts[0];
        if (Character.isDigit(code.charAt(0)) || code.charAt(0) == '<' || code.charAt(0) == '>') {
            problems.add(new DictionaryProblem(where, "date restriction [" + body + "] has no code; skipped"));
            return Optional.empty();
        }
        if (parts.length == 1) {
            return Optional.of(Role.always(code));
        }
        String restriction = parts[1].replaceAll("\\s+", "");
        try {
            if (restriction.startsWith("<")) {
                return Optional.of(new Role(code, Optional.empty(), Optional.of(date(restriction.substring(1)))));
            }
            if (restriction.startsWith(">")) {
                return Optional.of(new Role(code, Optional.of(date(restriction.substring(1))), Optional.empty()));
            }
            int dash = restriction.indexOf('-');
            if (dash < 0) {
                throw new IllegalArgumentException("'" + restriction + "' is neither <date, >date nor date-date");
            }
            LocalDate from = date(restriction.substring(0, dash));
            LocalDate to = date(restriction.substring(dash + 1));
            if (to.isBefore(from)) {
                throw new IllegalArgumentException("the interval ends (" + to + ") before it starts (" + from + ")");
            }
            return Optional.of(new Role(code, Optional.of(from), Optional.of(to)));
        } catch (IllegalArgumentException e) {
            problems.add(new DictionaryProblem(where, "restriction [" + body + "]: " + e.getMessage() + "; skipped"));
            return Optional.empty();
        }
    }

    /** YYMMDD (00-30 are 20YY, others 19YY) or YYYYMMDD. */
    static LocalDate date(String s) {
        if (!s.chars().allMatch(Character::isDigit) || (s.length() != 6 && s.length() != 8)) {
            throw new IllegalArgumentException("'" + s + "' is not a date YYMMDD or YYYYMMDD");
        }
        int year;
        int rest;
        if (s.length() == 6) {
            int yy = Integer.parseInt(s.substring(0, 2));
            year = yy <= 30 ? 2000 + yy : 1900 + yy;
            rest = 2;
        } else {
            year = Integer.parseInt(s.substring(0, 4));
            rest = 4;
        }
        try {
            return LocalDate.of(year, Integer.parseInt(s.substring(rest, rest + 2)),
                    Integer.parseInt(s.substring(rest + 2, rest + 4)));
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("'" + s + "' is not a valid calendar date", e);
        }
    }

    private static int indexOfAny(String s, int from, char a, char b) {
        for (int i = from; i < s.length(); i++) {
            if (s.charAt(i) == a || s.charAt(i) == b) {
                return i;
            }
        }
        return -1;
    }

    /** A content line with its 1-based number, comments removed, and the text of a {@code #} comment on it. */
    private record Line(int number, String text, String comment) {
    }

    private static List<Line> lines(Reader reader) throws IOException {
        BufferedReader r = new BufferedReader(reader);
        List<Line> out = new ArrayList<>();
        boolean inComment = false;
        int number = 0;
        for (String raw; (raw = r.readLine()) != null;) {
            number++;
            String line = number == 1 && raw.startsWith("\uFEFF") ? raw.substring(1) : raw;
            if (inComment) {
                int end = line.indexOf("-->");
                if (end < 0) {
                    continue;
                }
                inComment = false;
                line = line.substring(end + 3);
            }
            int open;
            while ((open = line.indexOf("<!--")) >= 0) {
                int end = line.indexOf("-->", open + 4);
                if (end < 0) {
                    inComment = true;
                    line = line.substring(0, open);
                    break;
                }
                line = line.substring(0, open) + line.substring(end + 3);
            }
            if (line.stripLeading().startsWith("<!")) {
                continue;
            }
            int hash = line.indexOf('#');
            String comment = "";
            if (hash >= 0) {
                comment = line.substring(hash + 1).replace('#', ' ').strip();
                line = line.substring(0, hash);
            }
            if (!line.isBlank()) {
                out.add(new Line(number, line.strip(), comment));
            }
        }
        return out;
    }

    private static final class EntryBuilder {
        String id;
        String where;
        int firstLine;
        int lastLine;
        boolean sawCodes;
        final String comment;
        final List<String> names = new ArrayList<>();
        final List<Role> roles = new ArrayList<>();

        EntryBuilder(String id, String where, int line, String comment) {
            this.id = id;
            this.where = where;
            this.firstLine = line;
            this.lastLine = line;
            this.comment = comment;
        }

        Optional<ActorEntry> build(String sourceName, List<DictionaryProblem> problems) {
            if (names.isEmpty()) {
                problems.add(new DictionaryProblem(where, "actor without a phrase; skipped"));
                return Optional.empty();
            }
            if (roles.isEmpty()) {
                problems.add(new DictionaryProblem(where, "actor " + id
                        + " has no code (a null code: it codes nothing); left out"));
                return Optional.empty();
            }
            String source = (where.startsWith(sourceName) ? where : sourceName + " " + where)
                    + (comment.isEmpty() ? "" : " (" + comment + ")");
            return Optional.of(new ActorEntry(id.isEmpty() ? names.get(0) : id, ActorKind.UNKNOWN,
                    List.copyOf(new java.util.LinkedHashSet<>(names)), roles, List.of(), List.of(), source));
        }
    }
}
