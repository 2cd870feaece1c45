package org.dyad.model;

/**
 * A token of a sentence. {@code index} is its 0-based position in the sentence; {@code begin} and
 * {@code end} are character offsets into the article text. {@code pos} is a Penn Treebank tag,
 * {@code ner} a named-entity class such as {@code PERSON} or {@code "O"} for none.
 */
public record Token(int index, String word, String lemma, String pos, String ner, int begin, int end) {
    public Token {
        Checks.nonNegative(index, "token index");
        Checks.nonBlank(word, "token word");
        Checks.text(lemma, "lemma");
        Checks.text(pos, "pos");
        Checks.text(ner, "ner");
        Checks.span(begin, end, "token");
    }

    /** True for verb tags (VB, VBD, VBG, VBN, VBP, VBZ). */
    public boolean isVerb() {
        return pos.startsWith("VB");
    }

    /** True for noun tags (NN, NNS, NNP, NNPS). */
    public boolean isNoun() {
        return pos.startsWith("NN");
    }

    /** True for proper noun tags. */
    public boolean isProperNoun() {
        return pos.startsWith("NNP");
    }
}
