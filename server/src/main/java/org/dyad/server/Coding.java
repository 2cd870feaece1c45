package org.dyad.server;

import java.util.Objects;
import java.util.function.Supplier;
import org.dyad.coding.ArticleCoder;
import org.dyad.nlp.CoreNlpAnalyzer;
import org.dyad.nlp.NlpProfile;
import org.dyad.nlp.TextAnalyzer;
import org.dyad.pipeline.ArticleLimits;
import org.dyad.pipeline.CachedAnalyzer;
import org.dyad.pipeline.ChunkedAnalyzer;
import org.dyad.pipeline.EventSentenceSelector;
import org.dyad.pipeline.Pipeline;

/**
 * How a server codes the articles it ingests: the coder, the analyzer (made on the first article
 * that is not in the store's parse cache, so a server that ingests nothing loads no models), the
 * analyzer's fingerprint for the parse cache, and the longest article analysed.
 *
 * @param coder makes the coder, on first use
 * @param analyzer makes the analyzer, given the coder whose sentence selection it parses by
 */
public record Coding(Supplier<ArticleCoder> coder, java.util.function.Function<ArticleCoder, TextAnalyzer> analyzer,
        String fingerprint, int maxChars) {
    public Coding {
        Objects.requireNonNull(coder, "coder");
        Objects.requireNonNull(analyzer, "analyzer");
        Objects.requireNonNull(fingerprint, "fingerprint");
        if (maxChars < 1) {
            throw new IllegalArgumentException("maxChars was " + maxChars + "; it must be >= 1");
        }
    }

    /**
     * Coding as {@code dyad code} does by default: the shipped dictionaries and the selective analysis,
     * long articles in chunks of the default size (the fingerprint names that size, so the parses a
     * server stores are those {@code dyad code} would reuse, and the other way round).
     */
    public static Coding standard() {
        return new Coding(ArticleCoder::standard,
                coder -> new ChunkedAnalyzer(new CoreNlpAnalyzer(NlpProfile.SELECTIVE,
                        new EventSentenceSelector(coder)), ArticleLimits.DEFAULT_CHUNK_CHARS),
                CachedAnalyzer.fingerprint(NlpProfile.SELECTIVE), Pipeline.DEFAULT_MAX_CHARS);
    }

    /** Coding with a coder and analyzer already made (tests share one loaded analyzer). */
    public static Coding of(ArticleCoder coder, Supplier<TextAnalyzer> analyzer) {
        return new Coding(() -> coder, c -> analyzer.get(), CachedAnalyzer.fingerprint(NlpProfile.SELECTIVE),
                Pipeline.DEFAULT_MAX_CHARS);
    }
}
