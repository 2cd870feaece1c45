package org.dyad.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.dyad.model.AnnotatedDocument;
import org.dyad.model.Article;
import org.dyad.model.Dependency;
import org.dyad.model.Mention;
import org.dyad.model.Sentence;
import org.dyad.model.Token;

/** Conversions between CoreNLP's annotations and Dyad's document, both ways. */
final class CoreMaps {
    private CoreMaps() {
    }

    /** An annotation of the article's text, dated. */
    static Annotation annotation(Article article) {
        Annotation ann = new Annotation(article.text());
        ann.set(CoreAnnotations.DocDateAnnotation.class, article.date().toString());
        return ann;
    }

    /** A document of some sentences of an article, the sentence objects themselves. */
    static Annotation subset(Article article, List<CoreMap> sentences) {
        Annotation out = annotation(article);
        List<CoreLabel> tokens = new ArrayList<>();
        for (CoreMap s : sentences) {
            tokens.addAll(s.get(CoreAnnotations.TokensAnnotation.class));
        }
        out.set(CoreAnnotations.TokensAnnotation.class, tokens);
        out.set(CoreAnnotations.SentencesAnnotation.class, sentences);
        return out;
    }

    /**
     * A Dyad sentence as CoreNLP's tagger left it: each token's word (also its value), original text,
     * tag, lemma, name class, offsets and 1-based index, and the sentence's offsets and index; what
     * CoreNLP's parser and its conversion to Universal Dependencies read.
     */
    static CoreMap coreMap(Article article, Sentence s) {
        List<CoreLabel> labels = new ArrayList<>(s.size());
        for (Token t : s.tokens()) {
            CoreLabel l = new CoreLabel();
            l.setWord(t.word());
            l.setValue(t.word());
            l.setOriginalText(article.text().substring(t.begin(), t.end()));
            l.setTag(t.pos());
            l.setLemma(t.lemma());
            l.setNER(t.ner());
            l.setBeginPosition(t.begin());
            l.setEndPosition(t.end());
            l.setIndex(t.index() + 1);
            l.setSentIndex(s.index());
            labels.add(l);
        }
        CoreMap cm = new ArrayCoreMap();
        cm.set(CoreAnnotations.TokensAnnotation.class, labels);
        cm.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, s.begin());
        cm.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, s.end());
        cm.set(CoreAnnotations.SentenceIndexAnnotation.class, s.index());
        return cm;
    }

    /** A CoreNLP sentence as a Dyad sentence: its tokens, and its two graphs when {@code parsed}. */
    static Sentence sentence(int index, CoreMap cm, boolean parsed) {
        List<CoreLabel> labels = cm.get(CoreAnnotations.TokensAnnotation.class);
        List<Token> tokens = new ArrayList<>(labels.size());
        for (CoreLabel l : labels) {
            tokens.add(new Token(tokens.size(), l.word(), Objects.toString(l.lemma(), l.word()),
                    Objects.toString(l.tag(), ""), Objects.toString(l.ner(), "O"), l.beginPosition(),
                    l.endPosition()));
        }
        int begin = cm.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
        int end = cm.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
        if (!parsed) {
            return Sentence.unparsed(index, begin, end, tokens);
        }
        return new Sentence(index, begin, end, tokens, arcs(basic(cm)), arcs(enhanced(cm)));
    }

    static SemanticGraph basic(CoreMap cm) {
        return cm.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
    }

    static SemanticGraph enhanced(CoreMap cm) {
        return cm.get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class);
    }

    /** The arcs of a graph with 0-based token indices; copy nodes of elided predicates are left out. */
    static List<Dependency> arcs(SemanticGraph g) {
        if (g == null) {
            return List.of();
        }
        List<Dependency> arcs = new ArrayList<>();
        for (IndexedWord root : g.getRoots()) {
            if (root.copyCount() == 0) {
                arcs.add(new Dependency(Dependency.ROOT, root.index() - 1, "root"));
            }
        }
        for (SemanticGraphEdge e : g.edgeIterable()) {
            if (e.getGovernor().copyCount() == 0 && e.getDependent().copyCount() == 0) {
                arcs.add(new Dependency(e.getGovernor().index() - 1, e.getDependent().index() - 1,
                        e.getRelation().toString()));
            }
        }
        arcs.sort((a, b) -> a.dependent() != b.dependent() ? Integer.compare(a.dependent(), b.dependent())
                : Integer.compare(a.governor(), b.governor()));
        return arcs;
    }

    /** The tokens of a sentence that overlap a character span, as {@code [first, last + 1)}. */
    static int[] tokenRange(Sentence s, int begin, int end) {
        int first = -1;
        int last = -1;
        for (Token t : s.tokens()) {
            if (t.end() > begin && t.begin() < end) {
                if (first < 0) {
                    first = t.index();
                }
                last = t.index();
            }
        }
        if (first < 0) {
            throw new IllegalStateException("no token of sentence " + s.index() + " overlaps [" + begin + ", " + end
                    + ")");
        }
        return new int[] {first, last + 1};
    }

    /** The mention of tokens {@code [tokenBegin, tokenEnd)} of a sentence, its head kept inside them. */
    static Mention mention(AnnotatedDocument doc, int sentence, int tokenBegin, int tokenEnd, int head) {
        Sentence s = doc.sentences().get(sentence);
        int begin = s.token(tokenBegin).begin();
        int end = s.token(tokenEnd - 1).end();
        int h = Math.max(tokenBegin, Math.min(head, tokenEnd - 1));
        return new Mention(sentence, tokenBegin, tokenEnd, h, begin, end, doc.text(begin, end));
    }

    /** True when every token of {@code [tokens[0], tokens[1])} is a pronoun. */
    static boolean pronominal(Sentence s, int[] tokens) {
        for (int i = tokens[0]; i < tokens[1]; i++) {
            if (!s.token(i).pos().startsWith("PRP") && !s.token(i).pos().startsWith("WP")) {
                return false;
            }
        }
        return true;
    }
}
