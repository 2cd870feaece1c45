package org.dyad.coding;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.dyad.actors.ActorMention;
import org.dyad.coding.ArgumentExtractor.Argument;
import org.dyad.coding.ArgumentExtractor.Arguments;
import org.dyad.model.ActorRef;
import org.dyad.model.Provenance;
import org.dyad.model.Token;

/**
 * The step after argument extraction, under Dyad's conventions, for arrests, detentions and charges
 * (CAMEO 173): the person they befall is a suspect, of the story's country ({@code CRM}), as coders
 * of CAMEO code the one arrested.
 * <ul>
 *   <li>A named person the dictionaries do not know who undergoes the act (the subject of "was
 *       arrested", the object of "arrested") becomes the target: "Vishwanand Subryan was arrested" in
 *       a story from New York is {@code USACRM}.</li>
 *   <li>A named person or a single one the resolver took for a civilian of the story's country
 *       ({@code CVL}, from a place of residence: "Chiquita Raquel Henry, 19, of Alexandria"; from
 *       a common noun: "an allegedly intoxicated driver") is that country's suspect instead.</li>
 * </ul>
 * Other targets ("police arrested protesters", "arrested two officials") keep their codes. Reads the parse, the story's
 * country and the arguments; writes the targets. Stateless.
 */
final class Suspects {
    /** CAMEO's arrest, detention or charge with legal action. */
    private static final String LEGAL_ACTION = "173";

    private Suspects() {
    }

    /** The arguments with the suspect of an arrest or charge as target, when the code is one. */
    static Arguments name(SentenceView v, Occurrence o, CodePair code, Arguments arguments, String version) {
        if (!code.forward().filter(LEGAL_ACTION::equals).isPresent() || v.storyCountry.isEmpty()
                || !arguments.compound().isEmpty() || o.trigger().kind() != TriggerPhrase.Kind.VERB) {
            return arguments;
        }
        String country = v.storyCountry.get();
        List<Argument> targets = new ArrayList<>();
        for (Argument t : arguments.targets()) {
            ActorMention m = t.mention();
            String civilian = country + "CVL";
            targets.add(m.actor().code().equals(civilian) && (person(v, m.head()) || one(v, m.head()))
                    ? new Argument(recoded(m, country + "CRM"), t.strategy()) : t);
        }
        if (targets.isEmpty()) {
            undergoer(v, o.head()).flatMap(p -> suspect(v, p, country, version)).ifPresent(targets::add);
        }
        return new Arguments(arguments.sources(), targets, arguments.compound(), arguments.boundTarget());
    }

    /** Who undergoes the verb: its passive subject, else its object. */
    private static Optional<Integer> undergoer(SentenceView v, int verb) {
        List<Integer> passive = Roles.passiveSubjects(v.graph, verb);
        if (!passive.isEmpty()) {
            return Optional.of(passive.get(0));
        }
        return v.graph.children(verb, "obj").stream().findFirst();
    }

    /** A suspect made of the person's name around token {@code head}, when it is a named person. */
    private static Optional<Argument> suspect(SentenceView v, int head, String country, String version) {
        if (!person(v, head) || v.mentions.stream().anyMatch(m -> m.tokenBegin() <= head && head < m.tokenEnd())) {
            return Optional.empty();
        }
        int b = head;
        while (b > 0 && person(v, b - 1)) {
            b--;
        }
        int e = head + 1;
        while (e < v.sentence.tokens().size() && person(v, e)) {
            e++;
        }
        StringBuilder name = new StringBuilder();
        for (int t = b; t < e; t++) {
            name.append(t > b && v.token(t).begin() > v.token(t - 1).end() ? " " : "").append(v.token(t).word());
        }
        Token first = v.token(b);
        Token last = v.token(e - 1);
        ActorRef a = new ActorRef(country + "CRM", name.toString(), name.toString(), first.begin(), last.end(),
                Provenance.rule(ArgumentStrategy.SUSPECT.id(), version));
        return Optional.of(new Argument(new ActorMention(v.sentence.index(), b, e, head, a), ArgumentStrategy.SUSPECT));
    }

    /** A single person named by a common noun: "an allegedly intoxicated driver", "the woman". */
    private static boolean one(SentenceView v, int t) {
        return v.token(t).pos().equals("NN");
    }

    private static boolean person(SentenceView v, int t) {
        return v.token(t).ner().equals("PERSON") && !v.token(t).word().toLowerCase(Locale.ROOT).equals("police");
    }

    private static ActorMention recoded(ActorMention m, String code) {
        ActorRef a = m.actor();
        return new ActorMention(m.sentence(), m.tokenBegin(), m.tokenEnd(), m.head(),
                new ActorRef(code, a.name(), a.text(), a.begin(), a.end(), a.provenance()));
    }
}
