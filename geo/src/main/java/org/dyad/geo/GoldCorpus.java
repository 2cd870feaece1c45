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
 *       Its offsets are one past the text; each span is realigned to where its name actually is
 *       (the offset as given, one less or one more). Locations nested inside another location
 *       element are read like the others; commented-out articles are not read.</li>
 * </ul>
 */
public record GoldCorpus(String name, List<Article> articles) {
    public GoldCorpus {
        Objects.requireNonNull(name, "name");
        articles = List.copyOf(articles);
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
        for (int i = 0; i < arts.getLength(); i++) {
            Element a = (Element) arts.item(i);
            String text = child(a, "text").orElse("");
            if (text.isBlank()) {
                continue;
            }
            if (a.getElementsByTagName("toponym").getLength() > 0 || a.hasAttribute("docid")) {
                out.add(lgl(a, text, i));
            } else {
                out.add(geoVirus(a, text, i));
            }
        }
        if (out.isEmpty()) {
            throw new IOException(file + " holds no <article> with a <text>: not an LGL or GeoVirus file");
        }
        return new GoldCorpus(name, out);
    }

    private static Article lgl(Element a, String text, int i) {
        String id = a.getAttribute("docid").isEmpty() ? "article-" + i : a.getAttribute("docid");
        LocalDate date = child(a, "dltime").filter(s -> s.length() >= 10).map(s -> LocalDate.parse(s.substring(0, 10)))
                .orElse(UNDATED);
        List<Gold> gold = new ArrayList<>();
        NodeList tops = a.getElementsByTagName("toponym");
        for (int k = 0; k < tops.getLength(); k++) {
            Element t = (Element) tops.item(k);
            int begin = Integer.parseInt(child(t, "start").orElseThrow().strip());
            int end = Integer.parseInt(child(t, "end").orElseThrow().strip());
            String phrase = child(t, "phrase").orElse(text.substring(begin, end));
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
            gold.add(new Gold(begin, end, phrase, point, id2));
        }
        return new Article(id, date, text, gold);
    }

    private static Article geoVirus(Element a, String text, int i) {
        String id = "geovirus-" + i;
        List<Gold> gold = new ArrayList<>();
        NodeList locs = a.getElementsByTagName("location");
        for (int k = 0; k < locs.getLength(); k++) {
            Element l = (Element) locs.item(k);
            String name = directChild(l, "name").orElse("");
            Optional<String> s = directChild(l, "start");
            Optional<String> e = directChild(l, "end");
            if (name.isBlank() || s.isEmpty() || e.isEmpty()) {
                continue;
            }
            int begin = Integer.parseInt(s.get().strip());
            int end = Integer.parseInt(e.get().strip());
            int shift = 0;
            for (int delta : new int[] {-1, 0, 1}) {
                if (begin + delta >= 0 && end + delta <= text.length()
                        && text.substring(begin + delta, end + delta).equals(name)) {
                    shift = delta;
                    break;
                }
            }
            begin = Math.max(0, Math.min(text.length() - 1, begin + shift));
            end = Math.max(begin + 1, Math.min(text.length(), end + shift));
            Optional<Point> point = Optional.of(new Point(Double.parseDouble(directChild(l, "lat").orElseThrow().strip()),
                    Double.parseDouble(directChild(l, "lon").orElseThrow().strip())));
            gold.add(new Gold(begin, end, name, point, 0));
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
