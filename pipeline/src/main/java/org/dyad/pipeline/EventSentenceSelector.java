package org.dyad.pipeline;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.dyad.actors.ActorMention;
import org.dyad.actors.ActorRule;
import org.dyad.actors.Discovery;
import org.dyad.coding.ArticleCoder;
import org.dyad.coding.EventCoder;
import org.dyad.model.AnnotatedDocument;
import org.dyad.model.EntityMention;
import org.dyad.model.Sentence;
import org.dyad.model.Token;
import org.dyad.nlp.CoreferenceRules;
import org.dyad.nlp.SentenceSelector;

/**
 * Selects the sentences that can hold an event for one {@link ArticleCoder}, from the preview of an
 * article, so that only they are parsed. An event needs a trigger and two actors with different
 * codes in its sentence (an event noun, one: "Russia's demands"), so a sentence is selected when
 *
 * <ol>
 *   <li>one of its words has a lemma (or, lower-cased, a form) that the coder's dictionaries are
 *       triggered by, whatever its part of speech; and</li>
 *   <li>it holds two <em>actor candidates</em> that can differ: actor mentions that the coder's own
 *       resolver finds in the preview (dictionary names, titles, definite descriptions, short names
 *       through name coreference), named persons that a description may resolve
 *       once parsed ({@code ActorResolver.candidates}), and pronouns that the coreference rules resolve when an actor is
 *       named before them in their sentence or in the {@link CoreferenceRules#WINDOW} sentences
 *       before, since without the parse the preview cannot tell which antecedent they take. Two
 *       named candidates with the same code are not enough, unless the code is a guess from the story's
 *       country that the parse may refine. The plural pronouns the coder resolves to
 *       coordinated actors ("both", "they") count as pronouns; a noun that the coder may code with
 *       one actor ({@link ArticleCoder#codesAlone}) needs one candidate only.</li>
 * </ol>
 * A sentence that names in full a person whom a selected sentence names but cannot resolve is
 * selected too, since its parse may describe that person. Each test over-approximates what the coder needs from a fully
 * analysed sentence, so the events
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
        List<ActorMention> actors = coder.actors().candidates(coreference.resolve(preview));
        List<Sentence> sentences = preview.sentences();
        // actors that are not pronouns, by sentence: what a pronoun can be resolved to
        List<List<ActorMention>> named = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            named.add(new ArrayList<>());
        }
        for (ActorMention m : actors) {
            if (!coversPronoun(sentences.get(m.sentence()), m)) {
                named.get(m.sentence()).add(m);
            }
        }
        Set<Integer> out = new TreeSet<>();
        for (Sentence s : sentences) {
            if (triggered(s) && (twoActors(s, named) || !named.get(s.index()).isEmpty() && codesAlone(s))) {
                out.add(s.index());
            }
        }
        describing(preview, actors, out);
        return out;
    }

    /**
     * Adds the sentences that name in full a person whom a selected sentence names but the preview
     * cannot resolve: once parsed, a title or an apposition there ("Martin Kelly, head of
     * intelligence at ...") may give that person the code the selected sentence's event needs.
     */
    private static void describing(AnnotatedDocument preview, List<ActorMention> actors, Set<Integer> selected) {
        Set<String> surnames = new HashSet<>();
        for (ActorMention m : actors) {
            if (ActorRule.CANDIDATE.is(m.actor().provenance().rule()) && selected.contains(m.sentence())) {
                surnames.add(Discovery.surnameOf(
                        preview.sentences().get(m.sentence()).token(m.tokenEnd() - 1).word()));
            }
        }
        for (EntityMention e : preview.entities()) {
            if (e.type().equals("PERSON") && e.tokenEnd() - e.tokenBegin() >= 2
                    && surnames.contains(surname(preview, e))) {
                selected.add(e.sentence());
            }
        }
    }

    private static String surname(AnnotatedDocument preview, EntityMention e) {
        return Discovery.surnameOf(preview.sentences().get(e.sentence()).token(e.tokenEnd() - 1).word());
    }

    private boolean triggered(Sentence s) {
        for (Token t : s.tokens()) {
            if (coder.triggers(t.lemma()) || coder.triggers(t.word().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** True when an event noun of the sentence can code an event of one actor ("Russia's demands"). */
    private boolean codesAlone(Sentence s) {
        for (Token t : s.tokens()) {
            if (t.isNoun() && (coder.codesAlone(t.lemma()) || coder.codesAlone(t.word().toLowerCase(Locale.ROOT)))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The rules whose code the parse may refine: an organisation guessed to be of the story's country
     * ("UAW" and "AMC" both {@code USA} in the preview) can turn out another actor once parsed
     * (the acronyms of "United Auto Workers" and "American Motors Corp"), so two such guesses count as
     * two actors.
     */
    private static final Set<String> GUESSES = Set.of(ActorRule.ARTICLE_COUNTRY.id(), ActorRule.STORY_AGENT.id());

    private static boolean twoActors(Sentence s, List<List<ActorMention>> named) {
        Set<String> codes = new HashSet<>();
        for (ActorMention m : named.get(s.index())) {
            codes.add(GUESSES.contains(m.actor().provenance().rule()) ? "?" + m.actor().text() : m.actor().code());
        }
        int pronouns = 0;
        for (Token t : s.tokens()) {
            if ((CoreferenceRules.resolvesPronoun(t) || EventCoder.pluralPronoun(t))
                    && namedBefore(s.index(), t.index(), named)) {
                pronouns++;
            }
        }
        return named.get(s.index()).size() + pronouns >= 2 && (pronouns > 0 || codes.size() >= 2);
    }

    /**
     * True when an actor other than a pronoun is named where the pronoun rule looks for the
     * antecedent of the pronoun at {@code token} of {@code sentence}: earlier in the sentence, or in
     * the {@link CoreferenceRules#WINDOW} sentences before it.
     */
    private static boolean namedBefore(int sentence, int token, List<List<ActorMention>> named) {
        for (int k = Math.max(0, sentence - CoreferenceRules.WINDOW); k < sentence; k++) {
            if (!named.get(k).isEmpty()) {
                return true;
            }
        }
        return named.get(sentence).stream().anyMatch(m -> m.tokenBegin() < token);
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
