package org.dyad.nlp;

import edu.stanford.nlp.coref.CorefCoreAnnotations;
import edu.stanford.nlp.coref.data.CorefChain;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.QuoteAttributionAnnotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.util.CoreMap;
import edu.stanford.nlp.util.logging.RedwoodConfiguration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import org.dyad.model.AnnotatedDocument;
import org.dyad.model.Article;
import org.dyad.model.Dependency;
import org.dyad.model.EntityMention;
import org.dyad.model.Layer;
import org.dyad.model.Mention;
import org.dyad.model.Provenance;
import org.dyad.model.Quote;
import org.dyad.model.Sentence;
import org.dyad.model.TimeExpression;
import org.dyad.model.Token;

/**
 * {@link TextAnalyzer} over Stanford CoreNLP 4.5 with its English models. The models are loaded once,
 * in the constructor (several seconds); {@link #analyze} is thread-safe and is called from all worker
 * threads on the one instance.
 */
public final class CoreNlpAnalyzer implements TextAnalyzer {
    static final String VERSION = "corenlp-4.5.10";
    private static final Set<String> TIME_TYPES = Set.of("DATE", "TIME", "DURATION", "SET");

    private final StanfordCoreNLP pipeline;
    private final NlpProfile profile;
    private final CoreferenceRules coreferenceRules = new CoreferenceRules();
    private final QuoteFinder quoteFinder = new QuoteFinder();

    /** Loads the models of a profile. */
    public CoreNlpAnalyzer(NlpProfile profile) {
        this.profile = Objects.requireNonNull(profile, "profile");
        RedwoodConfiguration.errorLevel().apply();
        this.pipeline = new StanfordCoreNLP(properties(profile));
    }

    /** The CoreNLP settings of a profile. */
    static Properties properties(NlpProfile profile) {
        Properties p = new Properties();
        String annotators = "tokenize,ssplit,pos,lemma,ner,depparse";
        if (profile == NlpProfile.CORENLP_COREF) {
            annotators += ",coref,quote";
            p.setProperty("coref.algorithm", "statistical");
        }
        p.setProperty("annotators", annotators);
        // "build-up", "confidence-building" stay one token: event nouns are written with hyphens
        p.setProperty("tokenize.options", "splitHyphenated=false,invertible=true");
        p.setProperty("ssplit.newlineIsSentenceBreak", "two");
        p.setProperty("ner.applyFineGrained", "false");
        p.setProperty("ner.buildEntityMentions", "true");
        p.setProperty("depparse.extradependencies", "MAXIMAL");
        return p;
    }

    @Override
    public Set<Layer> layers() {
        return EnumSet.allOf(Layer.class);
    }

    @Override
    public AnnotatedDocument analyze(Article article) {
        Annotation ann = new Annotation(article.text());
        ann.set(CoreAnnotations.DocDateAnnotation.class, article.date().toString());
        pipeline.annotate(ann);
        AnnotatedDocument base = convert(article, ann);
        if (profile == NlpProfile.CORENLP_COREF) {
            return new AnnotatedDocument(article, base.sentences(), base.entities(), base.times(),
                    coreNlpChains(ann, base), coreNlpQuotes(ann, base), EnumSet.allOf(Layer.class));
        }
        AnnotatedDocument withCoref = coreferenceRules.resolve(base);
        return quoteFinder.find(withCoref);
    }

