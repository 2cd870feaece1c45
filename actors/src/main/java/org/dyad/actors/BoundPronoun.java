package org.dyad.actors;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.dyad.model.ActorRef;
import org.dyad.model.AnnotatedDocument;
import org.dyad.model.Dependency;
import org.dyad.model.Provenance;
import org.dyad.model.Sentence;
import org.dyad.model.SentenceGraph;
import org.dyad.model.Token;

/**
 * {@link ActorRule#BOUND_PRONOUN}: a possessive ("its", "their", "his", "her") or a subject pronoun
 * ("it", "they", "he", "she") is bound by the nearest subject of a clause around it, as English binds
 * them: "Chad said its troops had captured the outpost" is Chad's troops, "the US said Iran had moved
 * its troops" Iran's, "Plants said he was pleased" Plants. The binder must agree with the pronoun: a
 * person for "he" and "she", a singular non-person for "it", a plural, a coordination or an
 * organisation for "they". When the binder is an actor, the pronoun takes it; when it is something
 * else ("the company said its profits rose", "an analyst said he doubted it"), the pronoun takes no
 * actor, and {@link Coreference}, whose chains give such pronouns a wrong antecedent too often, leaves
 * it alone. A clause coordinated with another is not inside it ("China has never condemned the war,
 * and their partnership has helped the Kremlin"). An object pronoun is never bound by its own
 * clause's subject, so objects are left to the chains. Needs the dependency parse.
 */
final class BoundPronoun implements ArticleRule {
    private static final Set<String> POSSESSIVES = Set.of("its", "their", "his", "her");
    private static final Set<String> SUBJECTS = Set.of("it", "they", "he", "she");
    private static final Set<String> PERSONAL = Set.of("he", "she", "his", "her");
    private static final Set<String> PLURAL = Set.of("they", "their");

    @Override
    public ActorRule id() {
        return ActorRule.BOUND_PRONOUN;
    }

    /** Off under PETRARCH's conventions, whose patterns read such a pronoun as a word, not an actor. */
    @Override
    public boolean enabled(ActorResolver.Settings settings) {
        return !settings.bareAgents();
    }

    @Override
    public List<ActorMention> resolve(AnnotatedDocument doc, List<ActorMention> found, String version) {
        List<ActorMention> out = new ArrayList<>();
        // the article's mentions by sentence, looked up for each pronoun
        Map<Integer, List<ActorMention>> bySentence = found.stream()
                .collect(Collectors.groupingBy(ActorMention::sentence));
        for (int s = 0; s < doc.sentences().size(); s++) {
            Sentence sentence = doc.sentences().get(s);
            if (!sentence.parsed()) {
                continue;
            }
            SentenceGraph graph = SentenceGraph.of(sentence);
            List<ActorMention> here = bySentence.getOrDefault(s, List.of());
            for (int t = 0; t < sentence.size(); t++) {
                if (!candidate(sentence.token(t)) || actorAt(here, t).isPresent()) {
                    continue;
                }
                final int sentenceIndex = s;
                final int pronoun = t;
                String word = sentence.token(t).word().toLowerCase(Locale.ROOT);
                // a coordination binds "they" as a whole, which one mention cannot hold: the event coder
                // reads it ("Gondor and Arnor said they ...")
                binder(graph, t).filter(b -> graph.children(b, "conj").isEmpty())
                        .flatMap(b -> actorAt(here, b))
                        .filter(a -> PERSONAL.contains(word) || !person(graph, a))
                        .ifPresent(a -> out.add(mention(doc, sentenceIndex, pronoun, a, version)));
            }
        }
        return out;
    }

    private static boolean candidate(Token t) {
        String w = t.word().toLowerCase(Locale.ROOT);
        return POSSESSIVES.contains(w) || SUBJECTS.contains(w);
    }

