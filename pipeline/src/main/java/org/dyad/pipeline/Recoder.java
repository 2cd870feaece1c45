package org.dyad.pipeline;

import java.sql.SQLException;
import java.util.BitSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.dyad.coding.ArticleCoder;
import org.dyad.coding.CodedArticle;
import org.dyad.format.AnnotationCodec;
import org.dyad.model.AnnotatedDocument;
import org.dyad.model.Article;
import org.dyad.model.ErrorCode;
import org.dyad.model.Rejection;
import org.dyad.model.Sentence;
import org.dyad.model.TextDigest;
import org.dyad.stage.OrderedRunner;
import org.dyad.store.EventStore;
import org.dyad.store.Recoding;

/**
 * Applies a coder (new or changed dictionaries) to every article of a store from its parse cache:
 * decodes each stored annotation, runs {@link ArticleCoder#code(AnnotatedDocument)} on worker
 * threads ({@link OrderedRunner}), and replaces the store's actors, events, merged events and mentions in one transaction,
 * so a recode either completes or leaves the store as it was. Events are merged afresh in article
 * order, which gives the same store as coding the articles one by one with the same coder.
 *
 * <p><b>Sentences the coder's selection chooses.</b> The selective analysis parses only the sentences
 * that the selection of the coder of its day chose ({@link EventSentenceSelector}); the others are
 * stored with tokens, tags, lemmas and names but no arcs, and no coder can find an event in them. So
 * the recoder first runs the selection of its own coder on each stored document. When every sentence
 * it chooses is parsed, the article is coded from the cache. Otherwise, given a {@link Reanalysis},
 * the article is analysed again with those sentences and the ones already parsed fully analysed (the
 * analyzer is made on the first such article, so a recode from the cache loads no models), until the
 * selection on the new document chooses no unparsed sentence; the new parse replaces the cached one
 * in the recode's transaction and is coded. Without a {@link Reanalysis} such an article is coded from
 * what is stored and counted in {@link Result#lackingParses}.
 *
 * <p><b>Checked once.</b> The selection depends only on the stored parse, the coder's dictionaries and
 * the code that selects, so an article whose parse was found complete by the same selection need not
 * be checked again. The recoder identifies its selection by a fingerprint ({@link #selectionFingerprint}:
 * a digest of the coder's dictionaries and of that code) and stores it in {@code article_selections}
 * for each selectively analysed article whose parse lacks nothing the selection chooses; a later
 * recode with the same fingerprint codes such an article without running the selection. A changed
 * dictionary, a changed program or a new parse gives the check again.
 *
 * <p><b>Damaged parses.</b> A stored parse that fails its checksum or does not decode is analysed
 * again from the article's text, given a {@link Reanalysis}, and the new parse replaces it; without
 * one, the article is quarantined.
 *
 * <p>An article whose coding fails is quarantined ({@link ErrorCode#CODING_FAILED}), as is one whose
 * new analysis fails ({@link ErrorCode#NLP_FAILED}); either keeps its stored parse and no events. The
 * store's side of the recode, one transaction, is a {@link Recoding}.
 */
public final class Recoder {
    /**
     * What a recode did.
     *
     * @param articles articles recoded, failed ones included
     * @param sentences sentences of the articles coded
     * @param fromCache articles coded from their stored parse
     * @param reanalysed articles analysed again because the selection chose sentences their parse lacked
     * @param newlyParsed sentences that those analyses parsed and the stored parses did not have
     * @param lackingParses articles coded from a stored parse that lacks sentences the selection chose,
     *     for want of a {@link Reanalysis}
     * @param checked articles whose stored parse the selection was run on; the others were whole-document
     *     analyses or had been checked by a recode with the same {@link #selectionFingerprint}
     */
    public record Result(long articles, long sentences, long articleEvents, long events, long failed, long millis,
            long fromCache, long reanalysed, long newlyParsed, long lackingParses, long checked) {
        /** Sentences recoded a second. */
        public double sentencesPerSecond() {
            return millis == 0 ? sentences * 1000.0 : sentences * 1000.0 / millis;
        }
    }

    private final ArticleCoder coder;
    private final int threads;
    private final EventSentenceSelector selector;
    private final Optional<Reanalysis> reanalysis;
    private final String fingerprint;

    /** A recoder that codes every article from its stored parse, counting those that lack sentences. */
    public Recoder(ArticleCoder coder, int threads) {
        this(coder, threads, Optional.empty());
    }

