package org.dyad.nlp;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.dyad.model.AnnotatedDocument;
import org.dyad.model.EntityMention;
import org.dyad.model.Layer;
import org.dyad.model.Lexicon;
import org.dyad.model.Mention;
import org.dyad.model.Provenance;
import org.dyad.model.Quote;
import org.dyad.model.Sentence;
import org.dyad.model.SentenceGraph;
import org.dyad.model.Token;

/**
 * Finds quotations (text between matching double quotation marks, typographic or straight) and
 * attributes each to its speaker: the subject of a reporting verb ("said", "wrote", "told",
 * "added", ...) outside the quotation in the same sentence, else in the next sentence when it
 * begins right after the quotation ("... ," he said). Quotations of one or two words inside a
 * clause ("a “demanding dialogue”") are kept as quotes of the sentence's subject only when a
 * reporting verb governs them. Stateless and thread-safe.
 */
public final class QuoteFinder {
    private static final Provenance PROVENANCE = Provenance.rule("dyad-quote-reporting-verb", "1");

    /** The document with the {@link Layer#QUOTES} layer added. */
    public AnnotatedDocument find(AnnotatedDocument doc) {
        doc.require(Layer.TOKENS, Layer.POS, Layer.LEMMAS);
        String text = doc.article().text();
        List<Quote> quotes = new ArrayList<>();
        for (int[] span : spans(text)) {
            quotes.add(new Quote(quotes.size(), span[0], span[1], text.substring(span[0], span[1]),
                    speaker(doc, span[0], span[1]), PROVENANCE));
        }
        EnumSet<Layer> layers = EnumSet.copyOf(doc.layers());
        layers.add(Layer.QUOTES);
        return new AnnotatedDocument(doc.article(), doc.sentences(), doc.entities(), doc.times(), doc.coreference(),
                quotes, layers);
    }

    /**
     * The sentences whose dependency parse the speaker rule reads: those around a quotation that
     * hold a reporting verb outside it. With these sentences parsed, every quotation gets the same
     * speaker whether or not the other sentences are parsed. Reads tokens, POS tags and lemmas only.
     */
    public Set<Integer> parsesConsulted(AnnotatedDocument doc) {
        doc.require(Layer.TOKENS, Layer.POS, Layer.LEMMAS);
        Set<Integer> out = new TreeSet<>();
        for (int[] span : spans(doc.article().text())) {
            for (Sentence s : candidates(doc, span[0], span[1])) {
                for (int t = 0; t < s.size(); t++) {
                    if (reportsOutside(s.token(t), span[0], span[1])) {
                        out.add(s.index());
                        break;
                    }
                }
            }
        }
        return out;
    }

    /** Character spans {@code [begin, end)} of the quotations of a text, without their marks and outer spaces. */
    private static List<int[]> spans(String text) {
        List<int[]> out = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            char close = c == '\u201C' ? '\u201D' : c == '"' ? '"' : 0;
            if (close == 0) {
                i++;
                continue;
            }
            int end = text.indexOf(close, i + 1);
            // a quotation does not run across a paragraph break
            int para = text.indexOf("\n\n", i + 1);
            if (end < 0 || (para >= 0 && para < end)) {
                i++;
                continue;
            }
            int b = i + 1;
            int e = end;
            while (b < e && Character.isWhitespace(text.charAt(b))) {
                b++;
            }
            while (e > b && Character.isWhitespace(text.charAt(e - 1))) {
                e--;
            }
            if (e > b) {
                out.add(new int[] {b, e});
            }
            i = end + 1;
        }
        return out;
    }

    /** The sentences a quotation's speaker is looked for in: those it touches, and the next when it starts right after. */
    private static List<Sentence> candidates(AnnotatedDocument doc, int begin, int end) {
        List<Sentence> candidates = new ArrayList<>();
        for (Sentence s : doc.sentences()) {
            if (s.end() > begin - 1 && s.begin() <= end + 1) {
                candidates.add(s);
            }
        }
        if (!candidates.isEmpty()) {
            int last = candidates.get(candidates.size() - 1).index();
            if (last + 1 < doc.sentences().size()) {
                Sentence next = doc.sentences().get(last + 1);
                if (next.begin() - end <= 3) {
                    candidates.add(next);
                }
            }
        }
        return candidates;
    }

    private static boolean reportsOutside(Token tok, int begin, int end) {
        boolean outside = tok.end() <= begin || tok.begin() >= end;
        return outside && tok.isVerb() && Lexicon.QUOTING_VERBS.contains(tok.lemma().toLowerCase(Locale.ROOT));
    }

    private static Optional<Mention> speaker(AnnotatedDocument doc, int begin, int end) {
        if (!doc.layers().contains(Layer.DEPENDENCIES)) {
            return Optional.empty();
        }
        for (Sentence s : candidates(doc, begin, end)) {
            SentenceGraph g = SentenceGraph.of(s);
            for (int t = 0; t < s.size(); t++) {
                if (!reportsOutside(s.token(t), begin, end)) {
                    continue;
                }
                int subject = g.child(t, "nsubj");
                if (subject < 0) {
                    continue;
                }
                var sub = s.token(subject);
                if (sub.begin() >= begin && sub.end() <= end) {
                    continue;
                }
                return Optional.of(phrase(doc, s, g, subject));
            }
        }
        return Optional.empty();
    }

    /** The name around a head token: the named entity covering it, else its compound and flat modifiers. */
    static Mention phrase(AnnotatedDocument doc, Sentence s, SentenceGraph g, int head) {
        for (EntityMention e : doc.entities()) {
            if (e.sentence() == s.index() && head >= e.tokenBegin() && head < e.tokenEnd()) {
                return CoreMaps.mention(doc, s.index(), e.tokenBegin(), e.tokenEnd(), head);
            }
        }
        int first = head;
        int last = head;
        for (int c : g.children(head)) {
            String r = g.baseRelation(c);
            if (r.equals("compound") || r.equals("flat") || r.equals("amod") || r.equals("det")) {
                first = Math.min(first, c);
                last = Math.max(last, c);
            }
        }
        return CoreMaps.mention(doc, s.index(), first, last + 1, head);
    }
}