    /**
     * The token heading the subject that binds the pronoun at {@code pronoun}: the nearest subject of
     * a clause around it, other than the pronoun's own phrase, when it agrees with the pronoun. Empty
     * when the word is no bindable pronoun there, no clause around it has a subject, or the nearest
     * does not agree.
     */
    static Optional<Integer> binder(SentenceGraph g, int pronoun) {
        String word = g.sentence().token(pronoun).word().toLowerCase(Locale.ROOT);
        String relation = g.relation(pronoun);
        int phrase;
        if (POSSESSIVES.contains(word) && relation.equals("nmod:poss")) {
            phrase = g.head(pronoun);
        } else if (SUBJECTS.contains(word) && (relation.equals("nsubj") || relation.equals("nsubj:pass"))) {
            phrase = pronoun;
        } else {
            return Optional.empty();
        }
        int cur = phrase;
        while (cur != Dependency.ROOT) {
            int clause = g.head(cur);
            if (clause == Dependency.ROOT) {
                return Optional.empty();
            }
            if (g.sentence().token(clause).isVerb() || !g.children(clause, "cop").isEmpty()) {
                Optional<Integer> subject = subject(g, clause, phrase, cur);
                if (subject.isPresent()) {
                    return subject.filter(b -> agrees(g, word, b));
                }
            }
            String r = g.baseRelation(cur);
            if (r.equals("conj") || r.equals("parataxis")) {
                return Optional.empty();
            }
            cur = clause;
        }
        return Optional.empty();
    }

    /** The clause's subject, its own or shared (enhanced), other than the pronoun's phrase. */
    private static Optional<Integer> subject(SentenceGraph g, int clause, int phrase, int cur) {
        for (int c : g.children(clause)) {
            if (g.baseRelation(c).equals("nsubj") && c != phrase && c != cur) {
                return Optional.of(c);
            }
        }
        for (Dependency d : g.enhancedChildren(clause)) {
            int c = d.dependent();
            if (d.relation().startsWith("nsubj") && c != phrase && c != cur && c != clause) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    /** True when the binder can be what the pronoun stands for (person, number). */
    private static boolean agrees(SentenceGraph g, String pronoun, int binder) {
        Token b = g.sentence().token(binder);
        boolean person = b.ner().equals("PERSON");
        boolean plural = b.pos().equals("NNS") || b.pos().equals("NNPS") || !g.children(binder, "conj").isEmpty();
        if (PERSONAL.contains(pronoun)) {
            return person;
        }
        if (PLURAL.contains(pronoun)) {
            return plural || b.ner().equals("ORGANIZATION");
        }
        // a name tagged as a person may be a state's ("Chad"): the actor decides (see person)
        return !plural && !b.word().equalsIgnoreCase("it") && b.isNoun() && (!person || b.isProperNoun());
    }

    /**
     * True when the binding actor is a person, for "it" and "its": tagged a person and not a state or
     * organisation alone (a state's code is its three letters; an organisation's starts IGO, NGO or MNC).
     */
    private static boolean person(SentenceGraph g, ActorMention a) {
        String code = a.actor().code();
        boolean institution = code.length() == 3 || code.startsWith("IGO") || code.startsWith("NGO")
                || code.startsWith("MNC");
        return g.sentence().token(a.head()).ner().equals("PERSON") && !institution;
    }

    /** The mention among one sentence's that covers the token. */
    private static Optional<ActorMention> actorAt(List<ActorMention> sentence, int token) {
        return sentence.stream().filter(f -> f.covers(token)).findFirst();
    }

    private static ActorMention mention(AnnotatedDocument doc, int sentence, int t, ActorMention binder,
            String version) {
        Token token = doc.sentences().get(sentence).token(t);
        ActorRef a = binder.actor();
        return new ActorMention(sentence, t, t + 1, t, new ActorRef(a.code(), a.name(), token.word(), token.begin(),
                token.end(), new Provenance(ActorRule.BOUND_PRONOUN.id(), a.provenance().entry(), version)));
    }
}
