package org.dyad.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.dyad.coding.ArticleCoder;
import org.dyad.coding.CodedArticle;
import org.dyad.model.AnnotatedDocument;
import org.dyad.model.Article;
import org.dyad.model.ErrorCode;
import org.dyad.model.Rejection;
import org.dyad.model.Sentence;
import org.dyad.model.TextDigest;
import org.dyad.pipeline.EventSentenceSelector;

/**
 * Applies a coder (new or changed dictionaries) to every article of a store from its parse cache:
 * decodes each stored annotation, runs {@link ArticleCoder#code(AnnotatedDocument)} on a pool of
 * threads, and replaces the store's actors, events, merged events and mentions in one transaction,
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
 * <p>An article whose coding fails is quarantined ({@link ErrorCode#CODING_FAILED}), as is one whose
 * new analysis fails ({@link ErrorCode#NLP_FAILED}); either keeps its stored parse and no events.
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
        Connection c = store.connection();
        AtomicInteger n = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "dyad-recode-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        EventMerger merger = new EventMerger(store.merger().rule(), k -> List.of());
        long[] nextId = {1};
        Map<Long, Object[]> events = new LinkedHashMap<>();
        Map<Long, Set<String>> articlesOf = new LinkedHashMap<>();
        Map<Long, Set<String>> sourcesOf = new LinkedHashMap<>();
        long articles = 0;
        long sentences = 0;
        long articleEvents = 0;
        long failed = 0;
        long reanalysed = 0;
        long newlyParsed = 0;
        long lacking = 0;
        long checked = 0;
        List<Long> complete = new ArrayList<>(); // seqs of the articles to record as checked with this fingerprint
        List<Long> stale = new ArrayList<>(); // seqs whose recorded check no longer holds
        Optional<Reanalysis.Session> session = reanalysis.map(Reanalysis.Session::new);
        Map<Long, byte[]> reparsed = new LinkedHashMap<>(); // by article seq: the new parses, not the documents
        c.setAutoCommit(false);
        try (Connection reader = c.unwrap(org.duckdb.DuckDBConnection.class).duplicate()) {
            try (Statement st = c.createStatement()) {
                for (String t : List.of("sentences", "actors", "quotes", "article_events", "events", "event_mentions")) {
                    st.execute("DELETE FROM " + t);
                }
                st.execute("DELETE FROM quarantine WHERE code IN ('" + ErrorCode.CODING_FAILED.id() + "', '"
                        + ErrorCode.NLP_FAILED.id() + "') AND origin LIKE 'recode:%'");
            }
            List<Rejection> failures = new ArrayList<>();
            try (Table.Rows rows = Table.appenders(c);
                    Statement st = reader.createStatement();
                    ResultSet rs = st.executeQuery("SELECT a.seq, a.id, a.date, a.title, a.text, a.url, a.source,"
                            + " a.origin, a.annotation, coalesce(s.fingerprint, '') FROM articles a"
                            + " LEFT JOIN article_selections s ON s.article_seq = a.seq ORDER BY a.seq")) {
                ArrayDeque<Future<Work>> window = new ArrayDeque<>();
                boolean more = true;
                while (more || !window.isEmpty()) {
                    while (more && window.size() < 4 * threads) {
                        if (!rs.next()) {
                            more = false;
                            break;
                        }
                        long seq = rs.getLong(1);
                        Article a = new Article(rs.getString(2), rs.getObject(3, LocalDate.class), rs.getString(4),
                                rs.getString(5), rs.getString(6), rs.getString(7));
                        String origin = rs.getString(8);
                        byte[] blob = rs.getBytes(9);
                        boolean known = fingerprint.equals(rs.getString(10));
                        window.add(pool.submit(() -> code(seq, origin, a, blob, known, session)));
                    }
                    if (window.isEmpty()) {
                        break;
                    }
                    Work w = take(window.poll());
                    articles++;
                    if (w.check() != Check.SKIPPED) {
                        checked++;
                        (w.check() == Check.COMPLETE ? complete : stale).add(w.seq());
                    }
                    if (w.failure() != null) {
                        failed++;
                        failures.add(w.failure());
                        continue;
                    }
                    if (w.annotation().isPresent()) {
                        reanalysed++;
                        newlyParsed += w.newlyParsed();
                        reparsed.put(w.seq(), w.annotation().get());
                    }
                    if (w.lacking()) {
                        lacking++;
                    }
                    sentences += w.coded().document().sentences().size();
                    articleEvents += w.coded().events().size();
                    for (ArticleWriter.Placed p : ArticleWriter.writeCoding(rows, w.coded(), w.seq(), merger,
                            () -> nextId[0]++)) {
                        if (p.founded()) {
                            events.put(p.eventId(), p.eventRow());
                        } else {
                            Object[] row = events.get(p.eventId());
                            row[29] = (Integer) row[29] + p.mentions();
                        }
                        articlesOf.computeIfAbsent(p.eventId(), k -> new HashSet<>()).add(p.articleId());
                        sourcesOf.computeIfAbsent(p.eventId(), k -> new HashSet<>()).add(p.sourceName());
                    }
                }
                for (Map.Entry<Long, Object[]> e : events.entrySet()) {
                    Object[] row = e.getValue();
                    row[30] = sourcesOf.get(e.getKey()).size();
                    row[31] = articlesOf.get(e.getKey()).size();
                    rows.add(Table.EVENTS, row);
                }
            }
            replaceParses(c, reparsed, session);
            recordChecks(c, complete, stale, fingerprint);
            store.daily().rebuild();
            for (Rejection r : failures) {
                store.quarantine(r);
            }
            try (PreparedStatement ps = c.prepareStatement("""
                    INSERT INTO store_meta SELECT 'generation', '0' WHERE NOT EXISTS
                      (SELECT 1 FROM store_meta WHERE key = 'generation')""")) {
                ps.executeUpdate();
            }
            try (Statement st = c.createStatement()) {
                st.execute("UPDATE store_meta SET value = CAST(CAST(value AS BIGINT) + 1 AS VARCHAR)"
                        + " WHERE key = 'generation'");
            }
            c.commit();
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(true);
            pool.shutdownNow();
            store.afterRecode();
        }
        return new Result(articles, sentences, articleEvents, events.size(), failed,
                (System.nanoTime() - start) / 1_000_000, articles - failed - reanalysed, reanalysed, newlyParsed,
                lacking, checked);
    }

    /**
     * Forgets every recorded selection check, so that the next recode checks every selectively analysed
     * article, as it does after a change of the dictionaries.
     */
    public static void forgetChecks(EventStore store) throws SQLException {
        try (Statement st = store.connection().createStatement()) {
            st.execute("DELETE FROM article_selections");
        }
    }

    /**
     * Records that the parses of {@code complete} lack nothing this selection chooses, and forgets
     * the checks recorded for {@code stale}, in the recode's transaction.
     */
    private static void recordChecks(Connection c, List<Long> complete, List<Long> stale, String fingerprint)
            throws SQLException {
        List<Long> changed = new ArrayList<>(complete);
        changed.addAll(stale);
        try (Statement st = c.createStatement()) {
            for (int from = 0; from < changed.size(); from += 1000) {
                StringBuilder in = new StringBuilder();
                for (long seq : changed.subList(from, Math.min(changed.size(), from + 1000))) {
                    in.append(in.length() == 0 ? "" : ", ").append(seq);
                }
                st.execute("DELETE FROM article_selections WHERE article_seq IN (" + in + ")");
            }
        }
        if (complete.isEmpty()) {
            return;
        }
        try (Table.Rows rows = Table.appenders(c)) {
            for (long seq : complete) {
                rows.add(Table.ARTICLE_SELECTIONS, seq, fingerprint);
            }
        }
    }

    /** Stores the new parses of the articles analysed again, in the recode's transaction. */
    private static void replaceParses(Connection c, Map<Long, byte[]> reparsed, Optional<Reanalysis.Session> session)
            throws SQLException {
        if (reparsed.isEmpty()) {
            return;
        }
        String fingerprint = session.orElseThrow().fingerprint();
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE articles SET annotation = ?, analyzer = ?, annotation_format = ? WHERE seq = ?")) {
            for (Map.Entry<Long, byte[]> e : reparsed.entrySet()) {
                ps.setBytes(1, e.getValue());
                ps.setString(2, fingerprint);
                ps.setInt(3, AnnotationCodec.FORMAT);
                ps.setLong(4, e.getKey());
                ps.executeUpdate();
            }
        }
    }

    private Work code(long seq, String origin, Article a, byte[] blob, boolean known,
            Optional<Reanalysis.Session> session) {
        AnnotatedDocument doc;
        BitSet missing;
        boolean check;
        try {
            doc = AnnotationCodec.decode(a, blob);
            // a whole-document analysis has nothing to choose among; a checked parse lacks nothing
            check = !known && !doc.sentences().stream().allMatch(Sentence::parsed);
            missing = check ? unparsedSelected(doc) : new BitSet();
        } catch (RuntimeException | StackOverflowError e) {
            return failed(seq, origin, a, ErrorCode.CODING_FAILED, e);
        }
        int parsedBefore = parsed(doc).cardinality();
        boolean analysed = false;
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

    private static Work take(Future<Work> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while recoding", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("recoding worker failed: " + e.getCause(), e.getCause());
        }
    }
}
