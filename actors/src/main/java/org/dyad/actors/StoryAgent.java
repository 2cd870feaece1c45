package org.dyad.actors;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.dyad.model.Token;

/**
 * {@link ActorRule#STORY_AGENT}: an agent noun phrase that names no country or organisation ("police",
 * "the rebels", "a jury", "unions") is of the story's country, when the story has one and the agents
 * are of the state or the country's own society ({@link DiscourseContext#localCode}). In an article
 * about the Philippines, "Communist rebels killed 18 soldiers" gives {@code PHLREB} and
 * {@code PHLMIL}; in one about Queens, "police arrested the driver" gives {@code USACOP}. Agents said
 * to come from elsewhere ("its foreign bank creditors", "international observers", "overseas
 * investors") are not of the story's country and stay without a code, and so are the plurals of
 * institutions a country has one of ("national governments", "other countries"). Off under PETRARCH's
 * conventions, where {@link BareAgent} gives {@code ---REB}.
 */
final class StoryAgent implements PhraseRule {
    /**
     * Nouns of institutions a country has one of: in the plural ("national governments", "the two
     * governments", "other countries") they name several countries, none of them the story's.
     */
    static final Set<String> ONE_PER_COUNTRY = Set.of("government", "regime", "nation", "country");
    /** Adjectives that place an agent outside the story's country: "its foreign bank creditors". */
    static final Set<String> ELSEWHERE = Set.of("foreign", "overseas", "international", "external",
            "multinational", "offshore");

    @Override
    public ActorRule id() {
        return ActorRule.STORY_AGENT;
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
        Optional<NounPhrase> shared = r.phrases().agentsWithoutActor(p);
        if (shared.isEmpty() || fromElsewhere(p.members(), r) || severalCountries(p.root(), r)) {
            return Optional.empty();
        }
        String agents = r.agentText(p.members());
        return r.context().localCode(shared.get().agents()).map(code -> List.of(p.found(code, agents,
                ActorRule.STORY_AGENT, r.context().home().orElseThrow() + "+" + agents)));
    }

    /** True when the phrase's head is a plural of {@link #ONE_PER_COUNTRY}: "national governments". */
    private static boolean severalCountries(Unit root, PhraseReading r) {
        Token head = r.sentence().token(root.head);
        boolean plural = head.pos().equals("NNS") || head.pos().equals("NNPS");
        return plural && ONE_PER_COUNTRY.contains(head.lemma().toLowerCase(Locale.ROOT));
    }

    /**
     * True when an adjective of {@link #ELSEWHERE} outside a member's own words modifies its head:
     * "foreign bank creditors", but not the agent "foreign minister".
     */
    private static boolean fromElsewhere(List<Unit> members, PhraseReading r) {
        if (!r.parsed()) {
            return false;
        }
        for (Unit m : members) {
            for (int c : r.graph().children(m.head, "amod")) {
                if ((c < m.begin || c >= m.end)
                        && ELSEWHERE.contains(r.sentence().token(c).word().toLowerCase(Locale.ROOT))) {
                    return true;
                }
            }
        }
        return false;
    }
}
