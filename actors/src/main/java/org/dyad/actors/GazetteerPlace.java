package org.dyad.actors;

import org.dyad.model.EntityMention;
import org.dyad.model.Lexicon;
import org.dyad.model.Sentence;

/**
 * {@link ActorRule#GAZETTEER_PLACE}: a place the dictionaries lack that the gazetteer puts in a
 * country stands for that country, as a capital stands for its government. With a gazetteer that
 * puts Dadaab in Kenya, "Gunmen attacked Dadaab" gives Dadaab the code {@code KEN} by this rule, and
 * "Residents of Dadaab" are {@code KENCVL} by {@link AdjectiveAgent}. A named-entity LOCATION on
 * free tokens that a place of the {@link DiscourseContext#places()} overlaps becomes a unit of the
 * dictionary's country of that name; such a unit reports this rule where a dictionary name would
 * report {@link ActorRule#DICTIONARY_NAME} ({@link DictionaryName}).
 *
 * <p>A name of compass words alone ("North West") is none: it names a region of the story's country,
 * whichever state's region of that name the gazetteer picked ({@link Lexicon#COMPASS_WORDS}).
 *
 * <p>Off under PETRARCH's conventions, whose dictionaries code only the places they list.
 */
final class GazetteerPlace implements UnitRule {
    @Override
    public ActorRule id() {
        return ActorRule.GAZETTEER_PLACE;
    }

    @Override
    public boolean enabled(ActorResolver.Settings settings) {
        return !settings.bareAgents();
    }

    @Override
    public void findUnits(PhraseReading r) {
        Sentence s = r.sentence();
        for (EntityMention e : r.context().lookups().entities(s)) {
            if (!e.type().equals("LOCATION") || !r.free(e.tokenBegin(), e.tokenEnd()) || compass(s, e)) {
                continue;
            }
            for (PlaceCountries.Placed p : r.context().places()) {
                if (p.sentence() == s.index() && p.begin() < e.end() && e.begin() < p.end()) {
                    r.index().countryNamed(p.country(), r.date()).ifPresent(c -> r.add(Unit.Kind.ACTOR,
                            e.tokenBegin(), e.tokenEnd(), c, c.roleOn(r.date()), null, true));
                    break;
                }
            }
        }
    }

    /** "North West", "the Southeast": a region of the story's country, whatever the gazetteer says. */
    private static boolean compass(Sentence s, EntityMention e) {
        for (int t = e.tokenBegin(); t < e.tokenEnd(); t++) {
            String w = s.token(t).word().toLowerCase(java.util.Locale.ROOT);
            if (!w.equals("the") && !Lexicon.COMPASS_WORDS.contains(w)) {
                return false;
            }
        }
        return true;
    }
}
