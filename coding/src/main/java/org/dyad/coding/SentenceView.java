package org.dyad.coding;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dyad.actors.ActorMention;
import org.dyad.model.AnnotatedDocument;
import org.dyad.model.Lexicon;
import org.dyad.model.Quote;
import org.dyad.model.Sentence;
import org.dyad.model.SentenceGraph;
import org.dyad.model.Token;

/**
 * One parsed sentence with the actors found in it, as the coder reads it: the dependency graph,
 * lower-cased forms and lemmas, and which actor mention covers each token. Built once per sentence;
 * immutable.
 */
final class SentenceView {
    final Sentence sentence;
    final SentenceGraph graph;
    final List<ActorMention> mentions;
    private final ActorMention[] covering;
    private final String[] words;
    private final String[] lemmas;
    /** Which words of a numbering its forms and lemmas hold, made on first use (see {@link #wordsAmong}). */
    private java.util.BitSet present;
    private java.util.Map<String, Integer> presentIn;
    /**
     * Made on first use, so that a coordination of thousands of actors costs time in proportion to its
     * length rather than its square: the mentions by the token they start at, the members of each
     * coordination by its first conjunct (in sentence order, with a set to test membership), and the
     * groups.
     */
    private Map<Integer, List<ActorMention>> startingAt;
    private final Map<Integer, Coordination> coordinations = new HashMap<>();
    private List<List<ActorMention>> groups;

    /** The members of the coordination under one first conjunct, as {@link #coordinated} orders them. */
    private record Coordination(List<ActorMention> inOrder, List<ActorMention> sorted, Set<ActorMention> members) {
    }

    /** Groups of coordinated actors in the sentences just before this one, the most recent last. */
    final List<List<ActorMention>> earlierGroups;
    /** Quotations touching this sentence whose speaker is an actor: character span and speaker. */
    final List<Quoted> quoted;
    /** The country the story is about, when its actors say ({@link StoryCountry}). */
    final Optional<String> storyCountry;

    /** A quotation's character span and the actor who spoke it. */
    record Quoted(int begin, int end, ActorMention speaker) {
    }

    SentenceView(Sentence sentence, List<ActorMention> mentions) {
        this(sentence, mentions, List.of(), List.of(), Optional.empty());
    }

    SentenceView(Sentence sentence, List<ActorMention> mentions, List<List<ActorMention>> earlierGroups,
            List<Quoted> quoted) {
        this(sentence, mentions, earlierGroups, quoted, Optional.empty());
    }

    SentenceView(Sentence sentence, List<ActorMention> mentions, List<List<ActorMention>> earlierGroups,
            List<Quoted> quoted, Optional<String> storyCountry) {
        this.storyCountry = storyCountry;
        this.earlierGroups = List.copyOf(earlierGroups);
        this.quoted = List.copyOf(quoted);
        this.sentence = sentence;
        this.graph = SentenceGraph.of(sentence);
        this.mentions = List.copyOf(mentions);
        int n = sentence.size();
        covering = new ActorMention[n];
        words = new String[n];
        lemmas = new String[n];
        for (int i = 0; i < n; i++) {
            words[i] = plainApostrophes(sentence.lowerWord(i));
            lemmas[i] = plainApostrophes(sentence.lowerLemma(i));
        }
        for (ActorMention m : this.mentions) {
            for (int i = m.tokenBegin(); i < m.tokenEnd() && i < n; i++) {
                // the innermost phrase: the one that starts nearest the token, then the shortest
                ActorMention c = covering[i];
                if (c == null || m.tokenBegin() > c.tokenBegin()
                        || m.tokenBegin() == c.tokenBegin() && m.tokenEnd() < c.tokenEnd()) {
                    covering[i] = m;
                }
            }
        }
    }

    /**
     * The views of a document's parsed sentences, in order. Each holds its sentence's actors, the
     * quotations touching it whose speaker is an actor (what is said in them is the speaker's), and
     * the coordinations of actors of the two sentences before it, for plural pronouns ("the US and
     * Nato ... both"); a sentence without a parse offers none.
     */
    static List<SentenceView> of(AnnotatedDocument doc, List<ActorMention> actors) {
        return of(doc, actors, StoryCountry.of(actors));
    }