    private static AnnotatedDocument convert(Article article, Annotation ann) {
        List<CoreMap> cms = ann.get(CoreAnnotations.SentencesAnnotation.class);
        List<Sentence> sentences = new ArrayList<>(cms.size());
        for (CoreMap cm : cms) {
            sentences.add(sentence(sentences.size(), cm));
        }
        List<EntityMention> entities = new ArrayList<>();
        List<TimeExpression> times = new ArrayList<>();
        List<CoreMap> mentions = ann.get(CoreAnnotations.MentionsAnnotation.class);
        if (mentions != null) {
            for (CoreMap m : mentions) {
                int s = m.get(CoreAnnotations.SentenceIndexAnnotation.class);
                Sentence sentence = sentences.get(s);
                int begin = m.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
                int end = m.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
                int[] tokens = tokenRange(sentence, begin, end);
                String type = m.get(CoreAnnotations.NamedEntityTagAnnotation.class);
                String text = article.slice(begin, end);
                if (TIME_TYPES.contains(type)) {
                    Timex timex = m.get(TimeAnnotations.TimexAnnotation.class);
                    String value = timex != null && timex.value() != null ? timex.value()
                            : Objects.toString(m.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class), "");
                    times.add(new TimeExpression(s, tokens[0], tokens[1], begin, end, text, type, value));
                } else if (!pronominal(sentence, tokens)) {
                    // CoreNLP also lists pronouns as entity mentions; Dyad resolves them by coreference
                    entities.add(new EntityMention(s, tokens[0], tokens[1], type, begin, end, text));
                }
            }
        }
        Set<Layer> layers = EnumSet.of(Layer.TOKENS, Layer.POS, Layer.LEMMAS, Layer.ENTITIES, Layer.DEPENDENCIES,
                Layer.TIME);
        return new AnnotatedDocument(article, sentences, entities, times, List.of(), List.of(), layers);
    }

    private static boolean pronominal(Sentence s, int[] tokens) {
        for (int i = tokens[0]; i < tokens[1]; i++) {
            if (!s.token(i).pos().startsWith("PRP") && !s.token(i).pos().startsWith("WP")) {
                return false;
            }
        }
        return true;
    }

    private static Sentence sentence(int index, CoreMap cm) {
        List<CoreLabel> labels = cm.get(CoreAnnotations.TokensAnnotation.class);
        List<Token> tokens = new ArrayList<>(labels.size());
        for (CoreLabel l : labels) {
            tokens.add(new Token(tokens.size(), l.word(), Objects.toString(l.lemma(), l.word()),
                    Objects.toString(l.tag(), ""), Objects.toString(l.ner(), "O"), l.beginPosition(),
                    l.endPosition()));
        }
        int begin = cm.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
        int end = cm.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
        SemanticGraph basic = cm.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
        SemanticGraph enhanced = cm.get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class);
        return ParseRepairs.repair(new Sentence(index, begin, end, tokens, arcs(basic), arcs(enhanced)));
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

    private static List<org.dyad.model.CorefChain> coreNlpChains(Annotation ann, AnnotatedDocument doc) {
        Map<Integer, CorefChain> chains = ann.get(CorefCoreAnnotations.CorefChainAnnotation.class);
        List<org.dyad.model.CorefChain> out = new ArrayList<>();
        if (chains == null) {
            return out;
        }
        Provenance provenance = Provenance.rule("corenlp-statistical-coref", VERSION);
        for (CorefChain c : chains.values()) {
            List<Mention> mentions = new ArrayList<>();
            int representative = 0;
            CorefChain.CorefMention rep = c.getRepresentativeMention();
            for (CorefChain.CorefMention m : c.getMentionsInTextualOrder()) {
                if (m == rep) {
                    representative = mentions.size();
                }
                mentions.add(mention(doc, m.sentNum - 1, m.startIndex - 1, m.endIndex - 1, m.headIndex - 1));
            }
            if (mentions.size() >= 2) {
                out.add(new org.dyad.model.CorefChain(c.getChainID(), representative, mentions, provenance));
            }
        }
        out.sort((a, b) -> Integer.compare(a.mentions().get(0).begin(), b.mentions().get(0).begin()));
        return out;
    }

    static Mention mention(AnnotatedDocument doc, int sentence, int tokenBegin, int tokenEnd, int head) {
        Sentence s = doc.sentences().get(sentence);
        int begin = s.token(tokenBegin).begin();
        int end = s.token(tokenEnd - 1).end();
        int h = Math.max(tokenBegin, Math.min(head, tokenEnd - 1));
        return new Mention(sentence, tokenBegin, tokenEnd, h, begin, end, doc.text(begin, end));
    }

    private static List<Quote> coreNlpQuotes(Annotation ann, AnnotatedDocument doc) {
        List<CoreMap> quotes = ann.get(CoreAnnotations.QuotationsAnnotation.class);
        List<Quote> out = new ArrayList<>();
        if (quotes == null) {
            return out;
        }
        Provenance provenance = Provenance.rule("corenlp-quote-attribution", VERSION);
        for (CoreMap q : quotes) {
            int begin = q.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
            int end = q.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
            String text = doc.text(begin, end);
            if (text.isBlank()) {
                continue;
            }
            Optional<Mention> speaker = Optional.empty();
            Integer mb = q.get(QuoteAttributionAnnotator.MentionBeginAnnotation.class);
            Integer me = q.get(QuoteAttributionAnnotator.MentionEndAnnotation.class);
            if (mb != null && me != null) {
                speaker = documentTokens(doc, mb, me + 1);
            }
            out.add(new Quote(out.size(), begin, end, text, speaker, provenance));
        }
        return out;
    }

    /** The mention covering document-level tokens {@code [first, end)} when they lie in one sentence. */
    private static Optional<Mention> documentTokens(AnnotatedDocument doc, int first, int end) {
        int offset = 0;
        for (Sentence s : doc.sentences()) {
            if (first >= offset && first < offset + s.size()) {
                int b = first - offset;
                int e = Math.min(end - offset, s.size());
                return e > b ? Optional.of(mention(doc, s.index(), b, e, e - 1)) : Optional.empty();
            }
            offset += s.size();
        }
        return Optional.empty();
    }
}
