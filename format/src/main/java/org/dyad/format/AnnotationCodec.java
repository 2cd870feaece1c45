package org.dyad.format;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;
import org.dyad.model.AnnotatedDocument;
import org.dyad.model.Article;
import org.dyad.model.CorefChain;
import org.dyad.model.Dependency;
import org.dyad.model.EntityMention;
import org.dyad.model.Layer;
import org.dyad.model.Mention;
import org.dyad.model.Provenance;
import org.dyad.model.Quote;
import org.dyad.model.Sentence;
import org.dyad.model.TimeExpression;
import org.dyad.model.Token;

/**
 * The parse cache's binary form of an {@link AnnotatedDocument}: everything but the article itself
 * (which the store keeps in its own columns), so that {@code decode(article, encode(doc))} equals
 * {@code doc}.
 *
 * <p>Compact because it leans on the article text: offsets are written as deltas, a token's word
 * is omitted when it is the text at its span, a lemma when it equals the word, and every other
 * string (POS tags, NER classes, relations, lemmas) is written once per document and referred to by
 * number afterwards. The result is deflated.
 *
 * <p>Format {@value #FORMAT} starts with the bytes {@code DYC}, the format number and a CRC-32 of the
 * deflated rest, so that a damaged blob is recognised before it is read; its layers are written as
 * the explicit ids of {@link #LAYER_IDS}, which never change when {@link Layer} gains or reorders its
 * constants. Format 1, a bare deflated stream whose layers were a bit mask by the enum's order of
 * that time ({@link #FORMAT_1_LAYERS}), is still read. A blob of an unknown format, or one that fails
 * its checksum or does not fit its article, is refused with an {@link IllegalArgumentException} that
 * says to analyse the article again; the parse cache's readers do so.
 *
 * <p>Stateless and thread-safe.
 */
public final class AnnotationCodec {
    /** The version of the binary layout this codec writes, stored beside each blob. */
    public static final int FORMAT = 2;

    /**
     * The id each layer has in the blobs of format 2 and later. Ids are never reused or renumbered; a
     * new layer takes the next number. A layer without an id is not written (its content is not part
     * of the parse cache).
     */
    public static final Map<Layer, Integer> LAYER_IDS = Map.of(Layer.TOKENS, 1, Layer.POS, 2, Layer.LEMMAS, 3,
            Layer.ENTITIES, 4, Layer.DEPENDENCIES, 5, Layer.TIME, 6, Layer.COREFERENCE, 7, Layer.QUOTES, 8);

    /** The layers of format 1, in the order of the bits of its mask (the enum's order when it was written). */
    static final List<Layer> FORMAT_1_LAYERS = List.of(Layer.TOKENS, Layer.POS, Layer.LEMMAS, Layer.ENTITIES,
            Layer.DEPENDENCIES, Layer.TIME, Layer.COREFERENCE, Layer.QUOTES);

    /** The first bytes of a blob of format 2 or later; a deflated stream (format 1) cannot start so. */
    private static final byte[] MAGIC = {'D', 'Y', 'C'};
    /** Magic, format byte and checksum. */
    private static final int HEADER = 8;

    /** String reference: a new string follows and joins the table. */
    static final int NEW = 0;
    /** String reference: the string is the default of its context (the text at the span, or the word). */
    static final int DEFAULT = 1;
    /** String reference: the string is the default of its context in lower case (a lemma "the" of "The"). */
    static final int LOWER = 2;
    /** String references from here on are entries of the document's string table. */
    static final int TABLE = 3;

    private AnnotationCodec() {
    }

