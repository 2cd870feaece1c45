package org.dyad.model;

/**
 * The sentence that supports an event: its index, its character span in the article, and its text
 * (the article text between {@code begin} and {@code end}).
 */
public record Evidence(int sentence, int begin, int end, String text) {
    public Evidence {
        Checks.nonNegative(sentence, "sentence");
        Checks.span(begin, end, "evidence");
        Checks.nonBlank(text, "evidence text");
        if (text.length() != end - begin) {
            throw new IllegalArgumentException("evidence text has " + text.length() + " characters but its span ["
                    + begin + ", " + end + ") has " + (end - begin));
        }
    }

    /** Evidence for a whole sentence of a document. */
    public static Evidence of(AnnotatedDocument doc, Sentence s) {
        return new Evidence(s.index(), s.begin(), s.end(), doc.text(s.begin(), s.end()));
    }
}