    /** As {@link #of(AnnotatedDocument, List)}, with the country the story is about given. */
    static List<SentenceView> of(AnnotatedDocument doc, List<ActorMention> actors, Optional<String> story) {
        // the actors by sentence, found once: a scan of every actor for each sentence grows with the
        // square of an article's length
        java.util.Map<Integer, List<ActorMention>> bySentence = new java.util.HashMap<>();
        for (ActorMention a : actors) {
            bySentence.computeIfAbsent(a.sentence(), k -> new ArrayList<>()).add(a);
        }
        List<Quoted> quoted = new ArrayList<>();
        for (Quote q : doc.quotes()) {
            q.speaker().flatMap(m -> bySentence.getOrDefault(m.sentence(), List.of()).stream()
                    .filter(a -> a.covers(m.head())).findFirst())
                    .ifPresent(a -> quoted.add(new Quoted(q.begin(), q.end(), a)));
        }
        List<SentenceView> out = new ArrayList<>();
        List<List<ActorMention>> twoBefore = List.of();
        List<List<ActorMention>> oneBefore = List.of();
        for (Sentence s : doc.sentences()) {
            if (!s.parsed()) {
                twoBefore = oneBefore;
                oneBefore = List.of();
                continue;
            }
            List<ActorMention> here = bySentence.getOrDefault(s.index(), List.of());
            List<List<ActorMention>> earlier = new ArrayList<>(twoBefore);
            earlier.addAll(oneBefore);
            List<Quoted> mine = quoted.stream().filter(q -> q.begin() < s.end() && q.end() > s.begin()).toList();
            SentenceView view = new SentenceView(s, here, earlier, mine, story);
            out.add(view);
            twoBefore = oneBefore;
            oneBefore = view.groups();
        }
        return out;
    }

    private static String plainApostrophes(String lower) {
        return lower.indexOf('\u2019') < 0 ? lower : lower.replace('\u2019', '\'');
    }

    int size() {
        return sentence.size();
    }

    Token token(int i) {
        return sentence.token(i);
    }

    String word(int i) {
        return words[i];
    }

    String lemma(int i) {
        return lemmas[i];
    }

    /**
     * The numbers, in {@code numbering}, of the words that are a form or lemma of some token;
     * {@code filter} admits every word numbered. Made on the first call and kept for later calls with
     * the same numbering; a view is used by one thread only.
     */
    java.util.BitSet wordsAmong(java.util.Map<String, Integer> numbering, org.dyad.model.WordFilter filter) {
        if (present == null || presentIn != numbering) {
            java.util.BitSet out = new java.util.BitSet(numbering.size());
            for (int i = 0; i < words.length; i++) {
                Integer w = filter.mayContain(words[i]) ? numbering.get(words[i]) : null;
                if (w != null) {
                    out.set(w);
                }
                Integer l = filter.mayContain(lemmas[i]) ? numbering.get(lemmas[i]) : null;
                if (l != null) {
                    out.set(l);
                }
            }
            present = out;
            presentIn = numbering;
        }
        return present;
    }

    /** True when the token's form or lemma is this lower-case word. */
    boolean is(int i, String w) {
        return words[i].equals(w) || lemmas[i].equals(w);
    }

    /** The actor mention that covers a token. */
    Optional<ActorMention> mentionAt(int i) {
        return i >= 0 && i < covering.length ? Optional.ofNullable(covering[i]) : Optional.empty();
    }

    /**
     * The mentions that one phrase gives: all mentions starting where this one starts. A compound
     * actor ("the Shire": FRO, BIL and SAM) and an agent distributed over a coordination ("the
     * ambassadors of Arnor, Osgiliath and Gondor") are several mentions of one phrase.
     */
    List<ActorMention> siblings(ActorMention m) {
        List<ActorMention> same = startingAt().getOrDefault(m.tokenBegin(), List.of());
        for (ActorMention x : same) {
            if (x.equals(m)) {
                return same;
            }
        }
        List<ActorMention> out = new ArrayList<>(same);
        out.add(m);
        return out;
    }

