package org.dyad.coding;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.dyad.actors.ActorMention;
import org.dyad.model.Lexicon;
import org.dyad.model.SentenceGraph;

/**
 * The second step of coding a trigger: who acts (sources) and who undergoes (targets).
 *
 * <p>Reads the trigger, its {@link PatternSelector.Selection} (the actors a pattern bound), the
 * parse and the actors of the sentence, the coordinations of the sentences before (for plural
 * pronouns) and the quotations' speakers (for "we"). Writes {@link Arguments}: every actor with the
 * {@link ArgumentStrategy} that found it. Each role is filled by the first strategy that finds an
 * actor:
 * <ul>
 *   <li><b>Sources</b>: bound by the pattern ({@code $}); for a pattern that binds only a target
 *       before the verb, the subject unless it is that target, else the actor before what the
 *       pattern matched; else by the trigger's kind: for an active verb its subject (own or
 *       controlled), else the subject of the clause it hangs on, else the noun a participle
 *       modifies; for a passive verb its agent; for an event noun its possessor, else its agent,
 *       else an actor modifying it, else the subject of a light verb whose object it is. A finite
 *       verb the parser left without any subject takes the nearest subject actor before it; with
 *       {@link CoderSettings#newActorLength()} set, an unknown subject phrase becomes a new
 *       actor.</li>
 *   <li><b>Targets</b>: bound by the pattern ({@code +}, or {@code %} after the verb); else the
 *       subject of a passive; else the first actor of the trigger's {@link ArgumentRegion#arguments
 *       arguments}; else, unless the verb is one of saying, the first actor of its
 *       {@link ArgumentRegion#phrase phrase}; else, with new actors on, its first unknown object or
 *       oblique. Never a possessive pronoun, an actor with a source's code, or a source itself.</li>
 *   <li>A pattern's {@code %} before the verb binds a <b>compound</b>, whose members act on each
 *       other ("Gondor and Osgiliath have delayed").</li>
 * </ul>
 * An actor found stands with the actors coordinated with it ("Mordor, Rohan and Bree"). A plural
 * pronoun ("they", "both") stands for the last coordination of actors before it, a first-person
 * pronoun in a quotation for the quotation's speaker, a relative pronoun for its antecedent; these
 * are named by what stood for them. Immutable and thread-safe.
 */
final class ArgumentExtractor {
    private final NewActorNamer newActors;
    private final ImplicitAgents implicitAgents;

    ArgumentExtractor(String version) {
        this.newActors = new NewActorNamer(version);
        this.implicitAgents = new ImplicitAgents(version);
    }

    /** An actor of an event and the strategy that found it. */
    record Argument(ActorMention mention, ArgumentStrategy strategy) {
        Argument {
            Objects.requireNonNull(mention, "mention");
            Objects.requireNonNull(strategy, "strategy");
        }
    }

    /**
     * The actors of one trigger.
     *
     * @param sources who acts, in the order found (may repeat an actor a pattern bound twice)
     * @param targets who undergoes
     * @param compound members of a coordination that act on each other (pattern {@code %} before the verb)
     * @param boundTarget true when the pattern bound the targets
     */
    record Arguments(List<Argument> sources, List<Argument> targets, List<Argument> compound, boolean boundTarget) {
        Arguments {
            sources = List.copyOf(sources);
            targets = List.copyOf(targets);
            compound = List.copyOf(compound);
        }

        /** The source actors' mentions. */
        List<ActorMention> sourceMentions() {
            return mentions(sources);
        }
    }

