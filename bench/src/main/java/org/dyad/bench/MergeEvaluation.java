package org.dyad.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import org.dyad.coding.ArticleCoder;
import org.dyad.format.EventJson;
import org.dyad.ingest.ArticleReader;
import org.dyad.ingest.FieldNames;
import org.dyad.model.GoldIssue;
import org.dyad.model.Layer;
import org.dyad.nlp.CoreNlpAnalyzer;
import org.dyad.nlp.NlpProfile;
import org.dyad.pipeline.CachedAnalyzer;
import org.dyad.pipeline.CodedArticles;
import org.dyad.pipeline.Outcome;
import org.dyad.pipeline.Pipeline;
import org.dyad.pipeline.Progress;
import org.dyad.pipeline.Recoder;
import org.dyad.store.EventMerger;
import org.dyad.store.EventStore;

/**
 * Evaluates cross-article merging on ECB+ (Cybulska and Vossen's cross-document event coreference
 * corpus, in the JSON Lines form of {@code data/ecbplus/}). Every document, made of the sentences
 * ECB+ annotated fully for coreference, is coded by the full pipeline into a store; each report (an article-level event) is aligned to the gold event mention
 * whose tokens contain its trigger word; the gold event of a mention is the ECB+ instance its
 * cross-document coreference relation names (a mention without one is an event of its own). Over
 * every pair of aligned reports from different documents, a pair merged by Dyad and coreferent in
 * the gold standard is a true positive, merged but not coreferent a false positive, and coreferent
 * but not merged a false negative: pairwise precision and recall.
 *
 * <p>ECB+ gives no publication dates, so every document is dated {@code date}; merging is then
 * decided by dyad, event family and evidence. The store keeps the parses, so evaluating another
 * merge rule only recodes.
 */
