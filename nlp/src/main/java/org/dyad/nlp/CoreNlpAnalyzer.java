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
import edu.stanford.nlp.util.CoreMap;
import edu.stanford.nlp.util.RuntimeInterruptedException;
import edu.stanford.nlp.util.logging.RedwoodConfiguration;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import org.dyad.model.AnnotatedDocument;
import org.dyad.model.Article;
import org.dyad.model.Dependency;
import org.dyad.model.EntityMention;
import org.dyad.model.Layer;
import org.dyad.model.Mention;
import org.dyad.model.Provenance;
import org.dyad.model.Quote;
import org.dyad.model.Sentence;
import org.dyad.model.StageInterrupted;
import org.dyad.model.TimeExpression;
import org.dyad.model.Token;

/**
 * {@link TextAnalyzer} over Stanford CoreNLP 4.5 with its English models. The models are loaded once,
 * in the constructor (several seconds; CoreNLP shares a model between analyzers of one process);
 * {@link #analyze} is thread-safe and is called from all worker threads on the one instance.
 *
 * <p>Every profile but {@link NlpProfile#CORENLP_COREF} gives each sentence its tokens, POS tags,
 * lemmas, the names of CoreNLP's 3-class model (person, organisation, location: the classes Dyad's
 * rules read) and its dates from {@link DateFinder}, and parses with {@link DependencyParseStage}. In
 * the {@link NlpProfile#SELECTIVE} profile the {@link SentenceSelector}, plus the sentences whose parse
 * {@link CoreferenceRules} reads to resolve the pronouns of those, decide which sentences are parsed.
 * A parsed sentence is annotated exactly as in {@link NlpProfile#STANDARD}; the others carry no arcs, so
 * {@link QuoteFinder} attributes a quotation only when the sentence of its reporting verb was parsed.
 */
public final class CoreNlpAnalyzer implements TextAnalyzer {
    static final String VERSION = "corenlp-4.5.10";
    private static final Set<String> TIME_TYPES = Set.of("DATE", "TIME", "DURATION", "SET");
    private static final Set<Layer> ANALYSED = EnumSet.of(Layer.TOKENS, Layer.POS, Layer.LEMMAS, Layer.ENTITIES,
            Layer.DEPENDENCIES, Layer.TIME);
    private static final Set<Layer> PREVIEWED = EnumSet.of(Layer.TOKENS, Layer.POS, Layer.LEMMAS, Layer.ENTITIES,
            Layer.TIME);

    private final NlpProfile profile;
    private final Analysis analysis;
    private final CoreferenceRules coreferenceRules = new CoreferenceRules();
    private final QuoteFinder quoteFinder = new QuoteFinder();

    /** Loads the models of a profile; {@link NlpProfile#SELECTIVE} then analyses every sentence fully. */
    public CoreNlpAnalyzer(NlpProfile profile) {
        this(profile, SentenceSelector.ALL);
    }

    /**
     * Loads the models of a profile.
     *
     * @param selector the sentences to analyse fully; read only by {@link NlpProfile#SELECTIVE}
     */
    public CoreNlpAnalyzer(NlpProfile profile, SentenceSelector selector) {
        this.profile = Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(selector, "selector");
        RedwoodConfiguration.errorLevel().apply();
        this.analysis = profile == NlpProfile.SELECTIVE ? new Selective(selector) : new WholeDocument(profile);
    }

    /** The CoreNLP settings of a profile's whole-document pipeline. */
    static Properties properties(NlpProfile profile) {
        Properties p = new Properties();
        tokenization(p);
        if (profile == NlpProfile.CORENLP_COREF) {
            // CoreNLP's coreference reads the full recognizer's classes and graphs that only CoreNLP's
            // own parse annotator derives
            p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse,coref,quote");
            p.setProperty("coref.algorithm", "statistical");
            fullNamedEntities(p);
            p.setProperty("ner.useSUTime", "false");
            p.setProperty("depparse.extradependencies", "MAXIMAL");
        } else {
            p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner," + DependencyParseStage.NAME);
            names(p);
            DependencyParseStage.register(p);
        }
        return p;
    }

