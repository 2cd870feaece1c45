package org.dyad.coding;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.dyad.model.Sentence;

/**
 * Phrases that mark text not to code: sports results, historical chronologies, fiction. A sentence
 * that contains a sentence-level phrase codes nothing; an article that contains a story-level phrase
 * codes nothing at all. Phrases match consecutive words, ignoring case; the last word matches as a
 * stem ("baseball" matches "baseballs") or as a whole word, as the phrase says. Read from Dyad's
 * format ({@link #readDyad}) or PETRARCH's discard files ({@link #readPetrarch}).
 * Immutable and thread-safe.
 */
public final class DiscardList {
    /** A phrase, whether it discards the whole story, and whether its last word must end there. */
    public record Phrase(List<String> words, boolean story, boolean exact, String origin) {
        public Phrase {
            words = List.copyOf(words);
            if (words.isEmpty()) {
                throw new IllegalArgumentException("an empty discard phrase at " + origin);
            }
        }

        /**
         * True for a phrase that marks a sentence as history only by its time: a year ("1989") or a
         * span back or on ("years ago", "months later"). Dyad dates each event instead: "by 1989"
         * in a story of 1987, or "two weeks ago", is no history.
         */
        public boolean temporal() {
            if (story) {
                return false;
            }
            if (words.size() == 1 && words.get(0).matches("\\d{4}")) {
                return true;
            }
            String last = words.get(words.size() - 1);
            return words.size() == 2 && (last.equals("ago") || last.equals("later"));
        }

        /** The phrase as written in a discard file. */
        public String text() {
            return (story ? "+" : "") + String.join(" ", words) + (exact ? "_" : "");
        }
    }

    /** An empty list. */
    public static final DiscardList NONE = new DiscardList(List.of());

    private final List<Phrase> phrases;
    private final PhraseIndex index;

    public DiscardList(List<Phrase> phrases) {
        this.phrases = List.copyOf(phrases);
        BitSet stems = new BitSet();
        for (int i = 0; i < this.phrases.size(); i++) {
            stems.set(i, !this.phrases.get(i).exact());
        }
        this.index = new PhraseIndex(this.phrases.stream().map(Phrase::words).toList(), stems);
    }

    /** All phrases. */
    public List<Phrase> phrases() {
        return phrases;
    }

    /** This list with another's phrases added. */
    public DiscardList merge(DiscardList other) {
        List<Phrase> all = new ArrayList<>(phrases);
        all.addAll(other.phrases);
        return new DiscardList(all);
    }

    /** This list without the phrases that {@code drop} accepts. */
    public DiscardList without(java.util.function.Predicate<Phrase> drop) {
        return new DiscardList(phrases.stream().filter(drop.negate()).toList());
    }

    /** The first phrase of the list that is found in a sentence. */
    public Optional<Phrase> find(Sentence s) {
        List<PhraseIndex.Match> found = index.find(s);
        return found.isEmpty() ? Optional.empty() : Optional.of(phrases.get(found.get(0).phrase()));
    }

    /**
     * Reads Dyad's discard format: one phrase a line after {@code sentence} or {@code story}; a
     * phrase ending in {@code *} matches its last word as a stem; {@code #} starts a comment.
     *
     * @throws IllegalArgumentException naming the source and line of a line in another form
     */
    public static DiscardList readDyad(Reader reader, String sourceName) throws IOException {
        List<Phrase> out = new ArrayList<>();
        for (CommentedLines.Line line : CommentedLines.read(reader)) {
            int number = line.number();
            String t = line.text();
            String[] kv = t.split("\\s+", 2);
            if (kv.length < 2 || !(kv[0].equals("sentence") || kv[0].equals("story"))) {
                throw new IllegalArgumentException(sourceName + ":" + number
                        + ": expected 'sentence PHRASE' or 'story PHRASE', got '" + t + "'");
            }
            String phrase = kv[1].strip().toLowerCase(Locale.ROOT);
            boolean stem = phrase.endsWith("*");
            phrase = phrase.replaceAll("\\*+$", "").strip();
            out.add(new Phrase(List.of(phrase.split("\\s+")), kv[0].equals("story"), !stem, sourceName + ":" + number));
        }
        return new DiscardList(out);
    }

    /** Writes the list in Dyad's discard format, as {@link #readDyad} reads it. */
    public void writeDyad(Writer out, List<String> header) throws IOException {
        for (String h : header) {
            out.write("# " + h + "\n");
        }
        for (Phrase p : phrases) {
            out.write((p.story() ? "story " : "sentence ") + String.join(" ", p.words()) + (p.exact() ? "" : "*")
                    + "\n");
        }
    }

    /**
     * Reads a PETRARCH discard file: one phrase a line, {@code +} before story-level phrases,
     * {@code #} to the end of the line is a comment.
     */
    public static DiscardList readPetrarch(Reader reader, String sourceName) throws IOException {
        List<Phrase> out = new ArrayList<>();
        for (CommentedLines.Line line : CommentedLines.read(reader)) {
            int number = line.number();
            String t = line.text().replaceAll("<!--.*?-->", "").strip();
            if (t.isEmpty() || t.startsWith("<!")) {
                continue;
            }
            boolean story = t.startsWith("+");
            if (story) {
                t = t.substring(1).strip();
            }
            boolean exact = t.endsWith("_");
            t = t.replaceAll("_+$", "").replace('_', ' ').strip().toLowerCase(Locale.ROOT);
            if (t.isEmpty()) {
                continue;
            }
            out.add(new Phrase(List.of(t.split("\\s+")), story, exact, sourceName + ":" + number));
        }
        return new DiscardList(out);
    }
}