public final class MergeEvaluation {
    /** Pairwise scores of one merge rule. */
    public record Scores(String rule, long reports, long aligned, long events, long pairs, long truePositives,
            long falsePositives, long falseNegatives) {
        public double precision() {
            return truePositives + falsePositives == 0 ? 0 : (double) truePositives / (truePositives + falsePositives);
        }

        public double recall() {
            return truePositives + falseNegatives == 0 ? 0 : (double) truePositives / (truePositives + falseNegatives);
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        public String line() {
            return String.format(Locale.ROOT, "%-38s reports %5d aligned %4d events %4d cross-doc pairs %6d  TP %4d FP %4d"
                    + " FN %4d  precision %.3f recall %.3f F1 %.3f", rule, reports, aligned, events, pairs, truePositives,
                    falsePositives, falseNegatives, precision(), recall(), f1());
        }
    }

    /**
     * A gold event mention: the character spans of its tokens, its cross-document event, its words
     * and the sentence it is in.
     */
    private record GoldMention(List<int[]> spans, String instance, String words, String sentence) {
    }

    private MergeEvaluation() {
    }

    /**
     * Codes the corpus into {@code db} (parses already there are reused) and scores each rule.
     *
     * @param date the date given to every document
     * @param issues receives the records left out (a line that is not a document, an article the
     *     pipeline quarantined)
     */
    public static List<Scores> run(Path corpus, Path db, LocalDate date, List<EventMerger.Rule> rules, int threads,
            PrintStream err, List<GoldIssue> issues) throws Exception {
        Map<String, List<GoldMention>> gold = new HashMap<>();
        Path articles = Files.createTempFile("ecbplus-articles", ".jsonl");
        try {
            Map<String, Set<Integer>> annotated = annotatedSentences(corpus.resolveSibling(
                    "ECBplus_coreference_sentences.csv"), issues);
            int docs = readCorpus(corpus, date, annotated, gold, articles, issues);
            err.println("ecb+: " + docs + " documents, " + gold.values().stream().mapToInt(List::size).sum()
                    + " gold event mentions");
            code(articles, db, threads, err, issues);
        } finally {
            Files.deleteIfExists(articles);
        }
        List<Scores> out = new ArrayList<>();
        for (EventMerger.Rule rule : rules) {
            try (EventStore store = EventStore.open(db, rule)) {
                new Recoder(ArticleCoder.standard(), threads).recode(store);
            }
            out.add(score(db, gold, String.format(Locale.ROOT, "window %d days, similarity >= %.2f", rule.windowDays(),
                    rule.minSimilarity())));
        }
        return out;
    }

    /**
     * Scores the merge rule alone on the gold event mentions: each mention of the fully annotated
     * sentences is a report whose evidence is its sentence and whose event family is the stem of its
     * first word (ECB+ has no CAMEO codes or dyads), all of one date; {@link EventMerger} merges
     * them in corpus order exactly as the store does. No language analysis is run.
     */
    public static List<Scores> goldMentions(Path corpus, List<EventMerger.Rule> rules, PrintStream err,
            List<GoldIssue> issues) throws IOException {
        Map<String, List<GoldMention>> gold = new java.util.LinkedHashMap<>();
        Path articles = Files.createTempFile("ecbplus-articles", ".jsonl");
        try {
            readCorpus(corpus, LocalDate.EPOCH, annotatedSentences(corpus.resolveSibling(
                    "ECBplus_coreference_sentences.csv"), issues), gold, articles, issues);
        } finally {
            Files.deleteIfExists(articles);
        }
        List<Scores> out = new ArrayList<>();
        try (var analyzer = new org.apache.lucene.analysis.en.EnglishAnalyzer(
                org.apache.lucene.analysis.CharArraySet.EMPTY_SET)) {
            record Item(String article, String family, java.util.Set<String> terms, String instance) {
            }
            List<Item> items = new ArrayList<>();
            for (Map.Entry<String, List<GoldMention>> d : gold.entrySet()) {
                for (GoldMention m : d.getValue()) {
                    java.util.Set<String> terms = new java.util.TreeSet<>();
                    EventMerger.addTerms(m.sentence(), terms);
                    items.add(new Item(d.getKey(), stem(analyzer, m.words()), terms, m.instance()));
                }
            }
            err.println("ecb+ gold mentions in fully annotated sentences: " + items.size());
            for (EventMerger.Rule rule : rules) {
                EventMerger merger = new EventMerger(rule, k -> List.of());
                long[] next = {1};
                record Report(String article, long event, String instance) {
                }
                List<Report> reports = new ArrayList<>();
                for (Item it : items) {
                    EventMerger.Key key = new EventMerger.Key("", "", it.family());
                    EventMerger.Member member = new EventMerger.Member(it.article(), it.terms());
                    var match = merger.match(key, LocalDate.EPOCH, it.article(), it.terms());
                    long id;
                    if (match.isPresent()) {
                        id = match.get().id();
                        merger.join(key, id, member);
                    } else {
                        id = next[0]++;
                        merger.found(key, id, LocalDate.EPOCH, member);
                    }
                    reports.add(new Report(it.article(), id, it.instance()));
                }
                long tp = 0;
                long fp = 0;
                long fn = 0;
                long pairs = 0;
                for (int i = 0; i < reports.size(); i++) {
                    Report a = reports.get(i);
                    for (int j = i + 1; j < reports.size(); j++) {
                        Report b = reports.get(j);
                        if (a.article().equals(b.article())) {
                            continue;
                        }
                        pairs++;
                        boolean merged = a.event() == b.event();
                        boolean same = a.instance().equals(b.instance());
                        if (merged && same) {
                            tp++;
                        } else if (merged) {
                            fp++;
                        } else if (same) {
                            fn++;
                        }
                    }
                }
                out.add(new Scores(String.format(Locale.ROOT, "gold mentions, similarity >= %.2f", rule.minSimilarity()),
                        reports.size(), reports.size(), next[0] - 1, pairs, tp, fp, fn));
            }
        }
        return out;
    }

    /** The Porter stem of a mention's first word, its event family here. */
    private static String stem(org.apache.lucene.analysis.Analyzer analyzer, String words) throws IOException {
        String first = words.split(" ")[0];
        try (var ts = analyzer.tokenStream("w", first)) {
            var term = ts.addAttribute(org.apache.lucene.analysis.tokenattributes.CharTermAttribute.class);
            ts.reset();
            String out = ts.incrementToken() ? term.toString() : first.toLowerCase(Locale.ROOT);
            ts.end();
            return out;
        }
    }

    /**
     * The sentences of each document whose events ECB+ annotated fully (its
     * {@code ECBplus_coreference_sentences.csv}: topic, file, sentence number), by document name.
     */
    private static Map<String, Set<Integer>> annotatedSentences(Path csv, List<GoldIssue> issues) throws IOException {
        if (!Files.isRegularFile(csv)) {
            throw new IllegalArgumentException("ECB+ lists its fully annotated sentences in " + csv
                    + ", which is missing; keep it beside the corpus file");
        }
        Map<String, Set<Integer>> out = new HashMap<>();
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        for (int i = 1; i < lines.size(); i++) {
            String[] f = lines.get(i).split(",");
            if (f.length == 3) {
                try {
                    out.computeIfAbsent(f[0].strip() + "_" + f[1].strip(), k -> new HashSet<>())
                            .add(Integer.parseInt(f[2].strip()));
                } catch (NumberFormatException e) {
                    issues.add(new GoldIssue(csv.getFileName() + ":" + (i + 1), GoldIssue.Kind.SKIPPED,
                            "sentence number '" + f[2].strip() + "' is not a number"));
                }
            }
        }
        return out;
    }

    /**
     * Writes the documents as JSON Lines articles, made of their fully annotated sentences only, and
     * collects their gold mentions; returns the document count.
     */
    private static int readCorpus(Path corpus, LocalDate date, Map<String, Set<Integer>> annotated,
            Map<String, List<GoldMention>> gold, Path articles, List<GoldIssue> issues) throws IOException {
        int n = 0;
        int number = 0;
        try (BufferedReader in = Files.newBufferedReader(corpus, StandardCharsets.UTF_8);
                Writer out = Files.newBufferedWriter(articles, StandardCharsets.UTF_8)) {
            for (String line; (line = in.readLine()) != null;) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                try {
                    if (document(line, date, annotated, gold, out)) {
                        n++;
                    }
                } catch (IOException | RuntimeException e) {
                    // one document that cannot be read is left out; the others are scored
                    issues.add(new GoldIssue(corpus.getFileName() + ":" + number, GoldIssue.Kind.SKIPPED,
                            "not an ECB+ document: " + e.getClass().getSimpleName() + ": "
                                    + String.valueOf(e.getMessage()).lines().findFirst().orElse("")));
                }
            }
        }
        return n;
    }

