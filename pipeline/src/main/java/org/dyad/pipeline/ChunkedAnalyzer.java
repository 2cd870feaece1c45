package org.dyad.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.dyad.model.AnnotatedDocument;
import org.dyad.model.Article;
import org.dyad.model.CorefChain;
import org.dyad.model.EntityMention;
import org.dyad.model.Layer;
import org.dyad.model.Mention;
import org.dyad.model.Quote;
import org.dyad.model.Sentence;
import org.dyad.model.StageInterrupted;
import org.dyad.model.TimeExpression;
import org.dyad.model.Token;
import org.dyad.nlp.TextAnalyzer;

/**
 * Analyses a long article in chunks ({@link TextChunks}: at paragraph breaks, at most
 * {@code chunkChars} characters each) and joins their analyses into one document whose offsets,
 * sentence numbers, coreference chains and quotations are those of the whole article. An article
 * no longer than a chunk is analysed whole. The language analysis holds a whole chunk in memory and
 * some of its steps grow faster than the text, so chunks keep a 500 KB article as cheap, per
 * character, as a short one; what is lost is coreference and quotation across chunk boundaries.
 *
 * <p>Between chunks the thread's interruption is checked, and a {@link StageInterrupted} from a chunk
 * is moved to the article's offsets. Thread-safe when the analyzer it wraps is.
 */
public final class ChunkedAnalyzer implements TextAnalyzer {
    private final TextAnalyzer delegate;
    private final int chunkChars;

    public ChunkedAnalyzer(TextAnalyzer delegate, int chunkChars) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
        if (chunkChars < 1_000) {
            throw new IllegalArgumentException("chunkChars was " + chunkChars + "; need at least 1000");
        }
        this.chunkChars = chunkChars;
    }

    @Override
    public Set<Layer> layers() {
        return delegate.layers();
    }

    @Override
    public AnnotatedDocument analyze(Article article) {
        String text = article.text();
        if (text.length() <= chunkChars) {
            return delegate.analyze(article);
        }
        Joined joined = new Joined(article);
        for (TextChunks.Span span : TextChunks.of(text, chunkChars)) {
            if (Thread.currentThread().isInterrupted()) {
                throw StageInterrupted.inText(span.begin(), span.end());
            }
            Article part = new Article(article.id(), article.date(), article.title(),
                    text.substring(span.begin(), span.end()), article.url(), article.source());
            AnnotatedDocument doc;
            try {
                doc = delegate.analyze(part);
            } catch (StageInterrupted e) {
                throw e.shifted(joined.sentences.size(), span.begin());
            }
            joined.add(doc, span.begin());
        }
        return joined.document();
    }

    /** The analyses of the chunks so far, moved to the article's offsets. */
    private static final class Joined {
        final Article article;
        final List<Sentence> sentences = new ArrayList<>();
        final List<EntityMention> entities = new ArrayList<>();
        final List<TimeExpression> times = new ArrayList<>();
        final List<CorefChain> chains = new ArrayList<>();
        final List<Quote> quotes = new ArrayList<>();
        Set<Layer> layers;
        int nextChain;

        Joined(Article article) {
            this.article = article;
        }

        void add(AnnotatedDocument doc, int offset) {
            int base = sentences.size();
            for (Sentence s : doc.sentences()) {
                List<Token> tokens = new ArrayList<>(s.size());
                for (Token t : s.tokens()) {
                    tokens.add(new Token(t.index(), t.word(), t.lemma(), t.pos(), t.ner(), t.begin() + offset,
                            t.end() + offset));
                }
                sentences.add(new Sentence(base + s.index(), s.begin() + offset, s.end() + offset, tokens,
                        s.dependencies(), s.enhanced()));
            }
            for (EntityMention e : doc.entities()) {
                entities.add(new EntityMention(base + e.sentence(), e.tokenBegin(), e.tokenEnd(), e.type(),
                        e.begin() + offset, e.end() + offset, e.text()));
            }
            for (TimeExpression t : doc.times()) {
                times.add(new TimeExpression(base + t.sentence(), t.tokenBegin(), t.tokenEnd(), t.begin() + offset,
                        t.end() + offset, t.text(), t.type(), t.value()));
            }
            // chain numbers stay distinct across chunks: each chunk's are moved past the ones before
            int lowest = doc.coreference().stream().mapToInt(CorefChain::id).min().orElse(0);
            int highest = nextChain;
            for (CorefChain c : doc.coreference()) {
                int id = nextChain + c.id() - lowest;
                highest = Math.max(highest, id + 1);
                chains.add(new CorefChain(id, c.representative(),
                        c.mentions().stream().map(m -> moved(m, base, offset)).toList(), c.provenance()));
            }
            nextChain = highest;
            int quoteBase = quotes.size();
            for (Quote q : doc.quotes()) {
                quotes.add(new Quote(quoteBase + q.index(), q.begin() + offset, q.end() + offset, q.text(),
                        q.speaker().map(m -> moved(m, base, offset)), q.provenance()));
            }
            layers = layers == null ? doc.layers() : intersection(layers, doc.layers());
        }

        private static Mention moved(Mention m, int sentences, int offset) {
            return new Mention(sentences + m.sentence(), m.tokenBegin(), m.tokenEnd(), m.head(), m.begin() + offset,
                    m.end() + offset, m.text());
        }

        private static Set<Layer> intersection(Set<Layer> a, Set<Layer> b) {
            java.util.EnumSet<Layer> out = a.isEmpty() ? java.util.EnumSet.noneOf(Layer.class)
                    : java.util.EnumSet.copyOf(a);
            out.retainAll(b);
            return out;
        }

        AnnotatedDocument document() {
            return new AnnotatedDocument(article, sentences, entities, times, chains, quotes,
                    Optional.ofNullable(layers).orElse(Set.of()));
        }
    }
}
