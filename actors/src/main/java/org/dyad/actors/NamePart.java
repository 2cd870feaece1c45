package org.dyad.actors;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * {@link ActorRule#NAME_PART}: a one-word name of a person the dictionary does not know is the
 * person whose resolved name of two or more words began or ended with it in the article: "Kim" after
 * "North Korean leader Kim Jong Un" is {@code PRKGOV}. A word that the names of two persons of
 * different codes share resolves to neither ({@link DiscourseContext#namePart}).
 */
final class NamePart implements PhraseRule {
    @Override
    public ActorRule id() {
        return ActorRule.NAME_PART;
    }

    @Override
    public Rule.Stage stage() {
        return Rule.Stage.HEAD;
    }

    @Override
    public Optional<List<Found>> code(NounPhrase p, PhraseReading r) {
        Unit root = p.root();
        if (!r.unknownPerson(root) || root.end - root.begin != 1) {
            return Optional.empty();
        }
        return r.context().namePart(r.sentence().token(root.begin).word().toLowerCase(Locale.ROOT))
                .map(part -> List.of(new Found(part.code(), part.name(), ActorRule.NAME_PART, part.entry(),
                        root.begin, root.end, root.head)));
    }
}
