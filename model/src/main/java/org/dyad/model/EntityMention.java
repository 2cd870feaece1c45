package org.dyad.model;

/**
 * A named-entity mention found by the NLP stage: tokens {@code [tokenBegin, tokenEnd)} of sentence
 * {@code sentence}, with its class ({@code PERSON}, {@code ORGANIZATION}, {@code LOCATION}, ...)
 * and its character span in the article text.
 */
public record EntityMention(int sentence, int tokenBegin, int tokenEnd, String type, int begin, int end,
        String text) {
    public EntityMention {
        Checks.nonNegative(sentence, "sentence");
        Checks.span(tokenBegin, tokenEnd, "entity token");
        Checks.nonBlank(type, "entity type");
        Checks.span(begin, end, "entity");
        Checks.nonBlank(text, "entity text");
    }
}