    private Map<Integer, List<ActorMention>> startingAt() {
        if (startingAt == null) {
            Map<Integer, List<ActorMention>> out = new HashMap<>();
            for (ActorMention x : mentions) {
                out.computeIfAbsent(x.tokenBegin(), k -> new ArrayList<>(1)).add(x);
            }
            out.replaceAll((k, v) -> List.copyOf(v));
            startingAt = out;
        }
        return startingAt;
    }

    /** Coordinations of two or more different actors in this sentence ("the US and Nato"), in text order. */
    List<List<ActorMention>> groups() {
        if (groups != null) {
            return groups;
        }
        List<List<ActorMention>> out = new ArrayList<>();
        // the members of one coordination share one list: each is judged once, not once per member
        Set<List<ActorMention>> judged = Collections.newSetFromMap(new IdentityHashMap<>());
        Set<List<ActorMention>> judgedEqual = new HashSet<>();
        for (ActorMention m : mentions) {
            List<ActorMention> g = coordinated(m);
            if (!judged.add(g) || !judgedEqual.add(g)) {
                continue;
            }
            if (g.stream().map(x -> x.actor().code()).distinct().count() > 1
                    && graph.children(g.get(0).head(), "conj").size() + (graph.baseRelation(g.get(0).head()).equals("conj")
                    ? 1 : 0) > 0) {
                out.add(g);
            }
        }
        groups = List.copyOf(out);
        return groups;
    }

    /**
     * The actors a plural pronoun subject ("they", "both") stands for: the last coordination of actors
     * before it in this sentence, else in the sentences just before.
     */
    List<ActorMention> pluralAntecedent(int pronoun) {
        if (!EventCoder.pluralPronoun(token(pronoun))) {
            return List.of();
        }
        List<ActorMention> best = List.of();
        for (List<ActorMention> g : groups()) {
            if (g.get(g.size() - 1).tokenEnd() <= pronoun) {
                best = g;
            }
        }
        if (best.isEmpty() && !earlierGroups.isEmpty()) {
            best = earlierGroups.get(earlierGroups.size() - 1);
        }
        return best;
    }

    /** The speaker of the quotation a token lies in, when that speaker is an actor. */
    Optional<ActorMention> speakerAt(int i) {
        int b = token(i).begin();
        for (Quoted q : quoted) {
            if (b >= q.begin() && b < q.end()) {
                return Optional.of(q.speaker());
            }
        }
        return Optional.empty();
    }

    /** The mention that starts at a token. */
    Optional<ActorMention> mentionStartingAt(int i) {
        return mentionAt(i).filter(m -> m.tokenBegin() == i);
    }

    /** The mention that ends at a token (inclusive). */
    Optional<ActorMention> mentionEndingAt(int i) {
        return mentionAt(i).filter(m -> m.tokenEnd() - 1 == i);
    }

    /**
     * The members of the coordination a mention belongs to, in sentence order ("Mordor, Rohan and
     * Bree"): mentions whose heads are joined to this one's by {@code conj} arcs, directly or in a chain.
     */
    List<ActorMention> coordinated(ActorMention m) {
        int top = m.head();
        // climb to the first conjunct, then collect its conjuncts
        for (int steps = 0; steps < size() && graph.baseRelation(top).equals("conj") && graph.head(top) >= 0; steps++) {
            top = graph.head(top);
        }
        Coordination c = coordinations.computeIfAbsent(top, this::coordination);
        List<ActorMention> own = siblings(m);
        List<ActorMention> front = new ArrayList<>();
        Set<ActorMention> seen = null;
        for (ActorMention x : own) {
            if (!c.members().contains(x)) {
                if (seen == null) {
                    seen = new HashSet<>(c.members());
                }
                if (seen.add(x)) {
                    front.add(0, x);
                }
            }
        }
        if (front.isEmpty()) {
            return c.sorted();
        }
        // the mention's own phrase is not among the conjuncts: it goes first, then the sort as ever
        front.addAll(c.inOrder());
        front.sort(IN_TEXT_ORDER);
        return front;
    }

    private static final java.util.Comparator<ActorMention> IN_TEXT_ORDER = (a, b) -> a.tokenBegin() != b.tokenBegin()
            ? Integer.compare(a.tokenBegin(), b.tokenBegin()) : Integer.compare(a.tokenEnd(), b.tokenEnd());

