package org.dyad.nlp;

import edu.stanford.nlp.coref.CorefCoreAnnotations;
import edu.stanford.nlp.coref.data.CorefChain;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.QuoteAttributionAnnotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import edu.stanford.nlp.util.logging.RedwoodConfiguration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dyad.model.AnnotatedDocument;
import org.dyad.model.Layer;
import org.dyad.model.Mention;
import org.dyad.model.Provenance;
import org.dyad.model.Quote;
import org.dyad.model.Sentence;
import org.dyad.stage.Stage;

/**
 * The whole analysis by CoreNLP, its statistical coreference and quote attribution included, for the
 * {@link NlpProfile#CORENLP_COREF} profile: every language layer in one stage, since CoreNLP's resolver
 * reads what only its own annotators of the same run derive. About six times slower than Dyad's own
 * stages; for comparison and research.
 */
public final class CoreNlpCorefStage implements Stage {
    static final String VERSION = "corenlp-4.5.10";

    private final StanfordCoreNLP pipeline;

    /** Loads every model of the profile. */
    public CoreNlpCorefStage() {
        RedwoodConfiguration.errorLevel().apply();
        pipeline = new StanfordCoreNLP(CoreNlpSettings.properties(NlpProfile.CORENLP_COREF));
    }

    @Override
    public Set<Layer> requires() {
        return Set.of();
    }

    @Override
    public Set<Layer> assigns() {
        return Layer.language();
    }

    @Override
    public AnnotatedDocument apply(AnnotatedDocument document) {
        Annotation ann = TaggingStage.annotated(pipeline, document);
        TaggedContent content = new TaggedContent();
        for (CoreMap cm : ann.get(CoreAnnotations.SentencesAnnotation.class)) {
            content.addAnalysed(document.article(), cm);
        }
        AnnotatedDocument base = content.document(document.article(), Layer.language());
        return new AnnotatedDocument(document.article(), base.sentences(), base.entities(), base.times(),
                chains(ann, base), quotes(ann, base), Layer.language(), document.derived());
    }

    private static List<org.dyad.model.CorefChain> chains(Annotation ann, AnnotatedDocument doc) {
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
                mentions.add(CoreMaps.mention(doc, m.sentNum - 1, m.startIndex - 1, m.endIndex - 1, m.headIndex - 1));
            }
            if (mentions.size() >= 2) {
                out.add(new org.dyad.model.CorefChain(c.getChainID(), representative, mentions, provenance));
            }
        }
        out.sort((a, b) -> Integer.compare(a.mentions().get(0).begin(), b.mentions().get(0).begin()));
        return out;
    }

    private static List<Quote> quotes(Annotation ann, AnnotatedDocument doc) {
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
                return e > b ? Optional.of(CoreMaps.mention(doc, s.index(), b, e, e - 1)) : Optional.empty();
            }
            offset += s.size();
        }
        return Optional.empty();
    }
}