    /** The sources and targets of a trigger whose code {@code selection} chose. */
    Arguments extract(SentenceView v, Occurrence o, PatternSelector.Selection selection, CoderSettings settings) {
        List<Argument> sources = new ArrayList<>();
        List<Argument> targets = new ArrayList<>();
        List<Argument> compound = new ArrayList<>();
        boolean upperTarget = false;
        boolean boundTarget = false;
        if (selection.match().isPresent()) {
            for (PatternMatcher.Bound b : selection.match().get().bounds()) {
                boolean before = !b.mentions().isEmpty() && b.mentions().get(0).tokenBegin() < o.first();
                List<Argument> bound = b.mentions().stream()
                        .map(m -> new Argument(m, ArgumentStrategy.PATTERN)).toList();
                if (b.slot() instanceof PatternElement.Source) {
                    sources.addAll(bound);
                } else if (b.slot() instanceof PatternElement.Target) {
                    targets.addAll(bound);
                    upperTarget |= before;
                    boundTarget = true;
                } else if (b.slot() instanceof PatternElement.Compound) {
                    // before the verb the members act on each other ("A and B have delayed"); after it
                    // they are the targets ("agrees with A and B")
                    if (before) {
                        compound.addAll(bound);
                    } else {
                        targets.addAll(bound);
                    }
                }
            }
        }
        boolean verb = o.trigger().kind() == TriggerPhrase.Kind.VERB;
        boolean passive = verb && Roles.passive(v.graph, o.head());
        if (!verb && compound.isEmpty() && sources.isEmpty() && targets.isEmpty() && settings.dyad()) {
            // "talks between employers and unions": the parties act on each other
            compound.addAll(between(v, o.head()));
        }
        if (compound.isEmpty()) {
            findSources(v, o, selection, settings, upperTarget, passive, sources, targets);
            if (targets.isEmpty()) {
                findTargets(v, o, selection, settings, passive, sources, targets);
            }
            if (settings.dyad()) {
                // "they" for every actor coordinated before it, and an actor inside a thing an active
                // participle modifies ("Trump's tariffs targeting Canada"), are guesses judges found
                // wrong nearly always; an actor the participle modifies itself acts ("Arnor, attacking")
                int modified = modifiedBy(v, o.head());
                sources.removeIf(a -> a.strategy() == ArgumentStrategy.PLURAL_PRONOUN
                        || a.strategy() == ArgumentStrategy.MODIFIED_NOUN && a.mention().head() != modified);
                targets.removeIf(a -> a.strategy() == ArgumentStrategy.PLURAL_PRONOUN);
            }
            if (targets.isEmpty() && settings.dyad() && distinct(sources) >= 2
                    && (mutual(selection.code()) || verb && subjectBetween(v, o.head())
                            || verb && agreeingTogether(v, o.head()))) {
                // "Trump and Zelenskyy met": the coordinated parties of a mutual act act on each other;
                // so do those who agree or cooperate together ("Yugoslavia and Slovenia agreed to a
                // ceasefire": two events, as the CAMEO manual codes them);
                // so do the parties of "talks between employers and unions broke down", whatever the act
                compound.addAll(sources);
                sources.clear();
            }
        }
        return new Arguments(sources, targets, compound, boundTarget);
    }

    private void findSources(SentenceView v, Occurrence o, PatternSelector.Selection selection,
            CoderSettings settings, boolean upperTarget, boolean passive, List<Argument> sources,
            List<Argument> targets) {
        SentenceGraph g = v.graph;
        int head = o.head();
        if (sources.isEmpty() && upperTarget) {
            // "+ was_ *": the subject, unless it is the target itself; else, as in "[source] noted
            // [target] regretted", the actor before what the pattern matched
            for (Argument m : mentionsOf(v, List.of(Roles.subject(g, head), Roles.passiveSubject(g, head)))) {
                if (targets.stream().noneMatch(t -> t.mention().actor().code().equals(m.mention().actor().code()))) {
                    sources.add(m);
                }
            }
            if (sources.isEmpty()) {
                nearestActor(v, selection.start(o), mentions(targets))
                        .ifPresent(m -> addCoordinated(v, m, ArgumentStrategy.ACTOR_BEFORE_PATTERN, sources));
            }
        }
        if (!sources.isEmpty()) {
            return;
        }
        boolean verb = o.trigger().kind() == TriggerPhrase.Kind.VERB;
        Roles.Role role = !verb ? Roles.nounActor(g, head) : passive ? Roles.agent(g, head) : Roles.subject(g, head);
        sources.addAll(mentionsOf(v, List.of(role), verb));
        if (sources.isEmpty() && role.strategy() == ArgumentStrategy.NOUN_MODIFIER) {
            // "continue trade talks with the United States": a modifier that names no actor leaves the
            // noun to the subject of its light verb
            sources.addAll(mentionsOf(v, List.of(Roles.lightVerbSubject(g, head)), false));
        }
        if (sources.isEmpty() && verb && !passive && role.tokens().isEmpty() && finite(v, head)) {
            // the parser left a finite verb without a subject: take the nearest subject actor before it
            nearestSubject(v, o.first())
                    .ifPresent(m -> addCoordinated(v, m, ArgumentStrategy.NEAREST_SUBJECT, sources));
        }
        if (sources.isEmpty() && verb && passive && role.tokens().isEmpty() && settings.dyad()) {
            implicitAgents.of(v, head, selection.code()).ifPresent(m -> sources.add(new Argument(m,
                    ArgumentStrategy.IMPLICIT_AGENT)));
        }
        if (sources.isEmpty() && settings.newActorLength() > 0 && !role.tokens().isEmpty()) {
            newActors.name(v, role.tokens().get(0), settings.newActorLength())
                    .ifPresent(m -> sources.add(new Argument(m, ArgumentStrategy.NEW_ACTOR)));
        }
    }

