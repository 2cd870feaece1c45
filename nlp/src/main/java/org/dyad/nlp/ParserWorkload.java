package org.dyad.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.parser.nndep.BatchParser;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Properties;
import java.util.function.Consumer;
import org.dyad.model.Article;

/**
 * The dependency parser alone, for measuring it: articles tokenized and tagged once as Dyad's analysis
 * tags them, then parsed as the parse stage parses them (the sentences of an article in step, {@link
 * BatchParser}) or one sentence at a time through CoreNLP's {@code DependencyParser.predict}, both with
 * Dyad's scoring of the network. Loads the tagger and the parser (about ten seconds). Not thread-safe.
 */
public final class ParserWorkload {
    private final List<List<CoreMap>> articles = new ArrayList<>();
    private final DependencyParser parser;
    private final BatchParser inStep;
    private final int sentences;

    /** Tags the articles and loads the parser with Dyad's settings. */
    public ParserWorkload(List<Article> articles) {
        Objects.requireNonNull(articles, "articles");
        StanfordCoreNLP tagger = new StanfordCoreNLP(CoreNlpSettings.previewProperties());
        int n = 0;
        for (Article a : articles) {
            Annotation ann = new Annotation(a.text());
            tagger.annotate(ann);
            List<CoreMap> s = ann.get(CoreAnnotations.SentencesAnnotation.class);
            this.articles.add(s);
            n += s.size();
        }
        this.sentences = n;
        Properties p = new Properties();
        p.setProperty("numPreComputed", "0");
        parser = DependencyParser.loadFromModelFile(DependencyParser.DEFAULT_MODEL, p);
        inStep = new BatchParser(parser, DependencyParseAnnotator.PRECOMPUTED);
    }

    /** The number of sentences of the articles. */
    public int sentences() {
        return sentences;
    }

    /** Parses every article with its sentences in step; returns the number of dependencies. */
    public int parseInStep() {
        int[] arcs = {0};
        parse(true, g -> arcs[0] += g.typedDependencies().size());
        return arcs[0];
    }

    /** Parses every sentence on its own; returns the number of dependencies. */
    public int parseOneByOne() {
        int[] arcs = {0};
        parse(false, g -> arcs[0] += g.typedDependencies().size());
        return arcs[0];
    }

    /** The dependencies of every sentence, in step ({@code true}) or one by one, as text: for comparing both. */
    public List<String> arcs(boolean step) {
        List<String> out = new ArrayList<>();
        parse(step, g -> out.add(g.typedDependencies().toString()));
        return out;
    }

    private void parse(boolean step, Consumer<GrammaticalStructure> each) {
        for (List<CoreMap> a : articles) {
            if (step) {
                inStep.predict(a).forEach(each);
            } else {
                a.forEach(s -> each.accept(parser.predict(s)));
            }
        }
    }
}