    /** The annotation of a document, deflated. */
    public static byte[] encode(AnnotatedDocument doc) {
        BlobWriter w = new BlobWriter(doc.article().text());
        List<Integer> ids = new ArrayList<>();
        for (Layer l : doc.layers()) {
            Integer id = LAYER_IDS.get(l);
            if (id != null) {
                ids.add(id);
            }
        }
        ids.sort(Integer::compare);
        w.uint(ids.size());
        for (int id : ids) {
            w.uint(id);
        }
        w.uint(doc.sentences().size());
        int previousEnd = 0;
        for (Sentence s : doc.sentences()) {
            w.sint(s.begin() - previousEnd);
            w.uint(s.end() - s.begin());
            previousEnd = s.end();
            w.uint(s.size());
            int tokenEnd = s.begin();
            for (Token t : s.tokens()) {
                w.sint(t.begin() - tokenEnd);
                w.uint(t.end() - t.begin());
                tokenEnd = t.end();
                w.string(t.word(), w.slice(t.begin(), t.end()));
                w.string(t.lemma(), t.word());
                w.string(t.pos(), null);
                w.string(t.ner(), null);
            }
            arcs(w, s.dependencies());
            enhanced(w, s.dependencies(), s.enhanced());
        }
        w.uint(doc.entities().size());
        for (EntityMention e : doc.entities()) {
            w.uint(e.sentence());
            w.uint(e.tokenBegin());
            w.uint(e.tokenEnd() - e.tokenBegin());
            w.string(e.type(), null);
            w.uint(e.begin());
            w.uint(e.end() - e.begin());
            w.string(e.text(), w.slice(e.begin(), e.end()));
        }
        w.uint(doc.times().size());
        for (TimeExpression t : doc.times()) {
            w.uint(t.sentence());
            w.uint(t.tokenBegin());
            w.uint(t.tokenEnd() - t.tokenBegin());
            w.uint(t.begin());
            w.uint(t.end() - t.begin());
            w.string(t.text(), w.slice(t.begin(), t.end()));
            w.string(t.type(), null);
            w.string(t.value(), null);
        }
        w.uint(doc.coreference().size());
        for (CorefChain c : doc.coreference()) {
            w.sint(c.id());
            w.uint(c.representative());
            w.uint(c.mentions().size());
            for (Mention m : c.mentions()) {
                mention(w, m);
            }
            provenance(w, c.provenance());
        }
        w.uint(doc.quotes().size());
        for (Quote q : doc.quotes()) {
            w.uint(q.index());
            w.uint(q.begin());
            w.uint(q.end() - q.begin());
            w.string(q.text(), w.slice(q.begin(), q.end()));
            w.uint(q.speaker().isPresent() ? 1 : 0);
            if (q.speaker().isPresent()) {
                mention(w, q.speaker().get());
            }
            provenance(w, q.provenance());
        }
        byte[] payload = deflate(w.bytes());
        byte[] blob = new byte[HEADER + payload.length];
        System.arraycopy(MAGIC, 0, blob, 0, MAGIC.length);
        blob[3] = (byte) FORMAT;
        int crc = checksum(payload, 0, payload.length);
        for (int i = 0; i < 4; i++) {
            blob[4 + i] = (byte) (crc >>> (24 - 8 * i));
        }
        System.arraycopy(payload, 0, blob, HEADER, payload.length);
        return blob;
    }

    /** The format of a blob: 1 for a bare deflated stream, else the number in its header. */
    public static int format(byte[] blob) {
        return hasHeader(blob) ? blob[3] & 0xFF : 1;
    }

    private static boolean hasHeader(byte[] blob) {
        return blob.length >= MAGIC.length && blob[0] == MAGIC[0] && blob[1] == MAGIC[1] && blob[2] == MAGIC[2];
    }

    private static int checksum(byte[] bytes, int from, int length) {
        CRC32 crc = new CRC32();
        crc.update(bytes, from, length);
        return (int) crc.getValue();
    }

    /** Arcs as deltas: the dependent from the previous one, the governor from its dependent (ROOT included). */
    private static void arcs(BlobWriter w, List<Dependency> arcs) {
        w.uint(arcs.size());
        int previous = -1;
        for (Dependency d : arcs) {
            arc(w, d, previous);
            previous = d.dependent();
        }
    }

