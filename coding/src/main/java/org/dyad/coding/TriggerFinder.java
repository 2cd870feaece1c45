package org.dyad.coding;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds the triggers of a sentence: verbs (Penn tags VB*) and event nouns (NN*) that head a
 * dictionary trigger, with the other words of multi-word triggers next to them ("cordoned off",
 * "wire tapped"), or, for a verb particle, attached to the verb ("cordoned the roads off"). A
 * multi-word verb needs one of its words tagged as a verb, which then stands for it in the parse.
 * Each token triggers at most one entry: the longest trigger of the most recently added block.
 */
final class TriggerFinder {
    private final VerbDictionary dictionary;

    TriggerFinder(VerbDictionary dictionary) {
        this.dictionary = dictionary;
    }

    List<Occurrence> find(SentenceView v) {
        List<Occurrence> out = new ArrayList<>();
        for (int i = 0; i < v.size(); i++) {
            boolean verb = v.token(i).isVerb();
            boolean noun = v.token(i).isNoun();
            for (VerbDictionary.Entry e : dictionary.entries(v.sentence.lowerWord(i), v.sentence.lowerLemma(i))) {
                TriggerPhrase.Kind kind = e.trigger().kind();
                boolean multi = e.trigger().words().size() > 1;
                if (kind == TriggerPhrase.Kind.VERB && !verb && !multi || kind == TriggerPhrase.Kind.NOUN && !noun) {
                    continue;
                }
                if (kind == TriggerPhrase.Kind.VERB && v.graph.baseRelation(i).equals("amod")) {
                    // a participle used as an adjective ("a demanding dialogue") is no action
                    continue;
                }
                Optional<Occurrence> o = at(v, i, e);
                if (o.isPresent() && kind == TriggerPhrase.Kind.VERB && !verb) {
                    // "will not wire tap": the parser may tag another word of a multi-word verb as the verb
                    o = o.flatMap(x -> x.tokens().stream().filter(t -> v.token(t).isVerb()).findFirst()
                            .map(t -> new Occurrence(x.entry(), t, x.first(), x.last(), x.tokens())));
                }
                if (o.isPresent()) {
                    out.add(o.get());
                    break;
                }
            }
        }
        return out;
    }

    private static Optional<Occurrence> at(SentenceView v, int i, VerbDictionary.Entry e) {
        TriggerPhrase t = e.trigger();
        List<String> w = t.words();
        List<Integer> tokens = new ArrayList<>();
        tokens.add(i);
        int k = i;
        for (int j = t.head() - 1; j >= 0; j--) {
            k--;
            if (k < 0 || !v.is(k, w.get(j))) {
                return Optional.empty();
            }
            tokens.add(0, k);
        }
        k = i;
        for (int j = t.head() + 1; j < w.size(); j++) {
            int next = k + 1;
            if (next < v.size() && v.is(next, w.get(j))) {
                k = next;
            } else if (j == t.head() + 1 && particle(v, i, w.get(j)) >= 0) {
                k = particle(v, i, w.get(j));
            } else {
                return Optional.empty();
            }
            tokens.add(k);
        }
        tokens.sort(Integer::compare);
        return Optional.of(new Occurrence(e, i, tokens.get(0), tokens.get(tokens.size() - 1), tokens));
    }

    /** A particle of the verb with this word ("cordoned the roads off"), or -1. */
    private static int particle(SentenceView v, int verb, String word) {
        for (int c : v.graph.children(verb, "compound")) {
            if (c > verb && v.is(c, word)) {
                return c;
            }
        }
        return -1;
    }
}
