package org.dyad.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.dyad.model.AnnotatedDocument;
import org.dyad.model.Article;
import org.dyad.model.CorefChain;
import org.dyad.model.EntityMention;
import org.dyad.model.Layer;
import org.dyad.model.Mention;
import org.dyad.model.Provenance;
import org.dyad.model.Quote;
import org.dyad.model.Sentence;
import org.dyad.model.TimeExpression;
import org.dyad.model.Token;
import org.dyad.nlp.TextAnalyzer;

/**
 * A stand-in analysis for tests, local to each sentence so that it gives the same tokens whether a
 * text is analysed whole or in chunks cut at sentence ends: a sentence is the text up to a full stop,
 * a token each run of non-space characters; a capitalised word is a LOCATION, "Monday" a DATE, and in
 * each document the first two capitalised words form a coreference chain and the first word a quote.
 */
final class WordAnalyzer implements TextAnalyzer {
    @Override
    public Set<Layer> layers() {
        return Layer.language();
    }

    @Override
    public AnnotatedDocument analyze(Article a) {
        String text = a.text();
        List<Sentence> sentences = new ArrayList<>();
        List<EntityMention> entities = new ArrayList<>();
        List<TimeExpression> times = new ArrayList<>();
        List<Mention> names = new ArrayList<>();
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        int sentenceBegin = -1;
        while (i < text.length()) {
            if (Character.isWhitespace(text.charAt(i))) {
                i++;
                continue;
            }
            int b = i;
            while (i < text.length() && !Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            if (sentenceBegin < 0) {
                sentenceBegin = b;
            }
            String w = text.substring(b, i);
            int s = sentences.size();
            int k = tokens.size();
            String ner = w.equals("Monday") ? "DATE" : Character.isUpperCase(w.charAt(0)) && k > 0 ? "LOCATION" : "O";
            tokens.add(new Token(k, w, w.toLowerCase(java.util.Locale.ROOT), "NN", ner, b, i));
            if (ner.equals("LOCATION")) {
                entities.add(new EntityMention(s, k, k + 1, ner, b, i, w));
                names.add(new Mention(s, k, k + 1, k, b, i, w));
            } else if (ner.equals("DATE")) {
                times.add(new TimeExpression(s, k, k + 1, b, i, w, "DATE", ""));
            }
            if (w.endsWith(".") || i >= text.length()) {
                sentences.add(Sentence.unparsed(s, sentenceBegin, i, tokens));
                tokens = new ArrayList<>();
                sentenceBegin = -1;
            }
        }
        List<CorefChain> chains = names.size() < 2 ? List.of()
                : List.of(new CorefChain(7, 0, names.subList(0, 2), Provenance.rule("test", "1")));
        List<Quote> quotes = sentences.isEmpty() ? List.of() : List.of(new Quote(0, sentences.get(0).token(0).begin(),
                sentences.get(0).token(0).end(), sentences.get(0).token(0).word(), Optional.ofNullable(
                        names.isEmpty() ? null : names.get(0)), Provenance.rule("test", "1")));
        return new AnnotatedDocument(a, sentences, entities, times, chains, quotes, layers());
    }
}
