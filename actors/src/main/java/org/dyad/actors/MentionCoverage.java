package org.dyad.actors;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.dyad.model.AnnotatedDocument;
import org.dyad.model.Dependency;
import org.dyad.model.EntityMention;
import org.dyad.model.Sentence;
import org.dyad.model.SentenceGraph;
import org.dyad.model.Token;

/**
 * How many of the named people, organisations and places that take part in events resolve to an
 * actor code: the measure of actor coverage on real news. A mention counts when the named-entity
 * layer tags it {@code PERSON}, {@code ORGANIZATION} or {@code LOCATION} and it lies in the noun
 * phrase of a subject or object of an event verb: a verb {@code eventVerb} accepts, and its
 * {@code nsubj}, {@code nsubj:pass}, {@code obj}, {@code iobj}, {@code obl:agent} or a prepositional
 * object with one of {@link #TARGET_PREPOSITIONS}. The noun phrase is the argument with its
 * dependents by {@code compound}, {@code flat}, {@code amod}, {@code nmod}, {@code appos},
 * {@code conj} and the like, not by clauses. It resolves when an actor mention covers one of its
 * tokens. Each mention is counted once, however many verbs it serves. Collects one document at a
 * time; not thread-safe.
 */
public final class MentionCoverage {
    /** Named-entity classes counted. */
    public static final Set<String> TYPES = Set.of("PERSON", "ORGANIZATION", "LOCATION");
    /** Prepositions whose object counts as an object of the verb, as the event coder reads targets. */
    public static final Set<String> TARGET_PREPOSITIONS = Set.of("with", "against", "to", "toward", "towards", "on",
            "at", "upon", "into");
    private static final Set<String> ARGUMENTS = Set.of("nsubj", "nsubj:pass", "nsubj:xsubj", "obj", "iobj",
            "obl:agent");
    private static final Set<String> PHRASE_RELATIONS = Set.of("compound", "flat", "amod", "nmod", "appos", "conj",
            "det", "case", "cc", "nummod", "punct");

    /** A counted mention and whether it resolved. */
    public record Counted(String articleId, int sentence, String type, String text, boolean resolved) {
        public Counted {
            Objects.requireNonNull(articleId, "articleId");
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(text, "text");
        }
    }

    /** Resolved and counted mentions of a class. */
    public record Tally(int resolved, int counted) {
        /** resolved / counted, 0 when nothing was counted. */
        public double share() {
            return counted == 0 ? 0 : (double) resolved / counted;
        }
    }

    private final Predicate<Token> eventVerb;
    private final List<Counted> counted = new ArrayList<>();

    /** {@code eventVerb} says which tokens are event verbs (for instance, lemmas in the verb dictionary). */
    public MentionCoverage(Predicate<Token> eventVerb) {
        this.eventVerb = Objects.requireNonNull(eventVerb, "eventVerb");
    }

    /** Counts the mentions of one document given its resolved actors. */
    public void add(AnnotatedDocument doc, List<ActorMention> mentions) {
        for (Sentence s : doc.sentences()) {
            if (!s.parsed()) {
                continue;
            }
            SentenceGraph g = SentenceGraph.of(s);
            Set<Integer> phrase = new LinkedHashSet<>();
            for (int v = 0; v < s.size(); v++) {
                if (s.token(v).isVerb() && eventVerb.test(s.token(v))) {
                    for (int a : arguments(g, v)) {
                        collect(g, a, phrase);
                    }
                }
            }
            if (phrase.isEmpty()) {
                continue;
            }
            for (EntityMention e : doc.entities()) {
                if (e.sentence() != s.index() || !TYPES.contains(e.type())) {
                    continue;
                }
                boolean inside = false;
                for (int k = e.tokenBegin(); k < e.tokenEnd() && !inside; k++) {
                    inside = phrase.contains(k);
                }
                if (!inside) {
                    continue;
                }
                boolean resolved = mentions.stream().anyMatch(m -> m.sentence() == s.index()
                        && m.tokenBegin() < e.tokenEnd() && e.tokenBegin() < m.tokenEnd());
                counted.add(new Counted(doc.article().id(), s.index(), e.type(), e.text(), resolved));
            }
        }
    }

    private static List<Integer> arguments(SentenceGraph g, int v) {
        List<Integer> out = new ArrayList<>();
        for (Dependency d : g.enhancedChildren(v)) {
            if (ARGUMENTS.contains(d.relation())) {
                out.add(d.dependent());
            }
        }
        for (int c : g.children(v)) {
            String rel = g.relation(c);
            if (ARGUMENTS.contains(rel)) {
                out.add(c);
            } else if (g.baseRelation(c).equals("obl")) {
                for (int k : g.children(c, "case")) {
                    if (TARGET_PREPOSITIONS.contains(g.sentence().token(k).lemma().toLowerCase(Locale.ROOT))) {
                        out.add(c);
                    }
                }
            }
        }
        return out;
    }

    private static void collect(SentenceGraph g, int t, Set<Integer> phrase) {
        if (!phrase.add(t)) {
            return;
        }
        for (int c : g.children(t)) {
            if (PHRASE_RELATIONS.contains(g.baseRelation(c)) || g.relation(c).equals("nmod:poss")) {
                collect(g, c, phrase);
            }
        }
    }

    /** Every counted mention, in the order added. */
    public List<Counted> counted() {
        return List.copyOf(counted);
    }

    /** All classes together. */
    public Tally total() {
        return tally(counted);
    }

    /** By named-entity class. */
    public Map<String, Tally> byType() {
        Map<String, List<Counted>> groups = new TreeMap<>();
        for (Counted c : counted) {
            groups.computeIfAbsent(c.type(), k -> new ArrayList<>()).add(c);
        }
        Map<String, Tally> out = new TreeMap<>();
        groups.forEach((k, v) -> out.put(k, tally(v)));
        return out;
    }

    /** The most frequent unresolved names, most frequent first (ties in name order), with their counts. */
    public List<Map.Entry<String, Integer>> unresolved(int limit) {
        Map<String, Integer> counts = new HashMap<>();
        for (Counted c : counted) {
            if (!c.resolved()) {
                counts.merge(c.text() + " (" + c.type() + ")", 1, Integer::sum);
            }
        }
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .limit(limit).toList();
    }

    private static Tally tally(List<Counted> list) {
        int r = (int) list.stream().filter(Counted::resolved).count();
        return new Tally(r, list.size());
    }
}
