package org.dyad.nlp;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dyad.model.AnnotatedDocument;
import org.dyad.model.CorefChain;
import org.dyad.model.EntityMention;
import org.dyad.model.Layer;
import org.dyad.model.Mention;
import org.dyad.model.Provenance;
import org.dyad.model.Sentence;
import org.dyad.model.SentenceGraph;
import org.dyad.model.Token;

/**
 * Dyad's own coreference for news prose, in two rules that cover most of what event coding needs
 * at a fraction of the cost of a statistical resolver:
 *
 * <ol>
 *   <li><b>Names</b>: a person named by a shorter form of an earlier name ("Mr Putin", "Sudani"
 *       after "Vladimir Putin", "Mohammed Shia al-Sudani") joins the earlier name's chain; the
 *       match is on the last token, which in English news is the surname.</li>
 *   <li><b>Pronouns</b>: a third-person personal pronoun (he, him, his, she, her) refers to the
 *       nearest preceding person, preferring the subject of its own sentence, then the subject of
 *       the previous sentences (up to {@value #WINDOW} back); "it"/"its" refers likewise to the
 *       nearest organisation or place that was a subject.</li>
 * </ol>
 * The representative of a chain is its longest named mention. Stateless and thread-safe.
 */
public final class CoreferenceRules {
    /** How many sentences back the pronoun rule looks for an antecedent. */
    public static final int WINDOW = 3;
    private static final Provenance PROVENANCE = Provenance.rule("dyad-coref-rules", "1");
    private static final Set<String> PERSON_PRONOUNS = Set.of("he", "him", "his", "she", "her", "himself", "herself");
    private static final Set<String> THING_PRONOUNS = Set.of("it", "its", "itself");

    /** True when the pronoun rule links this token to an antecedent (he, him, his, she, her, it, its, ...). */
    public static boolean resolvesPronoun(Token token) {
        String w = token.word().toLowerCase(Locale.ROOT);
        return (PERSON_PRONOUNS.contains(w) || THING_PRONOUNS.contains(w)) && token.pos().startsWith("PRP");
    }

    /** The document with the {@link Layer#COREFERENCE} layer added. */
    public AnnotatedDocument resolve(AnnotatedDocument doc) {
        doc.require(Layer.TOKENS, Layer.ENTITIES);
        List<Mention> named = new ArrayList<>();
        Map<Mention, String> types = new HashMap<>();
        collectNamed(doc, named, types);
        Map<Mention, String> surnames = new HashMap<>();
        for (Mention m : named) {
            if (types.get(m).equals("PERSON")) {
                surnames.put(m, surname(doc, m));
            }
        }
        UnionFind<Mention> chains = new UnionFind<>(surnames);
        // rule 1: later short names join earlier full names of persons
        Map<String, Mention> bySurname = new LinkedHashMap<>();
        for (Mention m : named) {
            chains.add(m);
            if (!types.get(m).equals("PERSON")) {
                continue;
            }
            String surname = surname(doc, m);
            Mention earlier = bySurname.get(surname);
            if (earlier != null) {
                chains.union(earlier, m);
            }
            if (earlier == null || length(m) > length(earlier)) {
                bySurname.put(surname, m);
            }
        }
        // rule 2: pronouns
        List<SentenceGraph> graphs = new ArrayList<>();
        for (Sentence s : doc.sentences()) {
            graphs.add(SentenceGraph.of(s));
        }
        for (Sentence s : doc.sentences()) {
            for (int i = 0; i < s.size(); i++) {
                String w = s.token(i).word().toLowerCase(Locale.ROOT);
                boolean person = PERSON_PRONOUNS.contains(w);
                if (!person && !THING_PRONOUNS.contains(w)) {
                    continue;
                }
                if (!s.token(i).pos().startsWith("PRP")) {
                    continue;
                }
                Optional<Mention> antecedent = antecedent(s.index(), i, person ? "PERSON" : "THING", named, types,
                        graphs);
                if (antecedent.isPresent()) {
                    Mention pronoun = CoreMaps.mention(doc, s.index(), i, i + 1, i);
                    chains.add(pronoun);
                    types.put(pronoun, "PRONOUN");
                    chains.union(antecedent.get(), pronoun);
                }
            }
        }
        List<CorefChain> out = new ArrayList<>();
        for (List<Mention> group : chains.groups()) {
            if (group.size() < 2) {
                continue;
            }
            group.sort((a, b) -> Integer.compare(a.begin(), b.begin()));
            int representative = 0;
            for (int k = 1; k < group.size(); k++) {
                Mention m = group.get(k);
                if (!"PRONOUN".equals(types.get(m)) && length(m) > length(group.get(representative))) {
                    representative = k;
                }
            }
            out.add(new CorefChain(out.size(), representative, group, PROVENANCE));
        }
        EnumSet<Layer> layers = EnumSet.copyOf(doc.layers());
        layers.add(Layer.COREFERENCE);
        return new AnnotatedDocument(doc.article(), doc.sentences(), doc.entities(), doc.times(), out, doc.quotes(),
                layers);
    }