    /** A recoder that analyses again, with {@code reanalysis}, the articles whose parse lacks sentences. */
    public Recoder(ArticleCoder coder, int threads, Reanalysis reanalysis) {
        this(coder, threads, Optional.of(reanalysis));
    }

    private Recoder(ArticleCoder coder, int threads, Optional<Reanalysis> reanalysis) {
        this.coder = Objects.requireNonNull(coder, "coder");
        if (threads < 1) {
            throw new IllegalArgumentException("threads was " + threads + "; need at least 1");
        }
        this.threads = threads;
        this.selector = new EventSentenceSelector(coder);
        this.reanalysis = Objects.requireNonNull(reanalysis, "reanalysis");
        this.fingerprint = selectionFingerprint(coder);
    }

    /**
     * Identifies the selection a recoder with {@code coder} runs: a digest of the coder's dictionaries
     * as the selection reads them ({@link ArticleCoder#selectionDigest}) and of the code that selects,
     * resolves actors, reads coreference and places, and decodes parses (each module's classes and
     * shipped data, as {@link CachedAnalyzer#fingerprint} digests them). Equal fingerprints choose the
     * same sentences of the same stored parse.
     */
    public static String selectionFingerprint(ArticleCoder coder) {
        StringBuilder parts = new StringBuilder(coder.selectionDigest());
        for (Class<?> c : List.of(EventSentenceSelector.class, ArticleCoder.class, org.dyad.actors.ActorResolver.class,
                org.dyad.nlp.CoreferenceRules.class, org.dyad.geo.Geoparser.class, AnnotatedDocument.class,
                Recoder.class)) {
            parts.append('/').append(CachedAnalyzer.fingerprint(c, c.getSimpleName()));
        }
        return TextDigest.of(parts.toString());
    }

    /** The fingerprint of this recoder's selection (see {@link #selectionFingerprint}). */
    public String fingerprint() {
        return fingerprint;
    }

    /**
     * One article's outcome: {@code coded} or {@code failure}; {@code annotation} is the new parse to
     * store when the article was analysed again.
     */
    private record Work(long seq, String origin, CodedArticle coded, Rejection failure, Optional<byte[]> annotation,
            int newlyParsed, boolean lacking, Check check) {
    }

    /**
     * What the selection check did for one article: {@code SKIPPED} for a whole-document analysis or
     * a parse already checked with this fingerprint, {@code COMPLETE} when it ran and the parse (maybe
     * a new one) lacks nothing it chooses, {@code INCOMPLETE} when it ran and the parse still lacks some.
     */
    private enum Check {
        SKIPPED, COMPLETE, INCOMPLETE
    }

    /** Recodes every article of a store. */
    public Result recode(EventStore store) throws SQLException {
        long start = System.nanoTime();
        long articles = 0;
        long sentences = 0;
        long articleEvents = 0;
        long failed = 0;
        long reanalysed = 0;
        long newlyParsed = 0;
        long lacking = 0;
        long checked = 0;
        long events;
        Optional<Reanalysis.Session> session = reanalysis.map(Reanalysis.Session::new);
        try (Recoding recoding = store.recoding();
                OrderedRunner<Recoding.Stored, Work> runner = OrderedRunner.<Recoding.Stored, Work>builder(
                        "dyad-recode", (a, budget) -> code(a.seq(), a.origin(), a.article(), a.annotation(),
                                fingerprint.equals(a.checkedWith()), session))
                        .threads(threads).onFailure((a, e) -> {
                            throw new IllegalStateException("recoding worker failed: " + e, e);
                        }).build()) {
            boolean more = true;
            while (more || runner.pending() > 0) {
                while (more && runner.pending() < 4 * threads) {
                    Optional<Recoding.Stored> next = recoding.next();
                    if (next.isEmpty()) {
                        more = false;
                        break;
                    }
                    runner.submit(next.get());
                }
                if (runner.pending() == 0) {
                    break;
                }
                Work w = runner.take();
                articles++;
                if (w.check() != Check.SKIPPED) {
                    checked++;
                    recoding.checked(w.seq(), w.check() == Check.COMPLETE);
                }
                if (w.failure() != null) {
                    failed++;
                    recoding.fail(w.failure());
                    continue;
                }
                if (w.annotation().isPresent()) {
                    reanalysed++;
                    newlyParsed += w.newlyParsed();
                    recoding.replaceParse(w.seq(), w.annotation().get(), session.orElseThrow().fingerprint());
                }
                if (w.lacking()) {
                    lacking++;
                }
                sentences += w.coded().document().sentences().size();
                articleEvents += w.coded().events().size();
                recoding.write(w.seq(), CodedArticles.forStore(w.coded()));
            }
            events = recoding.commit(fingerprint);
        }
        return new Result(articles, sentences, articleEvents, events, failed,
                (System.nanoTime() - start) / 1_000_000, articles - failed - reanalysed, reanalysed, newlyParsed,
                lacking, checked);
    }

