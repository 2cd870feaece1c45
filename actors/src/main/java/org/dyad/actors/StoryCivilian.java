package org.dyad.actors;

import java.util.List;
import java.util.Optional;

/**
 * {@link ActorRule#ARTICLE_COUNTRY} for a private person: a person the dictionary does not know,
 * named alone (no title, no agent, no actor in the phrase) and described nowhere in the article, is
 * one of the article's country's civilians ({@code CVL}), as CAMEO codes private persons. In an
 * article about Somalia, "Fatima Omar said the prices had doubled" gives Fatima Omar {@code SOMCVL}.
 * Not when the named-entity layer tags the name's last word as something else elsewhere in the
 * article ("Jude" after "Cyclone Jude"). A guess, not a discovery. Off under PETRARCH's conventions.
 */
final class StoryCivilian implements PhraseRule {
    /** The sector of private persons. */
    private static final String CIVILIAN = "CVL";

    @Override
    public ActorRule id() {
        return ActorRule.ARTICLE_COUNTRY;
    }

    @Override
    public Rule.Stage stage() {
        return Rule.Stage.STORY;
    }

    @Override
    public boolean enabled(ActorResolver.Settings settings) {
        return !settings.bareAgents();
    }

    @Override
    public Optional<List<Found>> code(NounPhrase p, PhraseReading r) {
        Unit u = p.root();
        Optional<String> home = r.context().home();
        if (u.kind != Unit.Kind.PERSON || p.members().size() != 1 || home.isEmpty()
                || r.context().lookups().taggedOtherwise(r.sentence().token(u.end - 1).word())) {
            return Optional.empty();
        }
        return Optional.of(List.of(r.found(p, null, ActorCode.add(home.get(), CIVILIAN, false),
                r.text(u.begin, u.end), ActorRule.ARTICLE_COUNTRY, home.get() + "+civilian")));
    }
}