    /**
     * Bare CoreNLP as an event coder built on it runs it, the yardstick of {@link CoreNlpBaseline}: the
     * same tokenization, CoreNLP's full recognizer (three CRF models, numeric classifiers, SUTime)
     * and its own parse annotator with Enhanced++ dependencies.
     */
    static Properties baselineProperties() {
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse");
        tokenization(p);
        fullNamedEntities(p);
        p.setProperty("depparse.extradependencies", "MAXIMAL");
        return p;
    }

    private static void tokenization(Properties p) {
        // "build-up", "confidence-building" stay one token: event nouns are written with hyphens
        p.setProperty("tokenize.options", "splitHyphenated=false,invertible=true");
        p.setProperty("ssplit.newlineIsSentenceBreak", "two");
    }

    private static void fullNamedEntities(Properties p) {
        p.setProperty("ner.applyFineGrained", "false");
        p.setProperty("ner.buildEntityMentions", "true");
    }

    /**
     * The names Dyad reads: CoreNLP's 3-class CRF (PERSON, ORGANIZATION, LOCATION) alone. In CoreNLP's
     * combination of its three English models the 3-class model is consulted first and is the only
     * one with those classes, so the names are those of the full recognizer; the other two models
     * add only MISC, money, percentages and times, and the numeric classifiers numbers and dates,
     * which nothing in Dyad reads (dates come from {@link DateFinder}).
     */
    private static void names(Properties p) {
        fullNamedEntities(p);
        p.setProperty("ner.model", "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz");
        p.setProperty("ner.applyNumericClassifiers", "false");
        p.setProperty("ner.useSUTime", "false");
    }

    /** Tokens, sentences, POS and lemmas: the floor of every analysis. */
    static Properties previewProperties() {
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit,pos,lemma");
        tokenization(p);
        return p;
    }

    /** The preview of the selective profile: tokens, sentences, POS, lemmas and names. */
    static Properties namedPreviewProperties() {
        Properties p = previewProperties();
        p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
        names(p);
        return p;
    }

    /** The parser alone, run on the selected sentences of an already tagged document. */
    static Properties deepProperties() {
        Properties p = new Properties();
        p.setProperty("annotators", DependencyParseStage.NAME);
        p.setProperty("enforceRequirements", "false");
        DependencyParseStage.register(p);
        return p;
    }

    @Override
    public Set<Layer> layers() {
        return EnumSet.allOf(Layer.class);
    }

    @Override
    public AnnotatedDocument analyze(Article article) {
        try {
            return analysis.analyze(article);
        } catch (RuntimeInterruptedException e) {
            // CoreNLP's annotators stop so when their thread is interrupted; the parse stage says which sentence
            StageInterrupted where = StageInterrupted.inText(0, article.text().length());
            where.initCause(e);
            throw where;
        }
    }

    /**
     * The preview of an article that the {@link SentenceSelector} of the {@link NlpProfile#SELECTIVE}
     * profile sees: tokens, POS, lemmas and 3-class names of every sentence, no parse.
     *
     * @throws IllegalStateException when this analyzer runs another profile
     */
    public AnnotatedDocument preview(Article article) {
        if (analysis instanceof Selective s) {
            return s.preview(article);
        }
        throw new IllegalStateException("the preview belongs to the SELECTIVE profile; this analyzer runs " + profile);
    }

    /** How an article becomes an annotated document with coreference and quotations. */
    private interface Analysis {
        AnnotatedDocument analyze(Article article);
    }

    /** Every annotator on every sentence. */
    private final class WholeDocument implements Analysis {
        private final StanfordCoreNLP pipeline;

        WholeDocument(NlpProfile profile) {
            pipeline = new StanfordCoreNLP(properties(profile));
        }

