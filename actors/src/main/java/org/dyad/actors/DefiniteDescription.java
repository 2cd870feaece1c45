package org.dyad.actors;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.dyad.model.Sentence;

/**
 * {@link ActorRule#DEFINITE_DESCRIPTION}: "the", up to two adjectives or nouns, and a class noun of
 * the dictionary ending the noun phrase refer back to the last earlier mention in the article of an
 * actor of that class noun, and take its code. After "Nato" ({@code IGOWSTNAT}, class nouns
 * "alliance" and "military alliance"), "the military alliance" is {@code IGOWSTNAT}. Its tokens are
 * claimed before the units are found, so "alliance" is not also an agent noun.
 *
 * <p>A generic noun of organisations refers back likewise to the last organisation of its kind named
 * in the three sentences before: "the agency" or "the organisation" to an international or
 * non-governmental organisation ("UNICEF ... the agency needs a billion dollars"), "the company" or
 * "the firm" to a business, "the union" to a union, "the newspaper" to a news organisation.
 *
 * <p>Only mentions of earlier sentences count, and only in the reading that resolves: the first
 * reading of an article keeps no mentions, so this rule claims nothing in it.
 */
final class DefiniteDescription implements TokenRule {
    /** How many sentences back a generic noun of organisations looks for what it refers to. */
    private static final int WINDOW = 3;
    private static final Predicate<String> ORGANISATION = c -> c.startsWith("IGO") || c.startsWith("NGO")
            || c.startsWith("MNC");
    private static final Predicate<String> BUSINESS = c -> c.startsWith("MNC") || c.length() > 3
            && c.substring(3).contains("BUS");
    private static final Predicate<String> UNION = c -> c.length() > 3 && c.substring(3).contains("LAB");
    private static final Predicate<String> MEDIA = c -> c.length() > 3 && c.substring(3).contains("MED");
    /** Generic nouns of organisations and the kind of actor each refers back to. */
    private static final Map<String, Predicate<String>> GENERIC = Map.ofEntries(
            Map.entry("agency", ORGANISATION), Map.entry("organization", ORGANISATION),
            Map.entry("organisation", ORGANISATION), Map.entry("body", ORGANISATION),
            Map.entry("watchdog", ORGANISATION), Map.entry("charity", ORGANISATION),
            Map.entry("company", BUSINESS), Map.entry("firm", BUSINESS), Map.entry("bank", BUSINESS),
            Map.entry("union", UNION), Map.entry("newspaper", MEDIA), Map.entry("broadcaster", MEDIA),
            Map.entry("outlet", MEDIA));

    @Override
    public ActorRule id() {
        return ActorRule.DEFINITE_DESCRIPTION;
    }

    @Override
    public void read(PhraseReading r, List<ActorMention> earlier) {
        Sentence s = r.sentence();
        for (int i = 0; i < s.size(); i++) {
            if (s.token(i).word().equalsIgnoreCase("the")) {
                definite(r, i, earlier).ifPresent(r::claim);
            }
        }
    }

    /** "the (adj)* classNoun" at token {@code i}, referring back to the last actor of that class. */
    private static Optional<ActorMention> definite(PhraseReading r, int i, List<ActorMention> earlier) {
        Sentence s = r.sentence();
        for (int j = i + 1; j < Math.min(s.size(), i + 4); j++) {
            String noun = s.token(j).word().toLowerCase(Locale.ROOT);
            List<ActorEntry> candidates = r.index().byClassNoun(noun);
            if (!candidates.isEmpty() && s.token(j).isNoun() && (j + 1 >= s.size() || !s.token(j + 1).isNoun())) {
                for (int k = earlier.size() - 1; k >= 0; k--) {
                    ActorMention prior = earlier.get(k);
                    for (ActorEntry c : candidates) {
                        if (prior.actor().provenance().entry().equals(c.id())) {
                            return Optional.of(r.mention(new Found(prior.actor().code(), prior.actor().name(),
                                    ActorRule.DEFINITE_DESCRIPTION, c.id(), i + 1, j + 1, j)));
                        }
                    }
                }
                return Optional.empty();
            }
            Optional<Predicate<String>> kind = Optional.ofNullable(GENERIC.get(noun));
            if (kind.isPresent() && s.token(j).isNoun() && (j + 1 >= s.size() || !s.token(j + 1).isNoun())) {
                for (int k = earlier.size() - 1; k >= 0; k--) {
                    ActorMention prior = earlier.get(k);
                    if (prior.sentence() < s.index() - WINDOW) {
                        break;
                    }
                    if (prior.sentence() < s.index() && kind.get().test(prior.actor().code())) {
                        return Optional.of(r.mention(new Found(prior.actor().code(), prior.actor().name(),
                                ActorRule.DEFINITE_DESCRIPTION, "the " + noun, i + 1, j + 1, j)));
                    }
                }
                return Optional.empty();
            }
            if (!s.token(j).pos().startsWith("JJ") && !s.token(j).isNoun()) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }
}
