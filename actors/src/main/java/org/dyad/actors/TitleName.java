package org.dyad.actors;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@link ActorRule#TITLE_NAME}: a person named after a title with a country takes the title's
 * country and sector. "German intelligence chief Bruno Kahl" is {@code DEUSPY}; with a dictionary
 * whose "foreign minister" is {@code GOVFRM}, "Russian Foreign Minister Sergey Lavrov" is
 * {@code RUSGOVFRM}, while "Russian official Sergey Lavrov" keeps his own {@code RUSGOV}.
 *
 * <ul>
 *   <li>A person the dictionary does not know on the date, with actors modifying the name, takes each
 *       actor's code with the title's agents ("former" makes them {@code ELI}) and is discovered; with
 *       no agent, a country or place makes the person one of its civilians ({@code CVL}): "Vishwanand
 *       Subryan, 23, of Schenectady" is {@code USACVL}.</li>
 *   <li>A dictionary actor that names a person, or any dictionary actor with agents, modified by
 *       actors ("Arnor's Elrond") takes the title's code too, except that a person the dictionary
 *       knows in a single role of the title's country keeps that role when it is at least as
 *       specific (its entry then is the person's alone, so {@link ActorResolver#on} can date it).</li>
 * </ul>
 * The modifying actors are folded into the person's code. The rule claims every such phrase, even
 * when a modifying actor has no role on the date and so gives no code.
 */
final class TitleName implements PhraseRule {
    @Override
    public ActorRule id() {
        return ActorRule.TITLE_NAME;
    }

    @Override
    public Rule.Stage stage() {
        return Rule.Stage.HEAD;
    }

    @Override
    public Optional<List<Found>> code(NounPhrase p, PhraseReading r) {
        Unit root = p.root();
        if (p.actors().isEmpty()) {
            return Optional.empty();
        }
        if (r.unknownPerson(root)) {
            return Optional.of(unknownPerson(p, r));
        }
        if (root.kind == Unit.Kind.ACTOR && (r.personLike(root) || !p.agents().isEmpty())) {
            return Optional.of(knownActor(p, r));
        }
        return Optional.empty();
    }

    private static List<Found> unknownPerson(NounPhrase p, PhraseReading r) {
        Unit root = p.root();
        List<Found> found = new ArrayList<>();
        String name = r.text(root.begin, root.end);
        for (Unit a : p.actors()) {
            a.markUsed();
            for (String code : a.codes()) {
                String c = r.compose(a.entry, code, p.agents(), p.former());
                if (p.agents().isEmpty() && !p.former() && place(a)) {
                    // "Vishwanand Subryan, 23, of Schenectady": a person placed only by a country or
                    // town is one of its private persons, as CAMEO codes individuals
                    c = ActorCode.add(c, CIVILIAN, false);
                }
                Found f = r.found(p, a, c, name, ActorRule.TITLE_NAME, a.entry.id() + "+" + r.describe(a, p.members()));
                found.add(f);
                r.discover(root, name, f);
            }
        }
        return found;
    }

    private static final String CIVILIAN = "CVL";

    /** True for a country or place, as opposed to an organisation or a group. */
    private static boolean place(Unit a) {
        return a.entry.kind() == ActorKind.COUNTRY || a.entry.kind() == ActorKind.PLACE;
    }

    /** "Russian Foreign Minister Sergey Lavrov", "Arnor's Elrond": the title's country speaks. */
    private static List<Found> knownActor(NounPhrase p, PhraseReading r) {
        Unit root = p.root();
        List<Found> found = new ArrayList<>();
        Optional<String> own = root.role.map(Role::code);
        for (Unit a : p.actors()) {
            for (String code : a.codes()) {
                String titleCode = r.compose(a.entry, code, p.agents(), p.former());
                // a known person of the title's country keeps a dictionary role at least as specific
                boolean agrees = own.isPresent() && ActorCode.split(own.get()).size() == 1
                        && ActorCode.root(own.get()).equals(ActorCode.root(code)) && !p.former()
                        && own.get().length() >= titleCode.length();
                String chosen = agrees ? own.get() : titleCode;
                found.add(r.found(p, a, chosen, displayName(root, r), ActorRule.TITLE_NAME,
                        agrees ? root.entry.id() : root.entry.id() + "+" + r.describe(a, p.members())));
            }
        }
        for (Unit a : p.actors()) {
            a.markUsed();
        }
        return found;
    }

    private static String displayName(Unit u, PhraseReading r) {
        return u.kind == Unit.Kind.ACTOR && u.entry.kind() == ActorKind.PERSON ? u.entry.displayName()
                : r.text(u.begin, u.end);
    }
}
