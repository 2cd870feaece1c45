package org.dyad.pipeline;

import java.util.BitSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.dyad.model.AnnotatedDocument;
import org.dyad.model.Article;
import org.dyad.nlp.SentenceSelector;
import org.dyad.nlp.TextAnalyzer;

/**
 * How a {@link Recoder} analyses again an article whose stored parse lacks sentences that the
 * current coder's selection chooses: a selective analyzer made (once, on the first article that
 * needs it, so a recode from the cache loads no models) by {@code analyzers} from a
 * {@link SentenceSelector} that this class supplies, and the fingerprint stored with the new parse.
 *
 * <p>The selector handed to {@code analyzers} chooses, for each article being analysed again, the
 * sentences the recoder asks for ({@link #analyze}); the analyzer may add the ones its own rules
 * need (coreference). Thread-safe: workers analyse different articles at once, as the analyzer allows.
 *
 * @param analyzers makes the selective analyzer from the selector it must use; called at most once
 * @param fingerprint identifies the analysis, stored in {@code articles.analyzer} with each new parse
 *     (the one {@code dyad code} gives the same analysis, so that a later run reuses the parse)
 */
public record Reanalysis(Function<SentenceSelector, TextAnalyzer> analyzers, String fingerprint) {
    public Reanalysis {
        Objects.requireNonNull(analyzers, "analyzers");
        Objects.requireNonNull(fingerprint, "fingerprint");
    }

    /** The analyzer of a recode, made on first use; one per recode. */
    static final class Session {
        private final Reanalysis reanalysis;
        private final Map<String, SentenceSelector> wanted = new ConcurrentHashMap<>();
        private final SentenceSelector selector = this::select;
        private volatile TextAnalyzer analyzer;

        Session(Reanalysis reanalysis) {
            this.reanalysis = reanalysis;
        }

        /** True once an analyzer was made. */
        boolean loaded() {
            return analyzer != null;
        }

        /** Analyses an article again, analysing fully at least {@code sentences}. */
        AnnotatedDocument analyze(Article article, BitSet sentences) {
            Set<Integer> chosen = sentences.stream().boxed().collect(java.util.stream.Collectors.toUnmodifiableSet());
            return analyze(article, preview -> chosen);
        }

        /**
         * Analyses an article again from its text alone (its stored parse is damaged), fully analysing
         * the sentences that {@code selection} chooses on its preview.
         */
        AnnotatedDocument analyze(Article article, SentenceSelector selection) {
            wanted.put(article.id(), selection);
            try {
                return analyzer().analyze(article);
            } finally {
                wanted.remove(article.id());
            }
        }

        private Set<Integer> select(AnnotatedDocument preview) {
            SentenceSelector s = wanted.get(preview.article().id());
            if (s == null) {
                throw new IllegalStateException("article " + preview.article().id() + " is not being analysed again"
                        + " by this recode; its analyzer serves the recode alone");
            }
            return s.select(preview);
        }

        private TextAnalyzer analyzer() {
            TextAnalyzer a = analyzer;
            if (a == null) {
                synchronized (this) {
                    if (analyzer == null) {
                        analyzer = Objects.requireNonNull(reanalysis.analyzers().apply(selector),
                                "the analyzer factory returned null");
                    }
                    a = analyzer;
                }
            }
            return a;
        }

        String fingerprint() {
            return reanalysis.fingerprint();
        }
    }
}