        @Override
        public AnnotatedDocument analyze(Article article) {
            Annotation ann = annotation(article);
            pipeline.annotate(ann);
            List<CoreMap> cms = ann.get(CoreAnnotations.SentencesAnnotation.class);
            Content content = new Content();
            for (CoreMap cm : cms) {
                content.addAnalysed(article, cm, content.sentences.size());
            }
            AnnotatedDocument base = content.document(article, ANALYSED);
            if (profile == NlpProfile.CORENLP_COREF) {
                return new AnnotatedDocument(article, base.sentences(), base.entities(), base.times(),
                        coreNlpChains(ann, base), coreNlpQuotes(ann, base), EnumSet.allOf(Layer.class));
            }
            return quoteFinder.find(coreferenceRules.resolve(base));
        }
    }

    /** A preview of every sentence, then the parse of the sentences that need it. */
    private final class Selective implements Analysis {
        private final StanfordCoreNLP preview;
        private final StanfordCoreNLP deep;
        private final SentenceSelector selector;

        Selective(SentenceSelector selector) {
            this.selector = selector;
            preview = new StanfordCoreNLP(namedPreviewProperties());
            deep = new StanfordCoreNLP(deepProperties());
        }

        @Override
        public AnnotatedDocument analyze(Article article) {
            Annotation ann = annotation(article);
            preview.annotate(ann);
            List<CoreMap> cms = ann.get(CoreAnnotations.SentencesAnnotation.class);
            AnnotatedDocument previewDoc = previewOf(article, cms);
            BitSet full = chosen(previewDoc);
            List<CoreMap> selected = new ArrayList<>();
            for (int i = full.nextSetBit(0); i >= 0; i = full.nextSetBit(i + 1)) {
                selected.add(cms.get(i));
            }
            if (!selected.isEmpty()) {
                deep.annotate(subset(article, selected));
            }
            Content content = new Content();
            for (int i = 0; i < cms.size(); i++) {
                if (full.get(i)) {
                    content.addParsed(previewDoc, i, cms.get(i));
                } else {
                    content.addPreviewed(previewDoc, i);
                }
            }
            return quoteFinder.find(coreferenceRules.resolve(content.document(article, ANALYSED)));
        }

        AnnotatedDocument preview(Article article) {
            Annotation ann = annotation(article);
            preview.annotate(ann);
            return previewOf(article, ann.get(CoreAnnotations.SentencesAnnotation.class));
        }

        private AnnotatedDocument previewOf(Article article, List<CoreMap> cms) {
            Content previewContent = new Content();
            for (CoreMap cm : cms) {
                previewContent.addPreviewed(article, cm, previewContent.sentences.size());
            }
            return previewContent.document(article, PREVIEWED);
        }

        private BitSet chosen(AnnotatedDocument previewDoc) {
            int n = previewDoc.sentences().size();
            BitSet full = new BitSet(n);
            for (int i : selector.select(previewDoc)) {
                if (i < 0 || i >= n) {
                    throw new IllegalStateException("sentence selector " + selector + " chose sentence " + i
                            + " of article " + previewDoc.article().id() + ", which has " + n
                            + " sentences; a selector must return indices in [0, " + n + ")");
                }
                full.set(i);
            }
            coreferenceRules.parsesConsulted(previewDoc, full.stream().boxed().collect(Collectors.toSet()))
                    .forEach(full::set);
            return full;
        }
    }

    private static Annotation annotation(Article article) {
        Annotation ann = new Annotation(article.text());
        ann.set(CoreAnnotations.DocDateAnnotation.class, article.date().toString());
        return ann;
    }

    /** A document of some sentences of another, the sentence objects themselves. */
    private static Annotation subset(Article article, List<CoreMap> sentences) {
        Annotation out = annotation(article);
        List<CoreLabel> tokens = new ArrayList<>();
        for (CoreMap s : sentences) {
            tokens.addAll(s.get(CoreAnnotations.TokensAnnotation.class));
        }
        out.set(CoreAnnotations.TokensAnnotation.class, tokens);
        out.set(CoreAnnotations.SentencesAnnotation.class, sentences);
        return out;
    }

