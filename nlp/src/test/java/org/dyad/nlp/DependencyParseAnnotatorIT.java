package org.dyad.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.dyad.model.Article;
import org.junit.jupiter.api.Test;

/** Dyad's scoring of the dependency parser against CoreNLP's own, on real articles with the real model. */
class DependencyParseAnnotatorIT {
    @Test
    void parsesExactlyAsCoreNlpsAnnotator() {
        StanfordCoreNLP tagger = new StanfordCoreNLP(CoreNlpSettings.previewProperties());
        StanfordCoreNLP coreNlp = new StanfordCoreNLP(parserOnly("depparse"));
        StanfordCoreNLP dyad = new StanfordCoreNLP(parserOnly(DependencyParseAnnotator.NAME));
        int sentences = 0;
        for (Article article : Articles.sampleAndVoa(6)) {
            Annotation ann = new Annotation(article.text());
            tagger.annotate(ann);
            coreNlp.annotate(ann);
            List<String> expected = graphs(ann);
            dyad.annotate(ann);
            assertThat(graphs(ann)).as(article.id()).isEqualTo(expected);
            sentences += expected.size();
        }
        assertThat(sentences).isGreaterThan(100);
    }

    @Test
    void sentencesParsedInStepGetTheirParsesOfOneByOne() {
        ParserWorkload parser = new ParserWorkload(Articles.sampleAndVoa(4));
        List<String> inStep = parser.arcs(true);
        assertThat(inStep).hasSize(parser.sentences()).isEqualTo(parser.arcs(false));
        assertThat(parser.parseInStep()).isEqualTo(parser.parseOneByOne()).isGreaterThan(1000);
    }

    private static Properties parserOnly(String annotator) {
        Properties p = CoreNlpSettings.properties(NlpProfile.STANDARD);
        p.setProperty("annotators", annotator);
        p.setProperty("enforceRequirements", "false");
        return p;
    }

    /**
     * The arcs Dyad reads from each sentence: the basic tree and the Enhanced++ graph without copy
     * nodes (CoreNLP's annotator numbers the copies of an elided predicate differently, since it
     * derives three more graphs from the same parse first).
     */
    private static List<String> graphs(Annotation ann) {
        List<String> out = new ArrayList<>();
        for (CoreMap s : ann.get(CoreAnnotations.SentencesAnnotation.class)) {
            out.add(CoreMaps.arcs(s.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class))
                    + " | " + CoreMaps.arcs(
                            s.get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class)));
        }
        return out;
    }
}
