package org.dyad.server;

import java.nio.charset.StandardCharsets;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Dyad's boilerplate filter: the title and body text of a news page, without its menus, headers,
 * footers, share buttons, related links, cookie notices, comments and advertisements.
 *
 * <p>It removes the elements that never hold an article's text (scripts, navigation, forms, asides,
 * and elements whose class or id names a kind of boilerplate), then scores each element by the
 * paragraphs it holds directly: their length, counted only for paragraphs that are mostly not link
 * text and long enough to be prose. The element with the highest score (its paragraphs, and half of
 * its children's) is the article body; its paragraphs are the text, in document order, each on its own
 * line, with short lines that read as boilerplate ("Share this", "Read more") left out. A page with an
 * {@code <article>} element is read within it. Stateless and thread-safe.
 */
final class ArticleExtractor {
    /** Class and id words of elements that are never the article's text. */
    private static final Pattern BOILERPLATE = Pattern.compile(
            "(?i)(^|[-_ ])(nav|navbar|menu|header|footer|sidebar|share|sharing|social|related|recommended|promo|"
                    + "advert|advertisement|ads?|sponsor|newsletter|subscribe|signup|cookie|consent|banner|breadcrumbs?|"
                    + "comments?|disqus|popup|modal|outbrain|taboola|tags|byline-share|most-read|trending)([-_ ]|$)");
    private static final Pattern BOILERPLATE_LINE = Pattern.compile(
            "(?i)^(share|share this|follow us|read more|related|related stories|advertisement|sign up|subscribe|"
                    + "all rights reserved|copyright|©|click here|comments?|print|email|tweet|next story|"
                    + "previous story|listen|watch)\\b.{0,60}$");
    private static final int MIN_PARAGRAPH = 40;
    private static final double MAX_LINK_DENSITY = 0.5;

    /** What a page holds: its title, its body text, and the publication date its metadata gives. */
    record Extracted(String title, String text, Optional<String> published) {
    }

    Extracted extract(byte[] html, String url) {
        try {
            return extract(Jsoup.parse(new ByteArrayInputStream(html), null, url));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Extracted extract(String html, String url) {
        return extract(html.getBytes(StandardCharsets.UTF_8), url);
    }

    private Extracted extract(Document doc) {
        String title = meta(doc, "og:title").orElseGet(() -> {
            Element h1 = doc.selectFirst("h1");
            return h1 != null ? h1.text() : doc.title();
        }).strip();
        Optional<String> published = meta(doc, "article:published_time").or(() -> meta(doc, "datePublished"))
                .or(() -> Optional.ofNullable(doc.selectFirst("time[datetime]")).map(t -> t.attr("datetime")));
        doc.select("script, style, noscript, template, iframe, svg, canvas, form, nav, header, footer, aside, button,"
                + " select, input, textarea, figure figcaption, [role=navigation], [role=banner], [role=contentinfo],"
                + " [role=complementary], [aria-hidden=true], [hidden]").remove();
        for (Element e : new ArrayList<>(doc.getAllElements())) {
            if (e != doc && e.parent() != null && e != doc.body()
                    && (BOILERPLATE.matcher(e.className()).find() || BOILERPLATE.matcher(e.id()).find())) {
                e.remove();
            }
        }
        Element root = Optional.ofNullable(doc.selectFirst("article")).orElse(doc.body());
        if (root == null) {
            return new Extracted(title, "", published);
        }
        Map<Element, Double> score = new IdentityHashMap<>();
        for (Element p : root.select("p, pre, blockquote")) {
            if (!prose(p)) {
                continue;
            }
            double len = p.text().length();
            Element parent = p.parent();
            if (parent != null) {
                score.merge(parent, len, Double::sum);
                if (parent.parent() != null) {
                    score.merge(parent.parent(), len / 2, Double::sum);
                }
            }
        }
        Element best = score.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(root);
        List<String> lines = new ArrayList<>();
        for (Element p : best.select("p, pre, blockquote, h2, h3, li")) {
            String t = p.text().strip();
            if (t.isEmpty() || BOILERPLATE_LINE.matcher(t).matches() || linkDensity(p) > MAX_LINK_DENSITY) {
                continue;
            }
            boolean heading = p.tagName().matches("h2|h3");
            boolean item = p.tagName().equals("li");
            // headings and list items count only as part of the prose around them, when sentence-like
            if ((heading || item) && (t.length() < MIN_PARAGRAPH || !t.matches(".*[.!?\"”’]$"))) {
                continue;
            }
            if (nestedIn(p, best)) {
                continue; // its text is in the paragraph around it
            }
            lines.add(t);
        }
        return new Extracted(title, String.join("\n\n", lines), published);
    }

    private static boolean nestedIn(Element e, Element root) {
        for (Element a = e.parent(); a != null && a != root; a = a.parent()) {
            if (a.tagName().matches("p|pre|blockquote|li")) {
                return true;
            }
        }
        return false;
    }

    private static boolean prose(Element p) {
        String t = p.text();
        return t.length() >= MIN_PARAGRAPH && linkDensity(p) <= MAX_LINK_DENSITY && !BOILERPLATE_LINE.matcher(t).matches();
    }

    private static double linkDensity(Element e) {
        int len = e.text().length();
        if (len == 0) {
            return 1;
        }
        int links = 0;
        for (Element a : e.select("a")) {
            links += a.text().length();
        }
        return (double) links / len;
    }

    private static Optional<String> meta(Document doc, String name) {
        Element m = doc.selectFirst("meta[property=" + name + "], meta[name=" + name + "], meta[itemprop=" + name + "]");
        return m == null ? Optional.empty() : Optional.of(m.attr("content")).filter(s -> !s.isBlank());
    }
}
