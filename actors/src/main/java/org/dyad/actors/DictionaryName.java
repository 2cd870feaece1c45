package org.dyad.actors;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@link ActorRule#DICTIONARY_NAME}: an actor's name in the dictionaries gives the code of its entry's
 * role on the article date: "the Kremlin" is {@code RUSGOV}; "the Soviet Union" has no role after
 * 1991 and is no actor.
 *
 * <ul>
 *   <li>At the head of its noun phrase (a coded actor that no title claimed), each code of the role
 *       is the mention's: a person's stays (with {@code ELI} when "former" qualifies it); another
 *       actor's takes the phrase's agents, and a code they change is an
 *       {@link ActorRule#ADJECTIVE_AGENT} reading instead ("MSF Arnor" is {@code NGOARN}), while a
 *       place only the gazetteer knows reports {@link ActorRule#GAZETTEER_PLACE}.</li>
 *   <li>Alongside whatever rule claimed a phrase, each coded actor inside it that no rule folded
 *       into the phrase's code stands alone by its name: "Russia" in "Russia's Gazprom". An
 *       adjective before a country or place is a direction, not an actor: "western Kenya".</li>
 * </ul>
 */
final class DictionaryName implements PhraseRule {
    @Override
    public ActorRule id() {
        return ActorRule.DICTIONARY_NAME;
    }

    @Override
    public Rule.Stage stage() {
        return Rule.Stage.HEAD;
    }

    @Override
    public Optional<List<Found>> code(NounPhrase p, PhraseReading r) {
        Unit root = p.root();
        if (root.kind != Unit.Kind.ACTOR || r.unknownPerson(root) || !root.coded()) {
            return Optional.empty();
        }
        List<Found> found = new ArrayList<>();
        boolean person = r.personLike(root);
        for (String code : root.codes()) {
            String c;
            ActorRule rule;
            if (person) {
                c = p.former() ? ActorCode.add(ActorCode.root(code), ActorCode.ELITE, false) : code;
                rule = ActorRule.DICTIONARY_NAME;
            } else {
                c = r.compose(root.entry, code, p.agents(), p.former());
                rule = c.equals(code) ? ActorRule.DICTIONARY_NAME : ActorRule.ADJECTIVE_AGENT;
            }
            String agents = r.agentText(p.members());
            String entry = rule == ActorRule.DICTIONARY_NAME ? root.entry.id() : root.entry.id() + "+" + agents;
            if (root.gazetteer && rule == ActorRule.DICTIONARY_NAME) {
                rule = ActorRule.GAZETTEER_PLACE;
                entry = root.entry.id() + "+" + r.text(root.begin, root.end);
            }
            found.add(r.found(p, null, c, root.entry.displayName()
                    + (rule == ActorRule.ADJECTIVE_AGENT ? " (" + agents + ")" : ""), rule, entry));
        }
        return Optional.of(found);
    }

    /**
     * Actors inside a phrase that did not combine with its head stand alone: "Russia's Gazprom",
     * "the leader of ISIS in Iraq". An adjective of place before a place is not an actor but a
     * direction: "western Ukraine", "northern Iraq".
     */
    @Override
    public List<Found> alongside(NounPhrase p, PhraseReading r) {
        Unit root = p.root();
        List<Found> found = new ArrayList<>();
        for (Unit m : p.members()) {
            boolean direction = root.kind == Unit.Kind.ACTOR && (root.entry.kind() == ActorKind.COUNTRY
                    || root.entry.kind() == ActorKind.PLACE) && r.sentence().token(m.head).pos().startsWith("JJ");
            if (m != root && m.kind == Unit.Kind.ACTOR && m.coded() && !m.used() && !direction) {
                for (String code : m.codes()) {
                    found.add(m.gazetteer
                            ? new Found(code, m.entry.displayName(), ActorRule.GAZETTEER_PLACE,
                                    m.entry.id() + "+" + r.text(m.begin, m.end), m.begin, m.end, m.head)
                            : new Found(code, m.entry.displayName(), ActorRule.DICTIONARY_NAME, m.entry.id(),
                                    m.begin, m.end, m.head));
                }
            }
        }
        return found;
    }
}
