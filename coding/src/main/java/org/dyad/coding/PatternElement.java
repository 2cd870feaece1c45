package org.dyad.coding;

import java.util.List;
import java.util.Objects;

/**
 * One element of a verb pattern (see {@code docs/dictionaries.md}). Patterns are written in the
 * pattern language of TABARI and PETRARCH, which Dyad reads in both its own and PETRARCH's files:
 * words, word sets {@code &NAME}, the actor slots {@code $} (source), {@code +} (target) and
 * {@code %} (a compound actor whose members act on each other), {@code ^} (skip a noun phrase),
 * noun phrases {@code {financial aid}} and prepositional phrases {@code (for {financial aid})}.
 */
public sealed interface PatternElement {
    /** The pattern text of this element. */
    String text();

    /** The trigger itself: {@code *}. */
    record Verb() implements PatternElement {
        @Override
        public String text() {
            return "*";
        }
    }

    /** A word, matched against a token's form or lemma, ignoring case. */
    record Word(String word) implements PatternElement {
        public Word {
            if (word == null || word.isBlank() || word.chars().anyMatch(Character::isWhitespace)) {
                throw new IllegalArgumentException("pattern word '" + word + "' must be one non-blank word");
            }
        }

        @Override
        public String text() {
            return word;
        }
    }

    /** A word set: any of its phrases, each a run of consecutive words. */
    record WordSet(String name) implements PatternElement {
        public WordSet {
            Objects.requireNonNull(name, "name");
        }

        @Override
        public String text() {
            return "&" + name;
        }
    }

    /** {@code $}: an actor that becomes the source. */
    record Source() implements PatternElement {
        @Override
        public String text() {
            return "$";
        }
    }

    /** {@code +}: an actor that becomes the target. */
    record Target() implements PatternElement {
        @Override
        public String text() {
            return "+";
        }
    }

    /** {@code %}: a compound actor ("A and B") whose members are both sources and targets. */
    record Compound() implements PatternElement {
        @Override
        public String text() {
            return "%";
        }
    }

    /** {@code ^}: a noun phrase that is skipped. */
    record Skip() implements PatternElement {
        @Override
        public String text() {
            return "^";
        }
    }

    /** {@code {modifier ... head}}: a noun phrase with this head and these words inside it. */
    record NounPhrase(List<PatternElement> modifiers, PatternElement head) implements PatternElement {
        public NounPhrase {
            modifiers = List.copyOf(modifiers);
            Objects.requireNonNull(head, "head");
        }

        @Override
        public String text() {
            StringBuilder b = new StringBuilder("{");
            for (PatternElement m : modifiers) {
                b.append(m.text()).append(' ');
            }
            return b.append(head.text()).append('}').toString();
        }
    }

    /** {@code (preposition item ...)}: a prepositional phrase whose object matches the items. */
    record Prepositional(String preposition, List<PatternItem> object) implements PatternElement {
        public Prepositional {
            Objects.requireNonNull(preposition, "preposition");
            object = List.copyOf(object);
        }

        @Override
        public String text() {
            StringBuilder b = new StringBuilder("(").append(preposition);
            for (PatternItem i : object) {
                b.append(i.glued() ? "_" : " ").append(i.element().text());
            }
            return b.append(')').toString();
        }
    }
}
