package org.dyad.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.dyad.model.AnnotatedDocument;
import org.dyad.model.Article;
import org.dyad.model.EntityMention;
import org.dyad.model.Layer;
import org.dyad.model.Sentence;
import org.dyad.model.TimeExpression;
import org.dyad.model.Token;

/** Sentences, entities and dates collected sentence by sentence from CoreNLP's annotation. */
final class TaggedContent {
    private static final DateFinder DATES = new DateFinder();
    private static final Set<String> TIME_TYPES = Set.of("DATE", "TIME", "DURATION", "SET");

    final List<Sentence> sentences = new ArrayList<>();
    final List<EntityMention> entities = new ArrayList<>();
    final List<TimeExpression> times = new ArrayList<>();

    /** A tagged sentence: tokens, names and dates, no arcs. */
    void addTagged(Article article, CoreMap cm) {
        add(article, CoreMaps.sentence(sentences.size(), cm, false), cm);
    }

    /** A fully analysed sentence: its parse (repaired), names and dates. */
    void addAnalysed(Article article, CoreMap cm) {
        add(article, ParseRepairs.repair(CoreMaps.sentence(sentences.size(), cm, true)), cm);
    }

    private void add(Article article, Sentence s, CoreMap cm) {
        List<TimeExpression> dates = DATES.find(article, s);
        sentences.add(dates.isEmpty() ? s : dated(s, dates));
        times.addAll(dates);
        mentions(article, s, cm);
    }

    /** The sentence with its date tokens tagged DATE where the recognizer left them untagged. */
    private static Sentence dated(Sentence s, List<TimeExpression> dates) {
        List<Token> tokens = new ArrayList<>(s.tokens());
        for (TimeExpression d : dates) {
            for (int i = d.tokenBegin(); i < d.tokenEnd(); i++) {
                Token t = tokens.get(i);
                if (t.ner().equals("O")) {
                    tokens.set(i, new Token(t.index(), t.word(), t.lemma(), t.pos(), "DATE", t.begin(), t.end()));
                }
            }
        }
        return new Sentence(s.index(), s.begin(), s.end(), tokens, s.dependencies(), s.enhanced());
    }

    private void mentions(Article article, Sentence sentence, CoreMap cm) {
        List<CoreMap> mentions = cm.get(CoreAnnotations.MentionsAnnotation.class);
        if (mentions == null) {
            return;
        }
        int s = sentence.index();
        for (CoreMap m : mentions) {
            String type = m.get(CoreAnnotations.NamedEntityTagAnnotation.class);
            if (TIME_TYPES.contains(type)) {
                continue; // the recognizer's numeric classes of time; dates are Dyad's own
            }
            int begin = m.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
            int end = m.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
            int[] tokens = CoreMaps.tokenRange(sentence, begin, end);
            if (!CoreMaps.pronominal(sentence, tokens)) {
                // CoreNLP also lists pronouns as entity mentions; Dyad resolves them by coreference
                entities.add(new EntityMention(s, tokens[0], tokens[1], type, begin, end, article.slice(begin, end)));
            }
        }
    }

    AnnotatedDocument document(Article article, Set<Layer> layers) {
        return new AnnotatedDocument(article, sentences, entities, times, List.of(), List.of(), layers);
    }
}