    private void findTargets(SentenceView v, Occurrence o, PatternSelector.Selection selection,
            CoderSettings settings, boolean passive, List<Argument> sources, List<Argument> targets) {
        SentenceGraph g = v.graph;
        int head = o.head();
        if (passive) {
            targets.addAll(mentionsOf(v, List.of(Roles.passiveSubject(g, head))));
        }
        boolean noun = o.trigger().kind() == TriggerPhrase.Kind.NOUN;
        if (noun && targets.isEmpty() && settings.dyad()) {
            targets.addAll(undergoers(v, head));
        }
        if (targets.isEmpty()) {
            List<ActorMention> by = mentions(sources);
            boolean force = selection.code().forward().filter(c -> c.compareTo("17") >= 0 && c.compareTo("21") < 0)
                    .isPresent();
            PlaceRoles.Screen screen = PlaceRoles.screen(settings, selection.code().forward());
            BitSet region = ArgumentRegion.arguments(v, o, by, force, screen);
            Optional<ActorMention> first = firstActor(v, region, by);
            ArgumentStrategy found = ArgumentStrategy.ARGUMENT;
            if (first.isEmpty() && !Lexicon.MESSAGE_VERBS.contains(v.lemma(head)) && !settings.dyad()) {
                // the parse may have misplaced the arguments: the trigger's whole phrase after it (under
                // PETRARCH's conventions only: on real news an actor found so is seldom a party, judges find)
                first = firstActor(v, ArgumentRegion.phrase(v, o, by, screen), by);
                found = ArgumentStrategy.PHRASE;
            }
            ArgumentStrategy strategy = found;
            first.ifPresent(m -> addCoordinated(v, m, strategy, targets));
            if (first.isEmpty() && settings.newActorLength() > 0) {
                // the first object or oblique of the trigger that is not a time ("on Wednesday")
                for (int t = region.nextSetBit(0); t >= 0 && targets.isEmpty(); t = region.nextSetBit(t + 1)) {
                    String r = g.baseRelation(t);
                    boolean argument = g.head(t) == head && (r.equals("obj") || r.equals("iobj") || r.equals("obl"));
                    boolean time = g.relation(t).equals("obl:tmod") || !v.token(t).ner().equals("O")
                            && List.of("DATE", "TIME", "DURATION", "SET").contains(v.token(t).ner());
                    if (argument && !time) {
                        newActors.name(v, t, settings.newActorLength())
                                .ifPresent(m -> targets.add(new Argument(m, ArgumentStrategy.NEW_ACTOR)));
                    }
                }
            }
        }
        targets.removeIf(t -> sources.stream().anyMatch(s -> s.mention().equals(t.mention())));
    }

    /**
     * The noun a participle modifies, reached through the clauses that share the participle's subject:
     * "western powers upping their readiness while threatening Moscow" (threatening shares upping's
     * subject, the powers).
     */
    static int modifiedBy(SentenceView v, int verb) {
        int t = verb;
        while (t >= 0 && List.of("advcl", "conj", "xcomp").contains(v.graph.baseRelation(t))) {
            t = v.graph.head(t);
        }
        return t < 0 ? -1 : v.graph.head(t);
    }

