package org.dyad.geo;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.dyad.model.AnnotatedDocument;
import org.dyad.model.Article;
import org.dyad.stage.OrderedRunner;

/**
 * Scores Dyad's geoparsing against a {@link GoldCorpus}, in two ways.
 *
 * <ul>
 *   <li><b>Given spans</b>: the gold toponym spans of each article are resolved together by the
 *       {@link ToponymResolver}; a toponym is right when the chosen place lies within 161 km (100
 *       miles) of the gold point, and an exact match when its GeoNames id is the gold one.</li>
 *   <li><b>End to end</b>: each article is analysed from raw text and geoparsed; a system toponym
 *       recognises a gold toponym when their character spans overlap (one to one, in text order).
 *       Recognition precision is recognising system toponyms over all system toponyms; recall is
 *       recognised gold toponyms over all gold toponyms; end-to-end accuracy is the gold toponyms
 *       with a gold point that are recognised and resolved within 161 km, over all of those.</li>
 * </ul>
 *
 * <p>Gold toponyms without a point (LGL streets) count for recognition only.
 */
public final class GeoEvaluation {
    /** The distance within which a resolution counts as right: 161 km, 100 miles. */
    public static final double TOLERANCE_KM = 161.0;

    private final Geoparser geoparser;

    public GeoEvaluation(Geoparser geoparser) {
        this.geoparser = Objects.requireNonNull(geoparser, "geoparser");
    }

    /** Scores resolution from the gold spans. */
    public GivenSpans givenSpans(GoldCorpus corpus) {
        return givenSpans(corpus, m -> { });
    }

    /**
     * Scores resolution from the gold spans, reporting each toponym resolved farther than 161 km (or
     * not at all) to {@code mistakes} as one tab-separated line: article, text, gold point, chosen
     * place, distance in km.
     */
    public GivenSpans givenSpans(GoldCorpus corpus, java.util.function.Consumer<String> mistakes) {
        int located = 0;
        int within = 0;
        int withId = 0;
        int exact = 0;
        int unresolved = 0;
        for (GoldCorpus.Article a : corpus.articles()) {
            List<PlaceMention> mentions = new ArrayList<>();
            List<GoldCorpus.Gold> golds = new ArrayList<>();
            for (GoldCorpus.Gold g : a.toponyms()) {
                if (g.located() && g.end() <= a.text().length() && g.begin() < g.end()) {
                    mentions.add(new PlaceMention(-1, g.begin(), g.end(), a.text().substring(g.begin(), g.end())));
                    golds.add(g);
                }
            }
            List<Toponym> resolved = geoparser.resolver().resolve(a.text(), mentions);
            for (GoldCorpus.Gold g : golds) {
                located++;
                if (g.geonamesId() != 0) {
                    withId++;
                }
                Optional<Toponym> t = resolved.stream().filter(r -> r.mention().begin() == g.begin()).findFirst();
                GoldCorpus.Point p = g.point().orElseThrow();
                if (t.isEmpty()) {
                    unresolved++;
                    mistakes.accept(a.id() + "\t" + g.text() + "\t" + p.latitude() + "," + p.longitude()
                            + "\t(unresolved)\t");
                    continue;
                }
                double km = distance(t.get().place(), p);
                if (km <= TOLERANCE_KM) {
                    within++;
                } else {
                    GeoPlace c = t.get().place();
                    mistakes.accept(a.id() + "\t" + g.text() + "\t" + p.latitude() + "," + p.longitude() + "\t"
                            + c.name() + " " + c.countryCode() + "." + c.admin1() + " " + c.kind().label() + " "
                            + c.population() + "\t" + Math.round(km));
                }
                if (g.geonamesId() != 0 && t.get().place().geonamesId() == g.geonamesId()) {
                    exact++;
                }
            }
        }
        return new GivenSpans(located, within, withId, exact, unresolved);
    }

    /**
     * Scores geoparsing from raw text, analysing articles on {@code threads} worker threads.
     *
     * @param analyzer the NLP stage: turns each gold article into an annotated document; must be
     *     thread-safe when {@code threads > 1}. An article it fails on counts as one where nothing was
     *     recognised, and is counted in {@link EndToEnd#failedArticles()}.
     */
    public EndToEnd endToEnd(GoldCorpus corpus, Function<Article, AnnotatedDocument> analyzer, int threads) {
        EndToEnd sum = new EndToEnd(0, 0, 0, 0, 0, 0, 0);
        for (EndToEnd part : OrderedRunner.map("dyad-eval-geo", threads, corpus.articles(), a -> score(a, analyzer))) {
            sum = sum.plus(part);
        }
        return sum;
    }

    private EndToEnd score(GoldCorpus.Article a, Function<Article, AnnotatedDocument> analyzer) {
        int gold = a.toponyms().size();
        int located = (int) a.toponyms().stream().filter(GoldCorpus.Gold::located).count();
        List<Toponym> found;
        try {
            found = geoparser.parse(analyzer.apply(Article.of(a.id(), a.date(), a.text())));
        } catch (RuntimeException | StackOverflowError e) {
            return new EndToEnd(0, 0, gold, 0, located, 0, 1);
        }
        boolean[] used = new boolean[found.size()];
        int recognised = 0;
        int right = 0;
        for (GoldCorpus.Gold g : a.toponyms()) {
            for (int k = 0; k < found.size(); k++) {
                PlaceMention m = found.get(k).mention();
                if (!used[k] && m.begin() < g.end() && g.begin() < m.end()) {
                    used[k] = true;
                    recognised++;
                    if (g.located() && distance(found.get(k).place(), g.point().orElseThrow()) <= TOLERANCE_KM) {
                        right++;
                    }
                    break;
                }
            }
        }
        return new EndToEnd(found.size(), recognised, gold, recognised, located, right, 0);
    }

    private static double distance(GeoPlace p, GoldCorpus.Point g) {
        return Distance.kilometres(p.latitude(), p.longitude(), g.latitude(), g.longitude());
    }

    /** Resolution scores from gold spans. */
    public record GivenSpans(int toponyms, int within161km, int withGeonamesId, int exactMatches, int unresolved) {
        /** Share of toponyms resolved within 161 km of the gold point. */
        public double accuracy161km() {
            return ratio(within161km, toponyms);
        }

        /** Share of toponyms with a gold GeoNames id resolved to exactly that id. */
        public double exactMatch() {
            return ratio(exactMatches, withGeonamesId);
        }
    }

    /** Recognition and resolution scores from raw text. */
    public record EndToEnd(int systemToponyms, int recognising, int goldToponyms, int recognised,
            int locatedToponyms, int within161km, int failedArticles) {
        EndToEnd plus(EndToEnd o) {
            return new EndToEnd(systemToponyms + o.systemToponyms, recognising + o.recognising,
                    goldToponyms + o.goldToponyms, recognised + o.recognised, locatedToponyms + o.locatedToponyms,
                    within161km + o.within161km, failedArticles + o.failedArticles);
        }

        /** Share of system toponyms that overlap a gold toponym. */
        public double precision() {
            return ratio(recognising, systemToponyms);
        }

        /** Share of gold toponyms that a system toponym overlaps. */
        public double recall() {
            return ratio(recognised, goldToponyms);
        }

        /** Share of gold toponyms with a point that are recognised and resolved within 161 km. */
        public double accuracy161km() {
            return ratio(within161km, locatedToponyms);
        }
    }

    static double ratio(int a, int b) {
        return b == 0 ? 0 : a / (double) b;
    }

    /** A share as a fixed four-decimal string, for reports. */
    public static String format(double share) {
        return String.format(Locale.ROOT, "%.4f", share);
    }
}
