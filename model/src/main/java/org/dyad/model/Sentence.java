package org.dyad.model;

import java.util.List;

/**
 * A sentence with its tokens and, when it was parsed, its dependency arcs. {@code begin} and
 * {@code end} are character offsets into the article text.
 *
 * <p>{@code dependencies} is the basic Universal Dependencies tree (one head per token, one root
 * arc); {@code enhanced} is the Enhanced++ graph of the same parse, which adds the arcs that the
 * tree leaves implicit: subjects of controlled verbs ({@code nsubj:xsubj}), the antecedents of
 * relative pronouns ({@code ref}), shared arguments of conjuncts, and case-marked relations such as
 * {@code obl:with}. Both are empty for a sentence that was not parsed (see {@link #parsed()}).
 */
public record Sentence(int index, int begin, int end, List<Token> tokens, List<Dependency> dependencies,
        List<Dependency> enhanced) {
    public Sentence {
        Checks.nonNegative(index, "sentence index");
        Checks.span(begin, end, "sentence");
        tokens = List.copyOf(tokens);
        dependencies = List.copyOf(dependencies);
        enhanced = List.copyOf(enhanced);
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.index() != i) {
                throw new IllegalArgumentException("token " + i + " of sentence " + index + " has index " + t.index());
            }
            if (t.begin() < begin || t.end() > end) {
                throw new IllegalArgumentException("token '" + t.word() + "' [" + t.begin() + ", " + t.end()
                        + ") lies outside sentence " + index + " [" + begin + ", " + end + ")");
            }
        }
        for (Dependency d : concat(dependencies, enhanced)) {
            if (d.dependent() >= tokens.size() || d.governor() >= tokens.size()) {
                throw new IllegalArgumentException("dependency " + d + " refers past the " + tokens.size()
                        + " tokens of sentence " + index);
            }
        }
    }

    private static List<Dependency> concat(List<Dependency> a, List<Dependency> b) {
        List<Dependency> all = new java.util.ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    /** An unparsed sentence: tokens only. */
    public static Sentence unparsed(int index, int begin, int end, List<Token> tokens) {
        return new Sentence(index, begin, end, tokens, List.of(), List.of());
    }

    /** This sentence with the arcs of a parse. */
    public Sentence withParse(List<Dependency> basic, List<Dependency> enhancedGraph) {
        return new Sentence(index, begin, end, tokens, basic, enhancedGraph);
    }

    /** True when the sentence carries dependency arcs. */
    public boolean parsed() {
        return !dependencies.isEmpty();
    }

    /** The token at a 0-based index. */
    public Token token(int i) {
        return tokens.get(i);
    }

    /** Number of tokens. */
    public int size() {
        return tokens.size();
    }
}