    /** The named mentions that chains are made of, in text order, typed PERSON or THING. */
    private static void collectNamed(AnnotatedDocument doc, List<Mention> named, Map<Mention, String> types) {
        for (EntityMention e : doc.entities()) {
            if (e.type().equals("PERSON") || e.type().equals("ORGANIZATION") || e.type().equals("LOCATION")
                    || e.type().equals("COUNTRY") || e.type().equals("CITY")
                    || e.type().equals("STATE_OR_PROVINCE") || e.type().equals("NATIONALITY")) {
                Sentence s = doc.sentences().get(e.sentence());
                Mention m = new Mention(e.sentence(), e.tokenBegin(), e.tokenEnd(), e.tokenEnd() - 1,
                        s.token(e.tokenBegin()).begin(), s.token(e.tokenEnd() - 1).end(), e.text());
                named.add(m);
                types.put(m, e.type().equals("PERSON") ? "PERSON" : "THING");
            }
        }
    }

    /**
     * The sentences whose dependency parse the pronoun rule reads when it resolves the pronouns of
     * {@code sentences}: those sentences themselves, and each earlier sentence where the search for
     * an antecedent stops with two or more candidates of the pronoun's kind, since only the parse
     * tells which of them is the subject. With these sentences parsed, the chains of the pronouns of
     * {@code sentences} are the same whether or not the other sentences are parsed. Reads tokens, POS
     * tags and entities only, so it works on a document without dependencies.
     */
    public Set<Integer> parsesConsulted(AnnotatedDocument doc, Set<Integer> sentences) {
        doc.require(Layer.TOKENS, Layer.POS, Layer.ENTITIES);
        List<Mention> named = new ArrayList<>();
        Map<Mention, String> types = new HashMap<>();
        collectNamed(doc, named, types);
        Set<Integer> out = new java.util.TreeSet<>();
        for (int index : sentences) {
            Sentence s = doc.sentences().get(index);
            for (int i = 0; i < s.size(); i++) {
                String w = s.token(i).word().toLowerCase(Locale.ROOT);
                boolean person = PERSON_PRONOUNS.contains(w);
                if (!person && !THING_PRONOUNS.contains(w) || !s.token(i).pos().startsWith("PRP")) {
                    continue;
                }
                out.add(index);
                String type = person ? "PERSON" : "THING";
                int token = i;
                boolean ownSentence = named.stream().anyMatch(m -> m.sentence() == index && m.tokenEnd() <= token
                        && type.equals(types.get(m)));
                for (int k = index - 1; !ownSentence && k >= Math.max(0, index - WINDOW); k--) {
                    int candidates = 0;
                    for (Mention m : named) {
                        if (m.sentence() == k && type.equals(types.get(m))) {
                            candidates++;
                        }
                    }
                    if (candidates >= 2) {
                        out.add(k);
                    }
                    if (candidates > 0) {
                        break;
                    }
                }
            }
        }
        return out;
    }