    /**
     * Forgets every recorded selection check, so that the next recode checks every selectively analysed
     * article, as it does after a change of the dictionaries.
     */
    public static void forgetChecks(EventStore store) throws SQLException {
        store.forgetSelectionChecks();
    }

    private Work code(long seq, String origin, Article a, byte[] blob, boolean known,
            Optional<Reanalysis.Session> session) {
        AnnotatedDocument doc;
        BitSet missing;
        boolean check;
        boolean analysed = false;
        try {
            doc = AnnotationCodec.decode(a, blob);
        } catch (IllegalArgumentException damaged) {
            // a stored parse that fails its checksum or does not decode is computed again from the text
            if (session.isEmpty()) {
                return failed(seq, origin, a, ErrorCode.CODING_FAILED, damaged);
            }
            try {
                doc = session.get().analyze(a, selector);
                analysed = true;
            } catch (RuntimeException | StackOverflowError e) {
                return failed(seq, origin, a, ErrorCode.NLP_FAILED, e);
            }
        }
        try {
            // a whole-document analysis has nothing to choose among; a checked parse lacks nothing
            check = !known && !doc.sentences().stream().allMatch(Sentence::parsed);
            missing = check ? unparsedSelected(doc) : new BitSet();
        } catch (RuntimeException | StackOverflowError e) {
            return failed(seq, origin, a, ErrorCode.CODING_FAILED, e);
        }
        int parsedBefore = analysed ? 0 : parsed(doc).cardinality();
        if (!missing.isEmpty() && session.isPresent()) {
            try {
                // a new parse can make the selection choose more (an actor found in a newly parsed
                // sentence gives a pronoun after it an antecedent), so analyse until it chooses nothing unparsed
                while (!missing.isEmpty()) {
                    BitSet wanted = parsed(doc);
                    wanted.or(missing);
                    doc = session.get().analyze(a, wanted);
                    analysed = true;
                    BitSet still = unparsedSelected(doc);
                    boolean progress = !still.intersects(missing);
                    missing = still;
                    if (!progress) {
                        break; // the analysis left unparsed what it was asked to parse: asking again gives the same
                    }
                }
            } catch (RuntimeException | StackOverflowError e) {
                return failed(seq, origin, a, ErrorCode.NLP_FAILED, e);
            }
        }
        try {
            CodedArticle coded = coder.code(doc);
            Optional<byte[]> annotation = analysed ? Optional.of(AnnotationCodec.encode(coded.document()))
                    : Optional.empty();
            Check done = !check ? Check.SKIPPED : missing.isEmpty() ? Check.COMPLETE : Check.INCOMPLETE;
            return new Work(seq, origin, coded, null, annotation,
                    Math.max(0, parsed(doc).cardinality() - parsedBefore), !missing.isEmpty(), done);
        } catch (RuntimeException | StackOverflowError e) {
            return failed(seq, origin, a, ErrorCode.CODING_FAILED, e);
        }
    }

    private static Work failed(long seq, String origin, Article a, ErrorCode code, Throwable e) {
        return new Work(seq, origin, null, new Rejection(code, "recode:" + origin, a.id(),
                e.getClass().getName() + ": " + Objects.toString(e.getMessage(), "(no message)"), ""),
                Optional.empty(), 0, false, Check.SKIPPED);
    }

    /** The sentences the coder's selection chooses on a document that carry no parse. */
    private BitSet unparsedSelected(AnnotatedDocument doc) {
        BitSet out = new BitSet();
        if (doc.sentences().stream().allMatch(Sentence::parsed)) {
            return out; // a whole-document analysis: nothing to choose among
        }
        for (int i : selector.select(doc)) {
            if (!doc.sentences().get(i).parsed()) {
                out.set(i);
            }
        }
        return out;
    }

    private static BitSet parsed(AnnotatedDocument doc) {
        BitSet out = new BitSet();
        for (Sentence s : doc.sentences()) {
            if (s.parsed()) {
                out.set(s.index());
            }
        }
        return out;
    }
}