    /** Reads one document line; true when it had annotated sentences and was written as an article. */
    private static boolean document(String line, LocalDate date, Map<String, Set<Integer>> annotated,
            Map<String, List<GoldMention>> gold, Writer out) throws IOException {
        JsonNode d = EventJson.mapper().readTree(line);
        if (d == null || !d.isObject() || !d.path("doc_name").isTextual()) {
            throw new IllegalArgumentException("no doc_name");
        }
        String id = d.path("doc_name").asText().replace(".xml", "");
        Set<Integer> keep = annotated.getOrDefault(id, Set.of());
        if (keep.isEmpty()) {
            return false;
        }
        Map<Integer, int[]> spans = new HashMap<>();
        StringBuilder text = new StringBuilder();
        Map<Integer, String> sentenceText = new HashMap<>();
        Map<Integer, Integer> sentenceOf = new HashMap<>();
        int sentence = -1;
        TreeMap<Integer, JsonNode> tokens = new TreeMap<>();
        for (JsonNode t : d.path("tokens")) {
            tokens.put(t.get(0).asInt(), t);
        }
        for (JsonNode t : tokens.values()) {
            int s = t.get(1).asInt();
            if (!keep.contains(s)) {
                continue;
            }
            if (text.length() > 0) {
                text.append(s != sentence ? "\n" : " ");
            }
            sentence = s;
            int b = text.length();
            text.append(t.get(3).asText());
            spans.put(t.get(0).asInt(), new int[] {b, text.length()});
            sentenceText.merge(s, t.get(3).asText(), (x, y) -> x + " " + y);
            sentenceOf.put(t.get(0).asInt(), s);
        }
        Map<Integer, String> instanceOf = new HashMap<>();
        for (JsonNode r : d.path("relations")) {
            if (r.path("type").asText().equals("CROSS_DOC_COREF")) {
                for (JsonNode s : r.path("sources")) {
                    instanceOf.put(s.asInt(), r.path("note").asText());
                }
            }
        }
        List<GoldMention> mentions = new ArrayList<>();
        for (JsonNode m : d.path("markables")) {
            String tag = m.path("tag").asText();
            if (!(tag.startsWith("ACTION_") || tag.startsWith("NEG_ACTION_")) || m.path("t_ids").isEmpty()) {
                continue;
            }
            List<int[]> ms = new ArrayList<>();
            StringBuilder words = new StringBuilder();
            int inSentence = -1;
            for (JsonNode t : m.path("t_ids")) {
                int[] span = spans.get(t.asInt());
                if (span != null) {
                    ms.add(span);
                    words.append(words.length() == 0 ? "" : " ").append(text, span[0], span[1]);
                    inSentence = sentenceOf.get(t.asInt());
                }
            }
            if (ms.isEmpty()) {
                continue;
            }
            int mid = m.path("m_id").asInt();
            mentions.add(new GoldMention(ms, instanceOf.getOrDefault(mid, "single:" + id + ":" + mid),
                    words.toString(), sentenceText.get(inSentence)));
        }
        gold.put(id, mentions);
        var o = EventJson.mapper().createObjectNode();
        o.put("id", id);
        o.put("date", date.toString());
        o.put("text", text.toString());
        o.put("source", id.replaceAll("_.*", "") + "/" + d.path("subcorpus").asText() + "/" + id);
        out.write(EventJson.mapper().writeValueAsString(o));
        out.write('\n');
        return true;
    }

