package org.dyad.coding;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A word or phrase that triggers a verb block: a verb ("restore", or an inflected form a
 * dictionary lists, "said"), a multi-word verb ("cordon off", "wire tap", whose {@code head} is the
 * verb itself), or an event noun ("talks", "build-up"). Words are in lower case and match a token's
 * form or lemma. {@code code}, when present, replaces the block's code for this trigger alone.
 */
public record TriggerPhrase(List<String> words, int head, Kind kind, Optional<CodePair> code) {
    /** Which part of speech the trigger must have in the sentence. */
    public enum Kind {
        /** A verb (Penn tags VB*). */
        VERB,
        /** A noun (Penn tags NN*). */
        NOUN
    }

    public TriggerPhrase {
        words = List.copyOf(words);
        if (words.isEmpty()) {
            throw new IllegalArgumentException("a trigger needs at least one word");
        }
        for (String w : words) {
            if (w.isBlank() || !w.equals(w.toLowerCase(Locale.ROOT)) || w.chars().anyMatch(Character::isWhitespace)) {
                throw new IllegalArgumentException("trigger word '" + w + "' must be one lower-case word");
            }
        }
        if (head < 0 || head >= words.size()) {
            throw new IllegalArgumentException("head " + head + " outside the " + words.size() + " words of trigger "
                    + words);
        }
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(code, "code: use Optional.empty()");
    }

    /** The word that must be the verb or noun. */
    public String headWord() {
        return words.get(head);
    }

    /** The trigger as written in Dyad's format: words with {@code +} before a head that is not the default. */
    public String text() {
        int usual = kind == Kind.VERB ? 0 : words.size() - 1;
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < words.size(); i++) {
            if (i > 0) {
                b.append(' ');
            }
            if (i == head && head != usual) {
                b.append('+');
            }
            b.append(words.get(i));
        }
        return b.toString();
    }

    /**
     * Reads a trigger phrase: words separated by blanks, the head marked with {@code +} when it is not
     * the first word of a verb or the last word of a noun.
     */
    public static TriggerPhrase parse(String text, Kind kind, Optional<CodePair> code) {
        String[] parts = text.strip().toLowerCase(Locale.ROOT).split("\\s+");
        int head = kind == Kind.VERB ? 0 : parts.length - 1;
        String[] words = new String[parts.length];
        for (int i = 0; i < parts.length; i++) {
            String p = parts[i];
            if (p.length() > 1 && p.startsWith("+")) {
                head = i;
                p = p.substring(1);
            }
            words[i] = p;
        }
        return new TriggerPhrase(List.of(words), head, kind, code);
    }
}