    private static void arc(BlobWriter w, Dependency d, int previousDependent) {
        w.sint(d.dependent() - previousDependent);
        w.sint(d.governor() - d.dependent());
        w.string(d.relation(), null);
    }

    /**
     * The Enhanced++ arcs, most of which repeat basic arcs: each is either a reference to a basic arc
     * (1 + the zigzag distance from the basic arc after the last one referred to, usually one byte)
     * or 0 and the arc itself.
     */
    private static void enhanced(BlobWriter w, List<Dependency> basic, List<Dependency> enhanced) {
        java.util.Map<Dependency, Integer> index = new HashMap<>();
        for (int i = basic.size() - 1; i >= 0; i--) {
            index.put(basic.get(i), i);
        }
        w.uint(enhanced.size());
        int last = -1;
        int previous = -1;
        for (Dependency d : enhanced) {
            Integer j = index.get(d);
            if (j != null) {
                int delta = j - (last + 1);
                w.uint(1 + ((delta << 1) ^ (delta >> 31)));
                last = j;
            } else {
                w.uint(0);
                arc(w, d, previous);
            }
            previous = d.dependent();
        }
    }

    private static void mention(BlobWriter w, Mention m) {
        w.uint(m.sentence());
        w.uint(m.tokenBegin());
        w.uint(m.tokenEnd() - m.tokenBegin());
        w.uint(m.head() - m.tokenBegin());
        w.uint(m.begin());
        w.uint(m.end() - m.begin());
        w.string(m.text(), w.slice(m.begin(), m.end()));
    }

    private static void provenance(BlobWriter w, Provenance p) {
        w.string(p.rule(), null);
        w.string(p.entry(), null);
        w.string(p.version(), null);
    }

    /**
     * The document whose annotation was encoded, rebuilt around its article.
     *
     * @throws IllegalArgumentException when the blob is corrupt, of another format, or does not fit the article
     */
    public static AnnotatedDocument decode(Article article, byte[] blob) {
        try {
            return read(article, blob);
        } catch (IndexOutOfBoundsException e) {
            // a string or span that does not fit the article: written for other text, or damaged
            throw new IllegalArgumentException("parse cache of article " + article.id() + " does not fit its text ("
                    + e.getMessage() + "); analyse the article again", e);
        } catch (IllegalArgumentException e) {
            if (e.getMessage() != null && e.getMessage().contains(article.id())) {
                throw e;
            }
            // the reader's or a record's own words: say which article, and what to do
            throw new IllegalArgumentException("parse cache of article " + article.id() + " is corrupt ("
                    + e.getMessage() + "); analyse the article again", e);
        }
    }

