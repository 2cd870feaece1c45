package org.dyad.geo;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.dyad.ingest.ArticleDates;
import org.dyad.model.GoldIssue;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * A geoparsing gold standard: articles with their toponyms, spans and gold coordinates. Reads the
 * two XML layouts of Gritta et al.'s evaluation collection:
 *
 * <ul>
 *   <li>LGL ({@code <article docid><text><dltime><toponyms><toponym><start><end><phrase><gaztag
 *       geonameid><lat><lon>}). Toponyms without a {@code gaztag} (streets, mostly) are kept as
 *       spans without coordinates: they count for recognition, not for resolution.</li>
 *   <li>GeoVirus ({@code <article><source><text><locations><location><name><start><end><lat><lon>}).
 *       Its offsets are one past the text; each span is moved to where its name actually is (the
 *       offset as given, one less or one more, without note; further as below). Locations nested inside another location
 *       element are read like the others; commented-out articles are not read.</li>
 * </ul>
 *
 * <p>Public gold sets have flawed records, and one of them does not stop the reading: a span whose text
 * is not its phrase is moved onto the phrase when it lies within {@value #REALIGN_WITHIN} characters
 * ({@link GoldIssue.Kind#REALIGNED}), and a toponym that cannot be placed so, or whose numbers do not
 * read, is left out ({@link GoldIssue.Kind#SKIPPED}); an article date in any form that sites write
 * is read ({@link ArticleDates}), and one that is not leaves the article undated (dates do not affect
 * geoparsing). Each such record is named in {@link #issues}.
 */
public record GoldCorpus(String name, List<Article> articles, List<GoldIssue> issues) {
    /** How far, in characters, a span may lie from its phrase and still be moved onto it. */
    public static final int REALIGN_WITHIN = 8;

    public GoldCorpus {
        Objects.requireNonNull(name, "name");
        articles = List.copyOf(articles);
        issues = List.copyOf(issues);
    }

    /** A corpus every record of which was read as written. */
    public GoldCorpus(String name, List<Article> articles) {
        this(name, articles, List.of());
    }

    /** How many records were dealt with as {@code kind}. */
    public long issues(GoldIssue.Kind kind) {
        return issues.stream().filter(i -> i.kind() == kind).count();
    }

    /** One gold article. GeoVirus articles carry no date and get {@link #UNDATED}. */
    public record Article(String id, LocalDate date, String text, List<Gold> toponyms) {
        public Article {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(text, "text");
            toponyms = List.copyOf(toponyms);
        }
    }

    /**
     * One gold toponym: its span and text, and its gold point and GeoNames id when the corpus gives
     * them ({@code point} empty for unresolved spans, {@code geonamesId} 0 when unknown).
     */
    public record Gold(int begin, int end, String text, Optional<Point> point, long geonamesId) {
        public Gold {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(point, "point: use Optional.empty()");
        }

        /** Whether this toponym has a gold point to resolve to. */
        public boolean located() {
            return point.isPresent();
        }
    }

    /** A gold point in decimal degrees. */
    public record Point(double latitude, double longitude) {
        public Point {
            if (!(latitude >= -90 && latitude <= 90 && longitude >= -180 && longitude <= 180)) {
                throw new IllegalArgumentException("gold point (" + latitude + ", " + longitude + ") out of range");
            }
        }
    }

    /** Date given to articles whose corpus records none; dates do not affect geoparsing. */
    public static final LocalDate UNDATED = LocalDate.of(2000, 1, 1);

    /** The gold sets' dates are as sites write them, and may lie in any year. */
    private static final ArticleDates DATES = new ArticleDates(Optional.empty(), ArticleDates.Order.DEFAULT, true,
            java.time.Clock.systemUTC());

    /**
     * Reads an LGL or GeoVirus file.
     *
     * @throws IOException when the file cannot be read or is not XML of either layout
     */
    public static GoldCorpus read(Path file) throws IOException {
        Document d;
        try (InputStream in = Files.newInputStream(file)) {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setIgnoringComments(true);
            DocumentBuilder b = f.newDocumentBuilder();
            // report malformed input through the exception alone, not also on standard error
            b.setErrorHandler(new DefaultHandler());
            d = b.parse(in);
        } catch (ParserConfigurationException | SAXException e) {
            throw new IOException(file + " is not a readable gold corpus: " + e.getMessage(), e);
        }
        String name = file.getFileName().toString().replaceFirst("\\.xml$", "");
        NodeList arts = d.getDocumentElement().getElementsByTagName("article");
        List<Article> out = new ArrayList<>(arts.getLength());
        List<GoldIssue> issues = new ArrayList<>();
        for (int i = 0; i < arts.getLength(); i++) {
            Element a = (Element) arts.item(i);
            String text = child(a, "text").orElse("");
            if (text.isBlank()) {
                continue;
            }
            try {
                if (a.getElementsByTagName("toponym").getLength() > 0 || a.hasAttribute("docid")) {
                    out.add(lgl(a, text, i, issues));
                } else {
                    out.add(geoVirus(a, text, i, issues));
                }
            } catch (RuntimeException e) {
                issues.add(new GoldIssue(name + " article " + i, GoldIssue.Kind.SKIPPED, "could not be read: " + e));
            }
        }
        if (out.isEmpty()) {
            throw new IOException(file + " holds no <article> with a <text>: not an LGL or GeoVirus file");
        }
        return new GoldCorpus(name, out, issues);
    }

    /**
     * Where a gold span's phrase is: the span as given when its text is the phrase, else the nearest
     * place within {@value #REALIGN_WITHIN} characters where it is (recorded as realigned), else none
     * (recorded as skipped).
     */
    static Optional<int[]> align(String text, int begin, int end, String phrase, String record, List<GoldIssue> issues) {
        String p = phrase.strip();
        if (p.isEmpty()) {
            if (begin >= 0 && end <= text.length() && begin < end) {
                return Optional.of(new int[] {begin, end});
            }
            issues.add(new GoldIssue(record, GoldIssue.Kind.SKIPPED, "span [" + begin + ", " + end
                    + ") lies outside the text's " + text.length() + " characters and names no phrase"));
            return Optional.empty();
        }
        if (begin >= 0 && begin + p.length() <= text.length() && text.startsWith(p, begin)) {
            return Optional.of(new int[] {begin, begin + p.length()});
        }
        for (int delta = 1; delta <= REALIGN_WITHIN; delta++) {
            for (int b : new int[] {begin - delta, begin + delta}) {
                if (b >= 0 && b + p.length() <= text.length() && text.startsWith(p, b)) {
                    issues.add(new GoldIssue(record, GoldIssue.Kind.REALIGNED, "span [" + begin + ", " + end
                            + ") of '" + p + "' moved by " + (b - begin) + " to [" + b + ", " + (b + p.length())
                            + ")"));
                    return Optional.of(new int[] {b, b + p.length()});
                }
            }
        }
        issues.add(new GoldIssue(record, GoldIssue.Kind.SKIPPED, "'" + p + "' is not within " + REALIGN_WITHIN
                + " characters of its span [" + begin + ", " + end + ") in a text of " + text.length() + " characters"));
        return Optional.empty();
    }

    private static Article lgl(Element a, String text, int i, List<GoldIssue> issues) {
        String id = a.getAttribute("docid").isEmpty() ? "article-" + i : a.getAttribute("docid");
        LocalDate date = UNDATED;
        Optional<String> raw = child(a, "dltime").map(String::strip).filter(s -> !s.isEmpty());
        if (raw.isPresent()) {
            ArticleDates.Reading r = DATES.read(raw.get());
            if (r.date().isPresent()) {
                date = r.date().get();
            } else {
                issues.add(new GoldIssue(id, GoldIssue.Kind.RECOVERED, r.problem() + "; read as undated"));
            }
        }
        List<Gold> gold = new ArrayList<>();
        NodeList tops = a.getElementsByTagName("toponym");
        for (int k = 0; k < tops.getLength(); k++) {
            Element t = (Element) tops.item(k);
            String record = id + " toponym " + k;
            try {
                int begin = Integer.parseInt(child(t, "start").orElseThrow().strip());
                int end = Integer.parseInt(child(t, "end").orElseThrow().strip());
                Optional<int[]> span = align(text, begin, end, child(t, "phrase").orElse(""), record, issues);
                if (span.isEmpty()) {
                    continue;
                }
                String phrase = text.substring(span.get()[0], span.get()[1]);
                NodeList gaz = t.getElementsByTagName("gaztag");
                Optional<Point> point = Optional.empty();
                long id2 = 0;
                if (gaz.getLength() > 0) {
                    Element g = (Element) gaz.item(0);
                    Optional<String> lat = child(g, "lat");
                    Optional<String> lon = child(g, "lon");
                    if (lat.isPresent() && lon.isPresent()) {
                        point = Optional.of(new Point(Double.parseDouble(lat.get()), Double.parseDouble(lon.get())));
                    }
                    if (!g.getAttribute("geonameid").isEmpty()) {
                        id2 = Long.parseLong(g.getAttribute("geonameid"));
                    }
                }
                gold.add(new Gold(span.get()[0], span.get()[1], phrase, point, id2));
            } catch (RuntimeException e) {
                issues.add(new GoldIssue(record, GoldIssue.Kind.SKIPPED, "could not be read: " + e));
            }
        }
        return new Article(id, date, text, gold);
    }

    private static Article geoVirus(Element a, String text, int i, List<GoldIssue> issues) {
        String id = "geovirus-" + i;
        List<Gold> gold = new ArrayList<>();
        NodeList locs = a.getElementsByTagName("location");
        for (int k = 0; k < locs.getLength(); k++) {
            Element l = (Element) locs.item(k);
            String record = id + " location " + k;
            String name = directChild(l, "name").orElse("");
            Optional<String> s = directChild(l, "start");
            Optional<String> e = directChild(l, "end");
            if (name.isBlank() || s.isEmpty() || e.isEmpty()) {
                continue;
            }
            try {
                int begin = Integer.parseInt(s.get().strip());
                int end = Integer.parseInt(e.get().strip());
                // GeoVirus's offsets are one past the text: a shift of one is how the set is written, not a flaw
                List<GoldIssue> local = new ArrayList<>();
                Optional<int[]> span = align(text, begin, end, name, record, local);
                if (span.isPresent() && Math.abs(span.get()[0] - begin) <= 1) {
                    local.clear();
                }
                issues.addAll(local);
                if (span.isEmpty()) {
                    continue;
                }
                Optional<Point> point = Optional.of(new Point(Double.parseDouble(directChild(l, "lat").orElseThrow()
                        .strip()), Double.parseDouble(directChild(l, "lon").orElseThrow().strip())));
                gold.add(new Gold(span.get()[0], span.get()[1], name.strip(), point, 0));
            } catch (RuntimeException x) {
                issues.add(new GoldIssue(record, GoldIssue.Kind.SKIPPED, "could not be read: " + x));
            }
        }
        gold.sort(java.util.Comparator.comparingInt(Gold::begin));
        return new Article(id, UNDATED, text, gold);
    }

    private static Optional<String> child(Element e, String tag) {
        NodeList l = e.getElementsByTagName(tag);
        return l.getLength() == 0 ? Optional.empty() : Optional.of(l.item(0).getTextContent());
    }

    private static Optional<String> directChild(Element e, String tag) {
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element c && c.getTagName().equals(tag)) {
                return Optional.of(c.getTextContent());
            }
        }
        return Optional.empty();
    }

    /** Number of toponyms with a gold point. */
    public int locatedToponyms() {
        return articles.stream().mapToInt(a -> (int) a.toponyms().stream().filter(Gold::located).count()).sum();
    }
}