    private static void code(Path articles, Path db, int threads, PrintStream err, List<GoldIssue> issues)
            throws Exception {
        String fingerprint = CachedAnalyzer.fingerprint(CoreNlpAnalyzer.class, "corenlp-4.5.10/" + NlpProfile.STANDARD);
        try (EventStore store = EventStore.open(db)) {
            Pipeline pipeline = new Pipeline(new ArticleReader(FieldNames.defaults()),
                    () -> new CachedAnalyzer(List.of(store), fingerprint, () -> new CoreNlpAnalyzer(NlpProfile.STANDARD),
                            Layer.language()), ArticleCoder.standard(), threads, Pipeline.DEFAULT_MAX_CHARS);
            var summary = pipeline.run(List.of(articles), outcome -> {
                if (outcome instanceof Outcome.Coded c) {
                    try {
                        store.write(CodedArticles.forStore(c.article()), "ecbplus", fingerprint);
                    } catch (java.sql.SQLException e) {
                        throw new IOException(e);
                    }
                } else {
                    var r = ((Outcome.Quarantined) outcome).rejection();
                    issues.add(new GoldIssue(r.articleId().isEmpty() ? r.origin() : r.articleId(), GoldIssue.Kind.SKIPPED,
                            "quarantined " + r.code().id() + " " + r.code().name() + ": " + r.reason()));
                }
            }, Progress.NONE, -1);
            err.println("ecb+: " + summary.line());
        }
    }

    private static Scores score(Path db, Map<String, List<GoldMention>> gold, String rule) throws Exception {
        record Report(String article, long event, String instance) {
        }
        List<Report> aligned = new ArrayList<>();
        long reports = 0;
        Properties p = new Properties();
        p.setProperty("duckdb.read_only", "true");
        long events;
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db.toAbsolutePath(), p);
                Statement st = c.createStatement()) {
            try (ResultSet rs = st.executeQuery("SELECT article_id, event_id, json FROM article_events"
                    + " ORDER BY article_seq, position")) {
                while (rs.next()) {
                    reports++;
                    JsonNode trigger = EventJson.mapper().readTree(rs.getString(3)).path("trigger");
                    int b = trigger.path("begin").asInt();
                    int e = trigger.path("end").asInt();
                    String instance = null;
                    for (GoldMention m : gold.getOrDefault(rs.getString(1), List.of())) {
                        for (int[] span : m.spans()) {
                            if (b < span[1] && span[0] < e) {
                                instance = m.instance();
                                break;
                            }
                        }
                        if (instance != null) {
                            break;
                        }
                    }
                    if (instance != null) {
                        aligned.add(new Report(rs.getString(1), rs.getLong(2), instance));
                    }
                }
            }
            events = aligned.stream().map(Report::event).distinct().count();
        }
        long tp = 0;
        long fp = 0;
        long fn = 0;
        long pairs = 0;
        for (int i = 0; i < aligned.size(); i++) {
            for (int j = i + 1; j < aligned.size(); j++) {
                Report a = aligned.get(i);
                Report b = aligned.get(j);
                if (a.article().equals(b.article())) {
                    continue;
                }
                pairs++;
                boolean merged = a.event() == b.event();
                boolean same = Objects.equals(a.instance(), b.instance());
                if (merged && same) {
                    tp++;
                } else if (merged) {
                    fp++;
                } else if (same) {
                    fn++;
                }
            }
        }
        return new Scores(rule, reports, aligned.size(), events, pairs, tp, fp, fn);
    }
}