    /** Sentences, entities and times collected sentence by sentence. */
    private static final class Content {
        private static final DateFinder DATES = new DateFinder();
        final List<Sentence> sentences = new ArrayList<>();
        final List<EntityMention> entities = new ArrayList<>();
        final List<TimeExpression> times = new ArrayList<>();

        /** A fully analysed sentence: its parse, entities and dates. */
        void addAnalysed(Article article, CoreMap cm, int index) {
            add(article, sentence(index, cm, true), cm);
        }

        /** A previewed sentence: tokens, names and dates, no arcs. */
        void addPreviewed(Article article, CoreMap cm, int index) {
            add(article, sentence(index, cm, false), cm);
        }

        /**
         * A sentence of a preview document, parsed since: the preview's tokens, names and dates (those of
         * a fully analysed sentence) with the arcs of the parse.
         */
        void addParsed(AnnotatedDocument preview, int index, CoreMap cm) {
            addPreviewed(preview, index);
            Sentence parsed = sentence(index, cm, true);
            sentences.set(sentences.size() - 1,
                    preview.sentences().get(index).withParse(parsed.dependencies(), parsed.enhanced()));
        }

        /** A sentence of a preview document with its entities and dates. */
        void addPreviewed(AnnotatedDocument preview, int index) {
            sentences.add(preview.sentences().get(index));
            for (EntityMention e : preview.entities()) {
                if (e.sentence() == index) {
                    entities.add(e);
                }
            }
            for (TimeExpression t : preview.times()) {
                if (t.sentence() == index) {
                    times.add(t);
                }
            }
        }

        private void add(Article article, Sentence s, CoreMap cm) {
            List<TimeExpression> dates = DATES.find(article, s);
            sentences.add(dates.isEmpty() ? s : dated(s, dates));
            times.addAll(dates);
            mentions(article, s, cm);
        }

        /** The sentence with its date tokens tagged DATE where the recognizer left them untagged. */
        private static Sentence dated(Sentence s, List<TimeExpression> dates) {
            List<Token> tokens = new ArrayList<>(s.tokens());
            for (TimeExpression d : dates) {
                for (int i = d.tokenBegin(); i < d.tokenEnd(); i++) {
                    Token t = tokens.get(i);
                    if (t.ner().equals("O")) {
                        tokens.set(i, new Token(t.index(), t.word(), t.lemma(), t.pos(), "DATE", t.begin(), t.end()));
                    }
                }
            }
            return new Sentence(s.index(), s.begin(), s.end(), tokens, s.dependencies(), s.enhanced());
        }

        private void mentions(Article article, Sentence sentence, CoreMap cm) {
            List<CoreMap> mentions = cm.get(CoreAnnotations.MentionsAnnotation.class);
            if (mentions == null) {
                return;
            }
            int s = sentence.index();
            for (CoreMap m : mentions) {
                String type = m.get(CoreAnnotations.NamedEntityTagAnnotation.class);
                if (TIME_TYPES.contains(type)) {
                    continue; // the recognizer's numeric classes of time; dates are Dyad's own
                }
                int begin = m.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
                int end = m.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
                int[] tokens = tokenRange(sentence, begin, end);
                if (!pronominal(sentence, tokens)) {
                    // CoreNLP also lists pronouns as entity mentions; Dyad resolves them by coreference
                    entities.add(new EntityMention(s, tokens[0], tokens[1], type, begin, end, article.slice(begin, end)));
                }
            }
        }

        AnnotatedDocument document(Article article, Set<Layer> layers) {
            return new AnnotatedDocument(article, sentences, entities, times, List.of(), List.of(), layers);
        }
    }

    private static boolean pronominal(Sentence s, int[] tokens) {
        for (int i = tokens[0]; i < tokens[1]; i++) {
            if (!s.token(i).pos().startsWith("PRP") && !s.token(i).pos().startsWith("WP")) {
                return false;
            }
        }
        return true;
    }

    private static Sentence sentence(int index, CoreMap cm, boolean parsed) {
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
        SemanticGraph basic = cm.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
        SemanticGraph enhanced = cm.get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class);
        return new Sentence(index, begin, end, tokens, arcs(basic), arcs(enhanced));
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
