package org.dyad.coding;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dyad.model.Sentence;
import org.dyad.model.WordFilter;

/**
 * Finds which of a list of word phrases occur in a sentence, in the time of one lookup per word
 * rather than one comparison per phrase and word: phrases are indexed by their first word, and a
 * one-word phrase whose word matches as a stem by that stem. Words compare in lower case; the last
 * word of a phrase marked as a stem matches any word that begins with it. Immutable and
 * thread-safe.
 */
final class PhraseIndex {
    private static final int[] NONE = new int[0];

    private final List<List<String>> phrases;
    private final BitSet stemLast;
    private final Map<String, int[]> byFirst = new HashMap<>();
    /** Answers "no" for most words that begin no phrase, before {@link #byFirst} is asked. */
    private final WordFilter firstWords;
    /** The one-word stems, letter by letter: a word's prefixes that are stems are found in one walk. */
    private final StemNode stems = new StemNode();

    /** A node of the stems' letter tree: the phrases whose stem ends here, and the letters that follow. */
    private static final class StemNode {
        /** The nodes after an ASCII letter, by the letter, and after any other character. */
        final StemNode[] ascii = new StemNode[128];
        final Map<Character, StemNode> other = new HashMap<>();
        int[] phrases = NONE;

        StemNode next(char c) {
            return c < 128 ? ascii[c] : other.get(c);
        }

        StemNode add(char c) {
            StemNode n = next(c);
            if (n == null) {
                n = new StemNode();
                if (c < 128) {
                    ascii[c] = n;
                } else {
                    other.put(c, n);
                }
            }
            return n;
        }
    }

    /**
     * @param phrases  the phrases, lower case, none empty; a phrase's number is its position here
     * @param stemLast which phrases match their last word as a stem
     */
    PhraseIndex(List<List<String>> phrases, BitSet stemLast) {
        this.phrases = List.copyOf(phrases);
        this.stemLast = (BitSet) stemLast.clone();
        Map<String, List<Integer>> first = new HashMap<>();
        Map<String, List<Integer>> stemmed = new HashMap<>();
        for (int i = 0; i < this.phrases.size(); i++) {
            List<String> words = this.phrases.get(i);
            if (words.size() == 1 && stemLast.get(i)) {
                stemmed.computeIfAbsent(words.get(0), k -> new ArrayList<>()).add(i);
            } else {
                first.computeIfAbsent(words.get(0), k -> new ArrayList<>()).add(i);
            }
        }
        first.forEach((k, v) -> byFirst.put(k, v.stream().mapToInt(Integer::intValue).toArray()));
        firstWords = WordFilter.of(byFirst.keySet());
        stemmed.forEach((k, v) -> {
            StemNode n = this.stems;
            for (int c = 0; c < k.length(); c++) {
                n = n.add(k.charAt(c));
            }
            n.phrases = v.stream().mapToInt(Integer::intValue).toArray();
        });
    }

    /** A phrase found in a sentence: its number and the token where it starts. */
    record Match(int phrase, int start) {
    }

    /** Every occurrence of every phrase in a sentence, by phrase number, then by position. */
    List<Match> find(Sentence s) {
        String[] words = new String[s.size()];
        for (int i = 0; i < words.length; i++) {
            words[i] = s.lowerWord(i);
        }
        List<Match> out = new ArrayList<>();
        for (int i = 0; i < words.length; i++) {
            if (firstWords.mayContain(words[i])) {
                for (int p : byFirst.getOrDefault(words[i], NONE)) {
                    if (matchesAt(words, i, p)) {
                        out.add(new Match(p, i));
                    }
                }
            }
            // the stems that begin the word, shortest first
            StemNode n = stems;
            for (int c = 0; n != null; c++) {
                for (int p : n.phrases) {
                    out.add(new Match(p, i));
                }
                n = c < words[i].length() ? n.next(words[i].charAt(c)) : null;
            }
        }
        out.sort((a, b) -> a.phrase() != b.phrase() ? Integer.compare(a.phrase(), b.phrase())
                : Integer.compare(a.start(), b.start()));
        return out;
    }

    private boolean matchesAt(String[] words, int start, int p) {
        List<String> want = phrases.get(p);
        int n = want.size();
        if (start + n > words.length) {
            return false;
        }
        for (int j = 0; j < n; j++) {
            String w = words[start + j];
            boolean stem = j == n - 1 && stemLast.get(p);
            if (stem ? !w.startsWith(want.get(j)) : !w.equals(want.get(j))) {
                return false;
            }
        }
        return true;
    }
}
