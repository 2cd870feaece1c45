package org.dyad.pipeline;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.dyad.actors.ActorMention;
import org.dyad.coding.ArticleCoder;
import org.dyad.model.AnnotatedDocument;
import org.dyad.model.Sentence;
import org.dyad.model.Token;
import org.dyad.nlp.CoreferenceRules;
import org.dyad.nlp.SentenceSelector;

/**
 * Selects the sentences that can hold an event for one {@link ArticleCoder}, from the preview of an
 * article, so that only they are parsed. An event needs a trigger and two actors with different
 * codes in its sentence, so a sentence is selected when
 *
 * <ol>
 *   <li>one of its words has a lemma (or, lower-cased, a form) that the coder's dictionaries are
 *       triggered by, whatever its part of speech; and</li>
 *   <li>it holds two <em>actor candidates</em> that can differ: actor mentions that the coder's own
 *       resolver finds in the preview (dictionary names, titles, definite descriptions, short names
 *       through name coreference), and pronouns that the coreference rules resolve when an actor is
 *       named within {@link CoreferenceRules#WINDOW} sentences before them, since without the parse
 *       the preview cannot tell which antecedent they take. Two named candidates with the same code
 *       are not enough.</li>
 * </ol>
 * Each test over-approximates what the coder needs from a fully analysed sentence, so the events
 * of the selective analysis are those of the full one; {@code dyad bench} compares both on every run.
 * Immutable and thread-safe.
 */
public final class EventSentenceSelector implements SentenceSelector {
    private final ArticleCoder coder;
    private final CoreferenceRules coreference = new CoreferenceRules();

    /** A selector for the dictionaries of {@code coder}. */
    public EventSentenceSelector(ArticleCoder coder) {
        this.coder = Objects.requireNonNull(coder, "coder");
    }

    @Override
    public Set<Integer> select(AnnotatedDocument preview) {
        List<ActorMention> actors = coder.actors().resolve(coreference.resolve(preview));
        List<Sentence> sentences = preview.sentences();
        // sentences with an actor that is not a pronoun, which a pronoun within the window may stand for
        Set<Integer> named = new HashSet<>();
        List<List<ActorMention>> bySentence = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            bySentence.add(new ArrayList<>());
        }
        for (ActorMention m : actors) {
            bySentence.get(m.sentence()).add(m);
            if (!coversPronoun(sentences.get(m.sentence()), m)) {
                named.add(m.sentence());
            }
        }
        Set<Integer> out = new TreeSet<>();
        for (Sentence s : sentences) {
            if (triggered(s) && twoActors(s, bySentence.get(s.index()), named)) {
                out.add(s.index());
            }
        }
        return out;
    }

    private boolean triggered(Sentence s) {
        for (Token t : s.tokens()) {
            if (coder.triggers(t.lemma()) || coder.triggers(t.word().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    private static boolean twoActors(Sentence s, List<ActorMention> here, Set<Integer> named) {
        boolean antecedent = false;
        for (int k = Math.max(0, s.index() - CoreferenceRules.WINDOW); k <= s.index() && !antecedent; k++) {
            antecedent = named.contains(k);
        }
        int pronouns = 0;
        if (antecedent) {
            for (Token t : s.tokens()) {
                if (CoreferenceRules.resolvesPronoun(t)) {
                    pronouns++;
                }
            }
        }
        Set<String> codes = new HashSet<>();
        int mentions = 0;
        for (ActorMention m : here) {
            if (!coversPronoun(s, m)) {
                mentions++;
                codes.add(m.actor().code());
            }
        }
        return mentions + pronouns >= 2 && (pronouns > 0 || codes.size() >= 2);
    }

    private static boolean coversPronoun(Sentence s, ActorMention m) {
        for (int i = m.tokenBegin(); i < m.tokenEnd(); i++) {
            if (CoreferenceRules.resolvesPronoun(s.token(i))) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return "EventSentenceSelector";
    }
}
