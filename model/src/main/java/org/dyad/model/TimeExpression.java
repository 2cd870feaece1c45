package org.dyad.model;

/**
 * A temporal expression with its TIMEX3 type ({@code DATE}, {@code TIME}, {@code DURATION},
 * {@code SET}) and its value normalised against the article date, e.g. "on Wednesday" in an article
 * of 2022-01-28 gives {@code 2022-01-26}, "earlier this week" gives {@code 2022-W04}. {@code value}
 * is {@code ""} when the expression could not be normalised.
 */
public record TimeExpression(int sentence, int tokenBegin, int tokenEnd, int begin, int end, String text,
        String type, String value) {
    public TimeExpression {
        Checks.nonNegative(sentence, "sentence");
        Checks.span(tokenBegin, tokenEnd, "time token");
        Checks.span(begin, end, "time");
        Checks.nonBlank(text, "time text");
        Checks.text(type, "time type");
        Checks.text(value, "time value");
    }
}