    private static int length(Mention m) {
        return m.end() - m.begin();
    }

    private static String surname(AnnotatedDocument doc, Mention m) {
        Sentence s = doc.sentences().get(m.sentence());
        String last = s.token(m.tokenEnd() - 1).word();
        int dash = last.lastIndexOf('-');
        // "al-Sudani" and "Sudani" name the same person
        String tail = dash > 0 && dash < last.length() - 1 && last.substring(0, dash).length() <= 3
                ? last.substring(dash + 1) : last;
        return tail.toLowerCase(Locale.ROOT);
    }

    /**
     * The antecedent of a pronoun: in its own sentence the subject before it, else the nearest
     * mention before it; in earlier sentences the subject, else the first mention, which in news
     * prose is the topic more often than the last.
     */
    private static Optional<Mention> antecedent(int sentence, int token, String type, List<Mention> named,
            Map<Mention, String> types, List<SentenceGraph> graphs) {
        for (int s = sentence; s >= Math.max(0, sentence - WINDOW); s--) {
            Mention subject = null;
            Mention first = null;
            Mention nearest = null;
            for (Mention m : named) {
                if (m.sentence() != s || !type.equals(types.get(m))) {
                    continue;
                }
                if (s == sentence && m.tokenEnd() > token) {
                    continue;
                }
                if (isSubject(graphs.get(s), m) && subject == null) {
                    subject = m;
                }
                if (first == null) {
                    first = m;
                }
                nearest = m;
            }
            if (subject != null) {
                return Optional.of(subject);
            }
            Mention fallback = s == sentence ? nearest : first;
            if (fallback != null) {
                return Optional.of(fallback);
            }
        }
        return Optional.empty();
    }

    private static boolean isSubject(SentenceGraph g, Mention m) {
        for (int i = m.tokenBegin(); i < m.tokenEnd(); i++) {
            String r = g.baseRelation(i);
            if ((r.equals("nsubj") || r.equals("csubj")) && (g.head(i) < m.tokenBegin() || g.head(i) >= m.tokenEnd())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Union-find over mentions, keeping insertion order of groups. Two groups that each hold a named
     * person are never joined unless they share a surname: one wrong pronoun link must not merge
     * Putin and Macron into one entity.
     */
    private static final class UnionFind<T> {
        private final Map<T, T> parent = new LinkedHashMap<>();
        private final Map<T, Set<String>> names = new HashMap<>();
        private final Map<T, String> surnames;

        UnionFind(Map<T, String> surnames) {
            this.surnames = surnames;
        }

        void add(T t) {
            if (parent.putIfAbsent(t, t) == null) {
                Set<String> own = new java.util.HashSet<>();
                if (surnames.containsKey(t)) {
                    own.add(surnames.get(t));
                }
                names.put(t, own);
            }
        }

        T find(T t) {
            T p = parent.get(t);
            while (!p.equals(parent.get(p))) {
                p = parent.get(p);
            }
            return p;
        }

        void union(T a, T b) {
            T ra = find(a);
            T rb = find(b);
            if (ra.equals(rb)) {
                return;
            }
            Set<String> na = names.get(ra);
            Set<String> nb = names.get(rb);
            if (!na.isEmpty() && !nb.isEmpty() && java.util.Collections.disjoint(na, nb)) {
                return;
            }
            parent.put(rb, ra);
            na.addAll(nb);
        }

        List<List<T>> groups() {
            Map<T, List<T>> g = new LinkedHashMap<>();
            for (T t : parent.keySet()) {
                g.computeIfAbsent(find(t), k -> new ArrayList<>()).add(t);
            }
            return new ArrayList<>(g.values());
        }
    }
}
