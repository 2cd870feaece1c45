package org.dyad.actors;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.dyad.model.AnnotatedDocument;
import org.dyad.model.EntityMention;
import org.dyad.model.Sentence;

/**
 * What both readings of one article look up in its text, computed once for the two: each sentence's
 * lookup keys, its entity mentions, the longest dictionary names and agent phrases at each token,
 * and the capitalised words the named-entity layer tags as something other than a person somewhere
 * in the article. Local to one call of the resolver; not thread-safe.
 */
final class ArticleLookups {
    /** The dictionary lookup keys of each sentence's words ({@link PhraseIndex#keys}), by sentence index. */
    private final String[][] keys;
    /** The document's entity mentions, by sentence index, in document order. */
    private final List<List<EntityMention>> entitiesOf;
    private final Lookups<ActorEntry> names;
    private final Lookups<Agent> agents;
    private final Set<String> notPersons = new HashSet<>();

    ArticleLookups(AnnotatedDocument doc, DictionaryIndex index) {
        this.keys = new String[doc.sentences().size()][];
        this.names = new Lookups<>(index.names(), doc.sentences().size());
        this.agents = new Lookups<>(index.agents(), doc.sentences().size());
        this.entitiesOf = new ArrayList<>(Collections.nCopies(doc.sentences().size(), List.of()));
        for (EntityMention e : doc.entities()) {
            if (entitiesOf.get(e.sentence()).isEmpty()) {
                entitiesOf.set(e.sentence(), new ArrayList<>());
            }
            entitiesOf.get(e.sentence()).add(e);
        }
        for (Sentence s : doc.sentences()) {
            keys[s.index()] = PhraseIndex.keys(s);
            for (int k = 0; k < s.size(); k++) {
                String w = s.token(k).word();
                if (!w.isEmpty() && Character.isUpperCase(w.charAt(0)) && !s.token(k).ner().equals("PERSON")
                        && k > 0) {
                    notPersons.add(w);
                }
            }
        }
    }

    /** The lookup keys of the sentence's words. */
    String[] keys(Sentence s) {
        return keys[s.index()];
    }

    /** The entity mentions of the sentence, in document order. */
    List<EntityMention> entities(Sentence s) {
        return entitiesOf.get(s.index());
    }

    /** The longest dictionary name or adjective starting at token {@code i}, or null. */
    PhraseIndex.Match<ActorEntry> longestName(Sentence s, int i) {
        return names.longest(s, keys[s.index()], i);
    }

    /** The longest agent phrase starting at token {@code i}, or null. */
    PhraseIndex.Match<Agent> longestAgent(Sentence s, int i) {
        return agents.longest(s, keys[s.index()], i);
    }

    /**
     * True when the named-entity layer tags this capitalised word, not first in its sentence, as
     * something other than a person somewhere in the article ("Jude" of "Cyclone Jude").
     */
    boolean taggedOtherwise(String word) {
        return notPersons.contains(word);
    }

    /**
     * The longest phrase of an index at each token of a document, looked up on first use and kept for
     * the rest of one call: a lookup depends on the sentence and the token only.
     */
    private static final class Lookups<V> {
        private final PhraseIndex<V> index;
        private final List<List<PhraseIndex.Match<V>>> bySentence;
        /** Markers of a token not looked up yet and of one where no phrase starts. */
        private final PhraseIndex.Match<V> unset = new PhraseIndex.Match<>(0, 0, List.of());
        private final PhraseIndex.Match<V> none = new PhraseIndex.Match<>(0, 0, List.of());

        Lookups(PhraseIndex<V> index, int sentences) {
            this.index = index;
            this.bySentence = new ArrayList<>(Collections.nCopies(sentences, List.of()));
        }

        /** {@link PhraseIndex#longest(Sentence, String[], int)}, or null. */
        PhraseIndex.Match<V> longest(Sentence s, String[] keys, int i) {
            List<PhraseIndex.Match<V>> row = bySentence.get(s.index());
            if (row.isEmpty()) {
                row = new ArrayList<>(Collections.nCopies(s.size(), unset));
                bySentence.set(s.index(), row);
            }
            PhraseIndex.Match<V> m = row.get(i);
            if (m == unset) {
                PhraseIndex.Match<V> found = index.longest(s, keys, i);
                m = found == null ? none : found;
                row.set(i, m);
            }
            return m == none ? null : m;
        }
    }
}
