package org.dyad.coding.suite;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.dyad.coding.CoderSettings;
import org.dyad.model.GoldIssue;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * A validation suite: PETRARCH's XML format ({@code <Sentence date id category>} with
 * {@code <EventCoding sourcecode targetcode eventcode>}, {@code noevents} or {@code error}
 * codings, a {@code <Text>}, and {@code <Config option value>} lines between sentences that change
 * the settings for the sentences after them: {@code require_dyad} and {@code new_actor_length}), or its
 * JSON Lines form, one object a line:
 * {@code {"id", "date", "text", "category"?, "expected": [{"sourcecode", "targetcode", "eventcode"}
 * | {"noevents": "True"} | {"error": "..."}], "config"?: {"require_dyad": "false", "new_actor_length": "4"}}}. Parse trees in
 * either form are not used for coding: Dyad parses the text itself; a case whose text is empty is coded
 * from the words of its parse. A case that cannot be read (no id, no text and no parse, a bad date, a
 * line that is not JSON) is left out and named in {@link #issues}, with the cases rebuilt from their
 * parse; the rest of the suite is read. Cases start from PETRARCH's settings
 * ({@link #PETRARCH_DEFAULTS}). Immutable.
 */
public record ValidationSuite(String name, List<SuiteCase> cases, List<GoldIssue> issues) {
    /** PETRARCH's settings before any {@code Config} line: targets required, no new actors. */
    public static final CoderSettings PETRARCH_DEFAULTS = CoderSettings.defaults().withRequireTarget(true)
            .withConventions(CoderSettings.Conventions.PETRARCH);

    /** A leaf of a Penn Treebank parse: {@code (TAG word)}. */
    private static final java.util.regex.Pattern LEAF = java.util.regex.Pattern.compile("\\(([^\\s()]+)\\s+([^\\s()]+)\\)");

    public ValidationSuite {
        cases = List.copyOf(cases);
        issues = List.copyOf(issues);
    }

    /** A suite every case of which was read as written. */
    public ValidationSuite(String name, List<SuiteCase> cases) {
        this(name, cases, List.of());
    }

    /**
     * Reads a suite: {@code .xml} files as PETRARCH XML, {@code .csv} files as the CAMEO manual's table
     * of codes and example sentences ({@link #readCameoManual}), {@code PLOVER*.jsonl} as PLOVER's gold
     * records ({@link PloverGoldReader}), anything else as JSON Lines.
     *
     * @throws IllegalArgumentException naming the file and the case that is malformed
     */
    public static ValidationSuite read(Path file) throws IOException {
        String name = file.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        try (InputStream in = Files.newInputStream(file)) {
            if (lower.endsWith(".xml")) {
                return readXml(in, name);
            }
            if (PloverGoldReader.named(lower)) {
                return PloverGoldReader.read(in, name);
            }
            return lower.endsWith(".csv") ? readCameoManual(in, name) : readJsonLines(in, name);
        }
    }

    /** The date given to the CAMEO manual's undated example sentences, which report news of the 1990s. */
    public static final LocalDate MANUAL_DATE = LocalDate.of(1998, 1, 1);

    /**
     * Reads the CAMEO manual as a table (columns {@code code} and {@code example}, as in the icews
     * package's {@code cameo-codes.csv}): one case per example sentence, expecting a coding with the
     * code's root, whoever its actors are; categories are the roots. Placeholders ("NEED EXAMPLE.")
     * and codes without an example are left out. Cases are dated {@link #MANUAL_DATE}.
     */
    public static ValidationSuite readCameoManual(InputStream in, String name) throws IOException {
        List<String> lines = List.of(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\r?\n"));
        if (lines.isEmpty()) {
            throw new IllegalArgumentException(name + " is empty");
        }
        List<String> header = csv(lines.get(0));
        int code = header.indexOf("code");
        int example = header.indexOf("example");
        if (code < 0 || example < 0) {
            throw new IllegalArgumentException(name + " has no 'code' and 'example' columns; got " + header);
        }
        List<SuiteCase> out = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            List<String> f = csv(lines.get(i));
            if (f.size() <= Math.max(code, example)) {
                throw new IllegalArgumentException(name + ":" + (i + 1) + " has " + f.size() + " fields; need "
                        + (Math.max(code, example) + 1));
            }
            String c = f.get(code).strip();
            String text = f.get(example).strip().replaceAll("\\s+", " ");
            if (text.isEmpty() || text.equals("NA") || text.toUpperCase(Locale.ROOT).startsWith("NEED EXAMPLE")
                    || c.length() < 3) {
                continue;
            }
            out.add(new SuiteCase("CAMEO-" + c, "CAMEO-" + c, MANUAL_DATE, c.substring(0, 2), text,
                    List.of(new ExpectedCoding("", "", c)), false, "", CoderSettings.defaults(), SuiteCase.Match.ROOT));
        }
        return new ValidationSuite(name, out);
    }

    /** The fields of one line of R's write.csv output: commas between, double quotes around, "" inside. */
    static List<String> csv(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder b = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    b.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    b.append(ch);
                }
            } else if (ch == '"') {
                quoted = true;
            } else if (ch == ',') {
                out.add(b.toString());
                b.setLength(0);
            } else {
                b.append(ch);
            }
        }
        out.add(b.toString());
        return out;
    }

    /** Reads PETRARCH's XML validation format. */
    public static ValidationSuite readXml(InputStream in, String name) throws IOException {
        Document doc;
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setExpandEntityReferences(false);
            DocumentBuilder b = f.newDocumentBuilder();
            // report malformed input through the exception alone, not also on standard error
            b.setErrorHandler(new DefaultHandler());
            doc = b.parse(in);
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalArgumentException(name + " is not well-formed XML: " + e.getMessage(), e);
        }
        List<SuiteCase> out = new ArrayList<>();
        List<GoldIssue> issues = new ArrayList<>();
        CoderSettings[] settings = {PETRARCH_DEFAULTS};
        Map<String, Integer> seen = new HashMap<>();
        walk(doc.getDocumentElement(), name, settings, seen, out, issues);
        return new ValidationSuite(name, out, issues);
    }

    private static void walk(Element parent, String name, CoderSettings[] settings, Map<String, Integer> seen,
            List<SuiteCase> out, List<GoldIssue> issues) {
        NodeList children = parent.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            Node n = children.item(i);
            if (!(n instanceof Element e)) {
                continue;
            }
            switch (e.getTagName()) {
                case "Config" -> {
                    try {
                        settings[0] = configure(settings[0], e.getAttribute("option"), e.getAttribute("value"));
                    } catch (IllegalArgumentException bad) {
                        issues.add(new GoldIssue(name + " config " + e.getAttribute("option"), GoldIssue.Kind.SKIPPED,
                                bad.getMessage() + "; the setting before it stays"));
                    }
                }
                case "Sentence" -> {
                    try {
                        sentence(e, name, settings[0], seen, issues).ifPresent(out::add);
                    } catch (IllegalArgumentException bad) {
                        issues.add(new GoldIssue(name + " case " + caseId(e), GoldIssue.Kind.SKIPPED, bad.getMessage()));
                    }
                }
                case "Environment" -> {
                    // PETRARCH's run settings (dictionary names, stop_on_error): not coding settings
                }
                default -> walk(e, name, settings, seen, out, issues);
            }
        }
    }

    /** Applies a PETRARCH configuration option that changes coding; others (comma_*, stop_on_error) are ignored. */
    private static CoderSettings configure(CoderSettings s, String option, String value) {
        if (option.equalsIgnoreCase("require_dyad")) {
            return s.withRequireTarget(Boolean.parseBoolean(value.strip()));
        }
        if (option.equalsIgnoreCase("new_actor_length")) {
            try {
                return s.withNewActorLength(Math.max(0, Integer.parseInt(value.strip())));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("new_actor_length must be a whole number, not '" + value + "'", e);
            }
        }
        return s;
    }

    private static String caseId(Element e) {
        String id = e.getAttribute("id").strip();
        return id.isEmpty() ? "(no id)" : id;
    }

    /**
     * The words of a Penn Treebank parse, as text: its leaves in order (empty elements left out,
     * bracket tokens restored), joined by spaces.
     */
    static String parseWords(String parse) {
        StringBuilder b = new StringBuilder();
        java.util.regex.Matcher m = LEAF.matcher(parse);
        while (m.find()) {
            if (m.group(1).equals("-NONE-")) {
                continue;
            }
            String w = switch (m.group(2)) {
                case "-LRB-" -> "(";
                case "-RRB-" -> ")";
                case "-LCB-" -> "{";
                case "-RCB-" -> "}";
                case "``", "''" -> "\"";
                default -> m.group(2);
            };
            b.append(b.length() == 0 ? "" : " ").append(w);
        }
        return b.toString();
    }

    /**
     * The text of a case: as written, or, when it is empty, the words of its parse (recorded as
     * recovered); empty when it has neither.
     */
    private static Optional<String> caseText(String text, String parse, String where, List<GoldIssue> issues) {
        String t = text.strip().replaceAll("\\s+", " ");
        if (!t.isEmpty()) {
            return Optional.of(t);
        }
        String words = parseWords(parse);
        if (words.isBlank()) {
            issues.add(new GoldIssue(where, GoldIssue.Kind.SKIPPED, "no text and no parse to take its words from"));
            return Optional.empty();
        }
        issues.add(new GoldIssue(where, GoldIssue.Kind.RECOVERED, "empty text; coded from the words of its parse: '"
                + (words.length() > 80 ? words.substring(0, 79) + "\u2026" : words) + "'"));
        return Optional.of(words);
    }

    private static Optional<SuiteCase> sentence(Element e, String name, CoderSettings settings, Map<String, Integer> seen,
            List<GoldIssue> issues) {
        String id = e.getAttribute("id").strip();
        String where = name + " case " + (id.isEmpty() ? "(no id)" : id);
        List<ExpectedCoding> expected = new ArrayList<>();
        boolean noEvents = false;
        String error = "";
        NodeList codings = e.getElementsByTagName("EventCoding");
        for (int k = 0; k < codings.getLength(); k++) {
            Element c = (Element) codings.item(k);
            if (c.hasAttribute("noevents")) {
                noEvents = true;
            } else if (c.hasAttribute("error")) {
                error = c.getAttribute("error").strip();
            } else {
                expected.add(new ExpectedCoding(c.getAttribute("sourcecode").strip(), c.getAttribute("targetcode").strip(),
                        c.getAttribute("eventcode").strip()));
            }
        }
        if (id.isEmpty()) {
            throw new IllegalArgumentException("the case has no id");
        }
        NodeList texts = e.getElementsByTagName("Text");
        NodeList parses = e.getElementsByTagName("Parse");
        Optional<String> text = caseText(texts.getLength() == 0 ? "" : texts.item(0).getTextContent(),
                parses.getLength() == 0 ? "" : parses.item(0).getTextContent(), where, issues);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new SuiteCase(key(id, seen), id, date(e.getAttribute("date"), where),
                e.getAttribute("category").strip(), text.get(), expected, noEvents, error, settings,
                SuiteCase.Match.EXACT));
    }

    private static String key(String id, Map<String, Integer> seen) {
        int n = seen.merge(id, 1, Integer::sum);
        return n == 1 ? id : id + "#" + n;
    }

    /** {@code YYYYMMDD}, {@code YYMMDD} (PETRARCH reads 00-30 as 20YY) or ISO {@code YYYY-MM-DD}. */
    static LocalDate date(String raw, String where) {
        String d = raw.strip().replace("-", "");
        try {
            if (d.length() == 8) {
                return LocalDate.of(Integer.parseInt(d.substring(0, 4)), Integer.parseInt(d.substring(4, 6)),
                        Integer.parseInt(d.substring(6, 8)));
            }
            if (d.length() == 6) {
                int yy = Integer.parseInt(d.substring(0, 2));
                return LocalDate.of(yy <= 30 ? 2000 + yy : 1900 + yy, Integer.parseInt(d.substring(2, 4)),
                        Integer.parseInt(d.substring(4, 6)));
            }
        } catch (NumberFormatException | java.time.DateTimeException e) {
            throw new IllegalArgumentException(where + ": date '" + raw + "' is not YYYYMMDD", e);
        }
        throw new IllegalArgumentException(where + ": date '" + raw + "' is not YYYYMMDD");
    }

    /** Reads the JSON Lines form. */
    public static ValidationSuite readJsonLines(InputStream in, String name) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        List<SuiteCase> out = new ArrayList<>();
        List<GoldIssue> issues = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        BufferedReader r = new BufferedReader(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        int number = 0;
        for (String line; (line = r.readLine()) != null;) {
            number++;
            if (line.isBlank()) {
                continue;
            }
            String where = name + ":" + number;
            JsonNode o;
            try {
                o = mapper.readTree(line);
            } catch (IOException e) {
                issues.add(new GoldIssue(where, GoldIssue.Kind.SKIPPED, "not a JSON object: "
                        + e.getMessage().lines().findFirst().orElse("")));
                continue;
            }
            if (o == null || !o.isObject()) {
                issues.add(new GoldIssue(where, GoldIssue.Kind.SKIPPED, "not a JSON object"));
                continue;
            }
            String id = o.path("id").asText("").strip();
            if (id.isEmpty()) {
                issues.add(new GoldIssue(where, GoldIssue.Kind.SKIPPED, "the case has no id"));
                continue;
            }
            try {
                jsonCase(o, id, where, seen, issues).ifPresent(out::add);
            } catch (IllegalArgumentException bad) {
                issues.add(new GoldIssue(where, GoldIssue.Kind.SKIPPED, bad.getMessage()));
            }
        }
        return new ValidationSuite(name, out, issues);
    }

    private static Optional<SuiteCase> jsonCase(JsonNode o, String id, String where, Map<String, Integer> seen,
            List<GoldIssue> issues) {
        CoderSettings settings = PETRARCH_DEFAULTS;
        JsonNode config = o.path("config");
        if (config.isObject()) {
            var fields = config.fields();
            while (fields.hasNext()) {
                var f = fields.next();
                settings = configure(settings, f.getKey(), f.getValue().asText());
            }
        }
        List<ExpectedCoding> expected = new ArrayList<>();
        boolean noEvents = false;
        String error = "";
        for (JsonNode c : o.path("expected")) {
            if (c.has("noevents")) {
                noEvents = true;
            } else if (c.has("error")) {
                error = c.path("error").asText();
            } else {
                expected.add(new ExpectedCoding(c.path("sourcecode").asText(""), c.path("targetcode").asText(""),
                        c.path("eventcode").asText("")));
            }
        }
        Optional<String> text = caseText(o.path("text").asText(""), o.path("parse").asText(""), where + " (" + id + ")",
                issues);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new SuiteCase(key(id, seen), id, date(o.path("date").asText(""), where),
                o.path("category").asText(""), text.get(), expected, noEvents, error, settings, SuiteCase.Match.EXACT));
    }
}