    /** The mentions of a first conjunct and its {@code conj} children, each phrase with its siblings. */
    private Coordination coordination(int top) {
        List<Integer> heads = new ArrayList<>();
        heads.add(top);
        heads.addAll(graph.children(top, "conj"));
        List<ActorMention> out = new ArrayList<>();
        Set<ActorMention> members = new HashSet<>();
        for (int h : heads) {
            Optional<ActorMention> a = mentionAt(h);
            if (a.isEmpty()) {
                a = firstMentionIn(h);
            }
            if (a.isPresent()) {
                for (ActorMention x : siblings(a.get())) {
                    if (members.add(x)) {
                        out.add(x);
                    }
                }
            }
        }
        List<ActorMention> sorted = new ArrayList<>(out);
        sorted.sort(IN_TEXT_ORDER);
        return new Coordination(List.copyOf(out), List.copyOf(sorted), Set.copyOf(members));
    }

    /**
     * The first actor mention within a token's phrase, not looking into clauses or coordinated
     * phrases inside it: "a ban on Kiev" gives Kiev.
     */
    Optional<ActorMention> firstMentionIn(int head) {
        Optional<ActorMention> own = mentionAt(head);
        if (own.isPresent()) {
            return own;
        }
        ActorMention best = null;
        for (int t : phrase(head)) {
            ActorMention m = covering[t];
            if (m != null && (best == null || m.tokenBegin() < best.tokenBegin())) {
                best = m;
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * The actor a subject or passive agent phrase names as the one who acts: {@link #firstMentionIn},
     * unless the phrase is headed by a thing or happening that does harm without being an actor ("a
     * bomb blast at the military academy killed": the academy did not kill; "was struck by a van
     * driven by a neighbour": an accident, not the neighbour's attack).
     */
    Optional<ActorMention> agentMentionIn(int head) {
        if (mentionAt(head).isEmpty() && Lexicon.INANIMATE_CAUSES.contains(lemma(head))) {
            return Optional.empty();
        }
        return firstMentionIn(head);
    }

    /** The tokens of a nominal phrase: its subtree without clauses, conjuncts and appositions. */
    List<Integer> phrase(int head) {
        List<Integer> out = new ArrayList<>();
        collectPhrase(head, head, out, 0);
        out.sort(Integer::compare);
        return out;
    }

    private void collectPhrase(int root, int i, List<Integer> out, int depth) {
        if (depth > size()) {
            return;
        }
        out.add(i);
        for (int c : graph.children(i)) {
            String r = graph.baseRelation(c);
            if (r.equals("conj") || r.equals("cc") || r.equals("acl") || r.equals("advcl") || r.equals("appos")
                    || r.equals("parataxis") || r.equals("punct") || r.equals("dep") || r.equals("ccomp")) {
                continue;
            }
            if ((r.equals("nmod") || r.equals("obl")) && circumstance(c)) {
                continue;
            }
            collectPhrase(root, c, out, depth + 1);
        }
    }

    /**
     * True when a nominal dependent only situates: introduced by a preposition of place, time, route
     * or topic ({@link Lexicon#CIRCUMSTANTIAL_PREPOSITIONS}: "talks in Geneva"), or by "at" before a
     * place or a thing rather than a person or organisation ("a blast at the camp", "talks at the
     * ministry", but "fired at the suspect").
     */
    boolean circumstance(int c) {
        return circumstance(c, Set.of());
    }

    /**
     * {@link #circumstance(int)}, except for the prepositions in {@code parties}, which introduce a party
     * to the event at hand ({@link PlaceRoles}).
     */
    boolean circumstance(int c, Set<String> parties) {
        for (int k : graph.children(c, "case")) {
            String w = word(k);
            if (parties.contains(w)) {
                return false;
            }
            if (Lexicon.CIRCUMSTANTIAL_PREPOSITIONS.contains(w)) {
                return true;
            }
            if (w.equals("at")) {
                Optional<ActorMention> m = mentionAt(c);
                String ner = token(c).ner();
                return !ner.equals("PERSON") && (ner.equals("LOCATION") || m.isEmpty()
                        || m.get().actor().provenance().rule().equals("gazetteer-place"));
            }
        }
        return false;
    }
}
