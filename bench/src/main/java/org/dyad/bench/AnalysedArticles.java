package org.dyad.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dyad.actors.ActorMention;
import org.dyad.coding.ArticleCoder;
import org.dyad.ingest.ArticleReader;
import org.dyad.ingest.Ingested;
import org.dyad.model.AnnotatedDocument;
import org.dyad.model.Article;
import org.dyad.nlp.CoreNlpAnalyzer;
import org.dyad.nlp.NlpProfile;
import org.dyad.pipeline.EventSentenceSelector;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * JMH state shared by the hot-path benchmarks: the first {@link #articles} articles of {@link #corpus}
 * analysed once by CoreNLP (every sentence parsed), their actors, and their selective-profile
 * previews. Loading the models and analysing takes a minute or two per fork, outside the measurement.
 */
@State(Scope.Benchmark)
public class AnalysedArticles {
    /** The corpus, relative to the folder the benchmark runs in (the project root). */
    @Param("examples/voa-stories.jsonl")
    public String corpus;

    /** How many of its articles to analyse. */
    @Param("20")
    public int articles;

    ArticleCoder coder;
    EventSentenceSelector selector;
    final List<AnnotatedDocument> documents = new ArrayList<>();
    final List<AnnotatedDocument> previews = new ArrayList<>();
    final List<List<ActorMention>> actors = new ArrayList<>();

    /** Reads and analyses the articles. */
    @Setup(Level.Trial)
    public void analyse() throws IOException {
        List<Article> read = firstArticles(corpus, articles);
        coder = ArticleCoder.standard();
        selector = new EventSentenceSelector(coder);
        CoreNlpAnalyzer full = new CoreNlpAnalyzer(NlpProfile.STANDARD);
        CoreNlpAnalyzer selective = new CoreNlpAnalyzer(NlpProfile.SELECTIVE, selector);
        int sentences = 0;
        for (Article a : read) {
            AnnotatedDocument d = full.analyze(a);
            documents.add(d);
            actors.add(coder.actors().resolve(d));
            previews.add(selective.preview(a));
            sentences += d.sentences().size();
        }
        System.out.printf("%n%d articles, %d sentences per operation%n", documents.size(), sentences);
    }

    /**
     * The first {@code n} articles of {@code corpus}, a path relative to the folder the benchmark runs in.
     *
     * @throws IllegalStateException when it holds none
     */
    static List<Article> firstArticles(String corpus, int n) throws IOException {
        List<Article> read = new ArrayList<>();
        ArticleReader.withDefaults().read(Path.of(corpus), i -> {
            if (i instanceof Ingested.Read r && read.size() < n) {
                read.add(r.article());
            }
        });
        if (read.isEmpty()) {
            throw new IllegalStateException("no article in " + Path.of(corpus).toAbsolutePath()
                    + "; run from the project root or set -p corpus=PATH");
        }
        return read;
    }
}