    private static AnnotatedDocument read(Article article, byte[] blob) {
        Set<Layer> layers = EnumSet.noneOf(Layer.class);
        BlobReader r;
        if (hasHeader(blob)) {
            int format = format(blob);
            if (blob.length < HEADER || format != FORMAT) {
                throw new IllegalArgumentException("parse cache of article " + article.id() + " has format " + format
                        + " but this Dyad reads formats 1 to " + FORMAT + "; analyse the article again");
            }
            int stored = 0;
            for (int i = 0; i < 4; i++) {
                stored = (stored << 8) | (blob[4 + i] & 0xFF);
            }
            int computed = checksum(blob, HEADER, blob.length - HEADER);
            if (stored != computed) {
                throw new IllegalArgumentException(String.format(java.util.Locale.ROOT, "parse cache of article %s fails"
                        + " its checksum (stored %08x, computed %08x): it is damaged; analyse the article again",
                        article.id(), stored, computed));
            }
            r = new BlobReader(inflate(blob, HEADER, article), article.text());
            int n = r.count();
            for (int i = 0; i < n; i++) {
                int id = r.uint();
                layers.add(LAYER_IDS.entrySet().stream().filter(e -> e.getValue() == id).map(Map.Entry::getKey)
                        .findFirst().orElseThrow(() -> new IllegalArgumentException("parse cache of article "
                                + article.id() + " has layer id " + id + ", unknown to this Dyad; analyse it again")));
            }
        } else {
            r = new BlobReader(inflate(blob, 0, article), article.text());
            int format = r.uint();
            if (format != 1) {
                throw new IllegalArgumentException("parse cache of article " + article.id() + " has format " + format
                        + " but this Dyad reads formats 1 to " + FORMAT + "; analyse the article again");
            }
            int mask = r.uint();
            for (int bit = 0; bit < FORMAT_1_LAYERS.size(); bit++) {
                if ((mask & (1 << bit)) != 0) {
                    layers.add(FORMAT_1_LAYERS.get(bit));
                }
            }
            if ((mask >>> FORMAT_1_LAYERS.size()) != 0) {
                throw new IllegalArgumentException("parse cache of article " + article.id() + " has layer mask " + mask
                        + ", beyond format 1's layers; the blob is corrupt");
            }
        }
        int nSentences = r.count();
        List<Sentence> sentences = new ArrayList<>(nSentences);
        int previousEnd = 0;
        for (int i = 0; i < nSentences; i++) {
            int begin = previousEnd + r.sint();
            int end = begin + r.uint();
            previousEnd = end;
            int nTokens = r.count();
            List<Token> tokens = new ArrayList<>(nTokens);
            int tokenEnd = begin;
            for (int k = 0; k < nTokens; k++) {
                int tb = tokenEnd + r.sint();
                int te = tb + r.uint();
                tokenEnd = te;
                String word = r.string(tb, te, null);
                String lemma = r.string(-1, -1, word);
                String pos = r.string(-1, -1, null);
                String ner = r.string(-1, -1, null);
                tokens.add(new Token(k, word, lemma, pos, ner, tb, te));
            }
            List<Dependency> basic = arcs(r);
            List<Dependency> enhanced = enhanced(r, basic);
            sentences.add(new Sentence(i, begin, end, tokens, basic, enhanced));
        }
        int nEntities = r.count();
        List<EntityMention> entities = new ArrayList<>(nEntities);
        for (int i = 0; i < nEntities; i++) {
            int s = r.uint();
            int tb = r.uint();
            int te = tb + r.uint();
            String type = r.string(-1, -1, null);
            int b = r.uint();
            int e = b + r.uint();
            entities.add(new EntityMention(s, tb, te, type, b, e, r.string(b, e, null)));
        }
        int nTimes = r.count();
        List<TimeExpression> times = new ArrayList<>(nTimes);
        for (int i = 0; i < nTimes; i++) {
            int s = r.uint();
            int tb = r.uint();
            int te = tb + r.uint();
            int b = r.uint();
            int e = b + r.uint();
            String text = r.string(b, e, null);
            times.add(new TimeExpression(s, tb, te, b, e, text, r.string(-1, -1, null), r.string(-1, -1, null)));
        }
        int nChains = r.count();
        List<CorefChain> chains = new ArrayList<>(nChains);
        for (int i = 0; i < nChains; i++) {
            int id = r.sint();
            int representative = r.uint();
            int n = r.count();
            List<Mention> mentions = new ArrayList<>(n);
            for (int k = 0; k < n; k++) {
                mentions.add(mention(r));
            }
            chains.add(new CorefChain(id, representative, mentions, provenance(r)));
        }
        int nQuotes = r.count();
        List<Quote> quotes = new ArrayList<>(nQuotes);
        for (int i = 0; i < nQuotes; i++) {
            int index = r.uint();
            int b = r.uint();
            int e = b + r.uint();
            String text = r.string(b, e, null);
            Optional<Mention> speaker = r.uint() == 1 ? Optional.of(mention(r)) : Optional.empty();
            quotes.add(new Quote(index, b, e, text, speaker, provenance(r)));
        }
        if (!r.atEnd()) {
            throw new IllegalArgumentException("parse cache of article " + article.id() + " has "
                    + r.remaining() + " bytes after its end; the blob is corrupt, code the article again");
        }
        return new AnnotatedDocument(article, sentences, entities, times, chains, quotes, layers);
    }

