package org.dyad.nlp;

import edu.stanford.nlp.parser.nndep.BatchParser;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.dyad.model.AnnotatedDocument;
import org.dyad.model.Article;
import org.dyad.model.Layer;
import org.dyad.stage.StageChain;

/**
 * {@link TextAnalyzer} over Stanford CoreNLP 4.5 with its English models: a {@link StageChain} of the
 * analysis stages of a profile, built (and its models loaded) in the constructor; CoreNLP shares a
 * model between the pipelines of one process. {@link #analyze} is thread-safe and is called from all
 * worker threads on the one instance.
 *
 * <p>Every profile but {@link NlpProfile#CORENLP_COREF} runs {@link TaggingStage} (tokens, POS tags,
 * lemmas, the names of CoreNLP's 3-class model, {@link DateFinder}'s dates), {@link ParsingStage},
 * {@link CoreferenceStage} and {@link QuotationStage}. In the {@link NlpProfile#SELECTIVE} profile the
 * {@link SentenceSelector}, plus the sentences whose parse {@link CoreferenceRules} reads to resolve the
 * pronouns of those, decide which sentences are parsed; in {@link NlpProfile#STANDARD} every sentence
 * is. A parsed sentence is annotated alike in both; the others carry no arcs, so {@link QuoteFinder}
 * attributes a quotation only when the sentence of its reporting verb was parsed.
 * {@link NlpProfile#CORENLP_COREF} is one stage, {@link CoreNlpCorefStage}.
 */
public final class CoreNlpAnalyzer implements TextAnalyzer {
    private final NlpProfile profile;
    private final Optional<TaggingStage> tagging;
    private final StageChain chain;

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
        if (profile == NlpProfile.CORENLP_COREF) {
            tagging = Optional.empty();
            chain = StageChain.builder().add(new CoreNlpCorefStage()).build();
        } else {
            TaggingStage tagger = new TaggingStage();
            tagging = Optional.of(tagger);
            chain = StageChain.builder()
                    .add(tagger)
                    .add(new ParsingStage(profile == NlpProfile.SELECTIVE ? selector : SentenceSelector.ALL))
                    .add(new CoreferenceStage())
                    .add(new QuotationStage())
                    .build();
        }
    }

    /**
     * A class of each module whose code the analysis runs (this module's and the parser module's), for
     * fingerprints that tell parses of other code apart.
     */
    public static List<Class<?>> code() {
        return List.of(CoreNlpAnalyzer.class, BatchParser.class);
    }

    /** The stages this analyzer runs, in order. */
    public StageChain chain() {
        return chain;
    }

    @Override
    public Set<Layer> layers() {
        return chain.assigns();
    }

    @Override
    public AnnotatedDocument analyze(Article article) {
        return chain.apply(AnnotatedDocument.of(article));
    }

    /**
     * The document that the {@link SentenceSelector} of the {@link NlpProfile#SELECTIVE} profile sees:
     * tokens, POS, lemmas, 3-class names and dates of every sentence, no parse.
     *
     * @throws IllegalStateException when this analyzer runs another profile
     */
    public AnnotatedDocument preview(Article article) {
        if (profile != NlpProfile.SELECTIVE) {
            throw new IllegalStateException("the preview belongs to the SELECTIVE profile; this analyzer runs "
                    + profile);
        }
        return tagging.orElseThrow().apply(AnnotatedDocument.of(article));
    }
}
