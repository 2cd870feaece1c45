package org.dyad.model;

/**
 * The word that carries an event: the verb or event noun ("told", "build-up"), as token
 * {@code token} of sentence {@code sentence}, with its character span and text. Later stages
 * (dating, placing) start from it.
 */
public record Trigger(int sentence, int token, int begin, int end, String text) {
    public Trigger {
        Checks.nonNegative(sentence, "sentence");
        Checks.nonNegative(token, "token");
        Checks.span(begin, end, "trigger");
        Checks.nonBlank(text, "trigger text");
    }

    /** The trigger at a token of a sentence. */
    public static Trigger of(Sentence s, int token) {
        Token t = s.token(token);
        return new Trigger(s.index(), token, t.begin(), t.end(), t.word());
    }
}
