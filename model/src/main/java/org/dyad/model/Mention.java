package org.dyad.model;

/**
 * A mention in a coreference chain: tokens {@code [tokenBegin, tokenEnd)} of a sentence, with the
 * index of its head token and its character span.
 */
public record Mention(int sentence, int tokenBegin, int tokenEnd, int head, int begin, int end, String text) {
    public Mention {
        Checks.nonNegative(sentence, "sentence");
        Checks.span(tokenBegin, tokenEnd, "mention token");
        if (head < tokenBegin || head >= tokenEnd) {
            throw new IllegalArgumentException("head " + head + " lies outside mention tokens [" + tokenBegin
                    + ", " + tokenEnd + ")");
        }
        Checks.span(begin, end, "mention");
        Checks.nonBlank(text, "mention text");
    }

    /** True when token {@code index} of sentence {@code s} lies inside this mention. */
    public boolean covers(int s, int index) {
        return s == sentence && index >= tokenBegin && index < tokenEnd;
    }
}