    private static List<Dependency> arcs(BlobReader r) {
        int n = r.count();
        List<Dependency> out = new ArrayList<>(n);
        int previous = -1;
        for (int i = 0; i < n; i++) {
            Dependency d = arc(r, previous);
            out.add(d);
            previous = d.dependent();
        }
        return out;
    }

    private static Dependency arc(BlobReader r, int previousDependent) {
        int dependent = previousDependent + r.sint();
        int governor = dependent + r.sint();
        return new Dependency(governor, dependent, r.string(-1, -1, null));
    }

    private static List<Dependency> enhanced(BlobReader r, List<Dependency> basic) {
        int n = r.count();
        List<Dependency> out = new ArrayList<>(n);
        int last = -1;
        int previous = -1;
        for (int i = 0; i < n; i++) {
            int tag = r.uint();
            Dependency d;
            if (tag == 0) {
                d = arc(r, previous);
            } else {
                int z = tag - 1;
                int j = last + 1 + ((z >>> 1) ^ -(z & 1));
                if (j < 0 || j >= basic.size()) {
                    throw new IllegalArgumentException("parse cache refers to basic arc " + j + " of " + basic.size());
                }
                d = basic.get(j);
                last = j;
            }
            out.add(d);
            previous = d.dependent();
        }
        return out;
    }

    private static Mention mention(BlobReader r) {
        int s = r.uint();
        int tb = r.uint();
        int te = tb + r.uint();
        int head = tb + r.uint();
        int b = r.uint();
        int e = b + r.uint();
        return new Mention(s, tb, te, head, b, e, r.string(b, e, null));
    }

    private static Provenance provenance(BlobReader r) {
        return new Provenance(r.string(-1, -1, null), r.string(-1, -1, null), r.string(-1, -1, null));
    }

    private static byte[] deflate(byte[] raw) {
        Deflater d = new Deflater(Deflater.DEFAULT_COMPRESSION);
        try {
            d.setInput(raw);
            d.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream(raw.length / 3 + 16);
            byte[] buf = new byte[8192];
            while (!d.finished()) {
                int n = d.deflate(buf);
                out.write(buf, 0, n);
            }
            return out.toByteArray();
        } finally {
            d.end();
        }
    }

    /**
     * The inflated payload. A parse takes a few dozen bytes per character of its text at most, so a
     * payload that inflates to far more is damaged (or made to exhaust memory), and is refused.
     */
    private static byte[] inflate(byte[] blob, int from, Article article) {
        String articleId = article.id();
        long limit = 64L * article.text().length() + 65_536;
        Inflater inf = new Inflater();
        try {
            inf.setInput(blob, from, blob.length - from);
            ByteArrayOutputStream out = new ByteArrayOutputStream((int) Math.min(limit, blob.length * 4L + 64));
            byte[] buf = new byte[16384];
            while (!inf.finished()) {
                int n = inf.inflate(buf);
                if (n == 0 && (inf.needsInput() || inf.needsDictionary())) {
                    throw new IllegalArgumentException("parse cache of article " + articleId
                            + " is truncated; analyse the article again");
                }
                out.write(buf, 0, n);
                if (out.size() > limit) {
                    throw new IllegalArgumentException("parse cache of article " + articleId + " inflates to over "
                            + limit + " bytes for " + article.text().length() + " characters; the blob is corrupt");
                }
            }
            return out.toByteArray();
        } catch (DataFormatException e) {
            throw new IllegalArgumentException("parse cache of article " + articleId + " is corrupt ("
                    + e.getMessage() + "); analyse the article again", e);
        } finally {
            inf.end();
        }
    }
}
