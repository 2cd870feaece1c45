package org.dyad.nlp;

import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import edu.stanford.nlp.util.RuntimeInterruptedException;
import edu.stanford.nlp.util.logging.RedwoodConfiguration;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.dyad.model.AnnotatedDocument;
import org.dyad.model.Article;
import org.dyad.model.Layer;
import org.dyad.model.Sentence;
import org.dyad.stage.Stage;

/**
 * Parses the sentences that need it with {@link DependencyParseAnnotator}: those its
 * {@link SentenceSelector} chooses on the tagged document ({@link SentenceSelector#ALL} for a full
 * parse), and those whose parse {@link CoreferenceRules} reads to resolve their pronouns. Each parse
 * is repaired by {@link ParseRepairs}; the other sentences keep their tags and no arcs. Loads the
 * parser in its constructor.
 */
public final class ParsingStage implements Stage {
    private static final Set<Layer> REQUIRES = Collections.unmodifiableSet(EnumSet.of(Layer.TOKENS, Layer.POS, Layer.LEMMAS, Layer.ENTITIES));

    private final StanfordCoreNLP parser;
    private final SentenceSelector selector;
    private final CoreferenceRules coreference = new CoreferenceRules();

    /** Loads the parser; {@code selector} chooses the sentences to parse. */
    public ParsingStage(SentenceSelector selector) {
        this.selector = Objects.requireNonNull(selector, "selector");
        RedwoodConfiguration.errorLevel().apply();
        parser = new StanfordCoreNLP(CoreNlpSettings.deepProperties());
    }

    @Override
    public Set<Layer> requires() {
        return REQUIRES;
    }

    @Override
    public Set<Layer> assigns() {
        return Set.of(Layer.DEPENDENCIES);
    }

    @Override
    public AnnotatedDocument apply(AnnotatedDocument document) {
        document.require(REQUIRES.toArray(Layer[]::new));
        Article article = document.article();
        BitSet chosen = chosen(document);
        List<CoreMap> selected = new ArrayList<>();
        for (int i = chosen.nextSetBit(0); i >= 0; i = chosen.nextSetBit(i + 1)) {
            selected.add(CoreMaps.coreMap(article, document.sentences().get(i)));
        }
        if (!selected.isEmpty()) {
            try {
                parser.annotate(CoreMaps.subset(article, selected));
            } catch (RuntimeInterruptedException e) {
                throw TaggingStage.interrupted(document, e);
            }
        }
        List<Sentence> sentences = new ArrayList<>(document.sentences());
        int k = 0;
        for (int i = chosen.nextSetBit(0); i >= 0; i = chosen.nextSetBit(i + 1)) {
            CoreMap cm = selected.get(k++);
            sentences.set(i, ParseRepairs.repair(sentences.get(i).withParse(CoreMaps.arcs(CoreMaps.basic(cm)),
                    CoreMaps.arcs(CoreMaps.enhanced(cm)))));
        }
        EnumSet<Layer> layers = EnumSet.copyOf(document.layers());
        layers.add(Layer.DEPENDENCIES);
        return new AnnotatedDocument(article, sentences, document.entities(), document.times(),
                document.coreference(), document.quotes(), layers, document.derived());
    }

    private BitSet chosen(AnnotatedDocument doc) {
        int n = doc.sentences().size();
        BitSet full = new BitSet(n);
        for (int i : selector.select(doc)) {
            if (i < 0 || i >= n) {
                throw new IllegalStateException("sentence selector " + selector + " chose sentence " + i
                        + " of article " + doc.article().id() + ", which has " + n
                        + " sentences; a selector must return indices in [0, " + n + ")");
            }
            full.set(i);
        }
        coreference.parsesConsulted(doc, full.stream().boxed().collect(Collectors.toSet())).forEach(full::set);
        return full;
    }
}