    /**
     * Whether a plural pronoun is the subject of what its antecedents are reported to say: "the US and
     * Nato have said they are willing", where "they" can only be the sayers.
     */
    static boolean reporters(SentenceView v, int pronoun, List<ActorMention> antecedents) {
        if (antecedents.isEmpty() || !v.graph.baseRelation(pronoun).equals("nsubj")) {
            return false;
        }
        int clause = v.graph.head(pronoun);
        if (clause < 0 || !v.graph.relation(clause).equals("ccomp")) {
            return false;
        }
        int reporting = v.graph.head(clause);
        for (int subject : v.graph.children(reporting, "nsubj")) {
            // the sayers named ("the US and Nato have said they"), or the same pronoun's reading
            // ("both have stated they")
            List<Integer> phrase = v.graph.subtree(subject);
            if (antecedents.stream().allMatch(a -> phrase.contains(a.head()))
                    || v.pluralAntecedent(subject).equals(antecedents)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The actors of role tokens, each with the actors coordinated with it, named by the role's
     * strategy; a pronoun that names no actor itself stands for the actors it refers to.
     */
    static List<Argument> mentionsOf(SentenceView v, List<Roles.Role> roles) {
        return mentionsOf(v, roles, false);
    }

    /**
     * {@link #mentionsOf(SentenceView, List)}; with {@code agents}, a phrase headed by a thing that
     * does harm ("a bomb blast at the academy") names no actor ({@link SentenceView#agentMentionIn}).
     */
    static List<Argument> mentionsOf(SentenceView v, List<Roles.Role> roles, boolean agents) {
        List<Argument> out = new ArrayList<>();
        for (Roles.Role role : roles) {
            for (int t : role.tokens()) {
                if (v.mentionAt(t).isEmpty()) {
                    // "they", "both": the coordinated actors just mentioned
                    List<ActorMention> antecedents = v.pluralAntecedent(t);
                    ArgumentStrategy strategy = reporters(v, t, antecedents)
                            ? ArgumentStrategy.REPORTER_PRONOUN : ArgumentStrategy.PLURAL_PRONOUN;
                    for (ActorMention x : antecedents) {
                        addNew(out, x, strategy);
                    }
                    // "we" and "I" in a quotation: its speaker
                    if (Lexicon.FIRST_PERSON_PRONOUNS.contains(v.word(t)) && v.token(t).pos().equals("PRP")) {
                        v.speakerAt(t).ifPresent(x -> addNew(out, x, ArgumentStrategy.QUOTATION_SPEAKER));
                    }
                }
                Optional<ActorMention> m = agents ? v.agentMentionIn(t) : v.firstMentionIn(t);
                // "the lions and the evil awful Gondor": an actor among the coordinated phrases
                for (int c : v.graph.children(t, "conj")) {
                    if (m.isEmpty()) {
                        m = agents ? v.agentMentionIn(c) : v.firstMentionIn(c);
                    }
                }
                if (m.isPresent()) {
                    addCoordinated(v, m.get(), role.strategy(), out);
                }
                // a relative pronoun stands for its antecedent
                for (var d : v.graph.enhancedHeads(t)) {
                    if (d.relation().equals("ref")) {
                        v.firstMentionIn(d.governor())
                                .ifPresent(x -> addNew(out, x, ArgumentStrategy.RELATIVE_PRONOUN));
                    }
                }
            }
        }
        return out;
    }

    /** Verbs whose coordinated subjects, with no other party named, do what they do with each other. */
    private static final Set<String> TOGETHER = Set.of("agree", "cooperate", "collaborate", "reconcile");

    /**
     * True for a verb of agreeing or cooperating ({@link #TOGETHER}) that agrees on or to something,
     * not that something is so: "agreed that the problems had gone on long enough" is a shared
     * opinion, not an agreement between the two.
     */
    private static boolean agreeingTogether(SentenceView v, int verb) {
        return TOGETHER.contains(v.lemma(verb)) && v.graph.children(verb, "ccomp").isEmpty();
    }

    private static boolean mutual(CodePair code) {
        return code.forward().filter(Reciprocity.MUTUAL::contains).isPresent();
    }

    private static long distinct(List<Argument> arguments) {
        return arguments.stream().map(a -> a.mention().actor().code()).distinct().count();
    }

    /** Verbs whose subject undergoes the event noun they are "under": "came under attack", "is under fire". */
    private static final Set<String> UNDERGOING = Set.of("come", "be", "remain", "fall", "stay");

    /** "Kuwaiti tankers have come under Iranian attack": the subject of the verb the noun is under. */
    private static List<Argument> undergoers(SentenceView v, int noun) {
        SentenceGraph g = v.graph;
        int head = g.head(noun);
        boolean under = g.children(noun, "case").stream().anyMatch(c -> v.word(c).equals("under"));
        if (!under || head < 0 || !UNDERGOING.contains(v.lemma(head))) {
            return List.of();
        }
        Roles.Role subject = Roles.subject(g, head);
        return mentionsOf(v, List.of(new Roles.Role(ArgumentStrategy.UNDERGOER, subject.tokens())));
    }

    /** True when the verb's subject is a noun of two parties: "talks between employers and unions broke down". */
    private static boolean subjectBetween(SentenceView v, int verb) {
        return Roles.subject(v.graph, verb).tokens().stream().anyMatch(t -> !between(v, t).isEmpty());
    }

    /** "talks between employers and unions": the coordinated actors of the noun's "between" phrase. */
    private static List<Argument> between(SentenceView v, int noun) {
        List<Argument> out = new ArrayList<>();
        for (int c : v.graph.children(noun, "nmod")) {
            if (v.graph.children(c, "case").stream().noneMatch(k -> v.word(k).equals("between"))) {
                continue;
            }
            v.firstMentionIn(c).ifPresent(m -> addCoordinated(v, m, ArgumentStrategy.BETWEEN, out));
            for (int k : v.graph.children(c, "conj")) {
                v.firstMentionIn(k).ifPresent(m -> addCoordinated(v, m, ArgumentStrategy.BETWEEN, out));
            }
        }
        return out.size() >= 2 ? out : List.of();
    }

    /** The mentions of arguments, in order. */
    static List<ActorMention> mentions(List<Argument> arguments) {
        return arguments.stream().map(Argument::mention).toList();
    }

    /** Adds a mention and those coordinated with it, each unless already there. */
    private static void addCoordinated(SentenceView v, ActorMention m, ArgumentStrategy strategy, List<Argument> out) {
        for (ActorMention c : v.coordinated(m)) {
            addNew(out, c, strategy);
        }
    }

    private static void addNew(List<Argument> out, ActorMention m, ArgumentStrategy strategy) {
        if (out.stream().noneMatch(a -> a.mention().equals(m))) {
            out.add(new Argument(m, strategy));
        }
    }

    /** The nearest actor before a token that is none of {@code others}. */
    private static Optional<ActorMention> nearestActor(SentenceView v, int before, List<ActorMention> others) {
        for (int t = before - 1; t >= 0; t--) {
            Optional<ActorMention> m = v.mentionAt(t);
            if (m.isPresent() && others.stream().noneMatch(x -> x.actor().code().equals(m.get().actor().code()))) {
                return m;
            }
        }
        return Optional.empty();
    }

    /** True for a finite verb: past or present tense, or with an auxiliary ("would act"). */
    private static boolean finite(SentenceView v, int head) {
        String pos = v.token(head).pos();
        return pos.equals("VBD") || pos.equals("VBZ") || pos.equals("VBP") || !v.graph.children(head, "aux").isEmpty();
    }

    /** The nearest actor before a token that is the subject of some verb. */
    private static Optional<ActorMention> nearestSubject(SentenceView v, int before) {
        for (int t = before - 1; t >= 0; t--) {
            Optional<ActorMention> m = v.mentionAt(t);
            if (m.isPresent() && v.graph.baseRelation(m.get().head()).equals("nsubj")) {
                return m;
            }
        }
        return Optional.empty();
    }

    /**
     * The first actor in a region that is not a source, nor another mention of a source ("Sam
     * halted his march": "his" is Sam again), nor a possessive pronoun.
     */
    private static Optional<ActorMention> firstActor(SentenceView v, BitSet region, List<ActorMention> sources) {
        for (int t = region.nextSetBit(0); t >= 0; t = region.nextSetBit(t + 1)) {
            Optional<ActorMention> m = v.mentionAt(t);
            if (m.isPresent() && sources.stream().noneMatch(s -> s.actor().code().equals(m.get().actor().code()))
                    && !possessivePronoun(v, m.get())) {
                return m;
            }
        }
        return Optional.empty();
    }

    /** "its border with Ukraine": a possessive pronoun marks whose the argument is, not who undergoes it. */
    private static boolean possessivePronoun(SentenceView v, ActorMention m) {
        return m.tokenEnd() - m.tokenBegin() == 1 && v.token(m.tokenBegin()).pos().equals("PRP$");
    }
}
