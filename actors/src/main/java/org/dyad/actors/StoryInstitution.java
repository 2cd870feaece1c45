package org.dyad.actors;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * {@link ActorRule#ARTICLE_COUNTRY} for a state institution: an agent noun of the state, written
 * capitalised as a proper noun and standing alone ("Congress", "Parliament", "the Senate"), is the
 * article's country's institution. In an article about Somalia, "Parliament approved the budget"
 * gives {@code SOMLEG}. Off under PETRARCH's conventions (where {@link BareAgent} gives
 * {@code ---LEG}).
 */
final class StoryInstitution implements PhraseRule {
    /** Sectors of state institutions, whose capitalised names stand alone for the article's. */
    private static final Set<String> STATE_SECTORS = Set.of("GOV", "MIL", "COP", "LEG", "SPY");

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
        if (u.kind != Unit.Kind.AGENT || p.members().size() != 1 || !institution(u, r)) {
            return Optional.empty();
        }
        return r.context().localCode(p.agents()).map(code -> List.of(r.found(p, null, code, r.text(u.begin, u.end),
                ActorRule.ARTICLE_COUNTRY, r.context().home().orElseThrow() + "+" + r.agentText(p.members()))));
    }

    /** A state institution named by a capitalised agent noun: "Congress", "Parliament", "the Senate". */
    private static boolean institution(Unit u, PhraseReading r) {
        if (!STATE_SECTORS.contains(ActorCode.root(u.agent.code()))) {
            return false;
        }
        for (int k = u.begin; k < u.end; k++) {
            String w = r.sentence().token(k).word();
            if (!FunctionWords.DETERMINERS.contains(w.toLowerCase(Locale.ROOT))
                    && (!r.sentence().token(k).isProperNoun() || !Character.isUpperCase(w.charAt(0)))) {
                return false;
            }
        }
        return true;
    }
}
