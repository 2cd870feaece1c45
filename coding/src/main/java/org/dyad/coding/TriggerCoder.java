package org.dyad.coding;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.dyad.actors.ActorMention;
import org.dyad.coding.ArgumentExtractor.Argument;
import org.dyad.coding.ArgumentExtractor.Arguments;
import org.dyad.coding.ModalityClassifier.Mood;
import org.dyad.model.Provenance;
import org.dyad.model.SentenceGraph;
import org.dyad.model.Trigger;
import org.dyad.ontology.Cameo;
import org.dyad.ontology.Plover;

/**
 * Codes one trigger by the first three steps, in order: {@link PatternSelector pattern selection},
 * {@link ArgumentExtractor argument extraction} and {@link ModalityClassifier modality}; then pairs
 * every source with every target into codings.
 *
 * <p>Pairing: each source does the forward code to each target and each target the reverse code to
 * the source, skipping pairs of one actor code, and, when the targets were found by search rather
 * than bound by a pattern, a country and its own government or people ("the US government ... the
 * US"). The members of a compound act on each other. A trigger without a target codes events of its
 * sources alone when the settings allow it for the code ({@link CoderSettings.TargetRule}) and the
 * trigger does not report a clause ("insisted his country did not want war" is a statement, not an
 * act without a target). Each coding's provenance names the selection rule ({@code +intent} when
 * modality changed the code), the strategies that found its source and target, and the dictionary
 * entry. Immutable and thread-safe.
 */
final class TriggerCoder {
    private final Cameo cameo;
    private final String version;
    private final Plover plover = Plover.standard();
    private final PatternSelector selector;
    private final ArgumentExtractor extractor;
    private final ModalityClassifier modality = new ModalityClassifier();

    TriggerCoder(VerbDictionary verbs, Cameo cameo, String version) {
        this.cameo = Objects.requireNonNull(cameo, "cameo");
        this.version = Objects.requireNonNull(version, "version");
        this.selector = new PatternSelector(verbs);
        this.extractor = new ArgumentExtractor(version);
    }

    /**
     * What one trigger gave: its codings, and who acted (the sources, or the members of a compound),
     * which clause nesting reads to name the reporter of a reported action.
     */
    record Coded(Occurrence occurrence, List<Coding> codings, List<ActorMention> sources, String why) {
        Coded {
            Objects.requireNonNull(occurrence, "occurrence");
            codings = List.copyOf(codings);
            sources = List.copyOf(sources);
            Objects.requireNonNull(why, "why");
        }

        Coded(Occurrence occurrence, List<Coding> codings, List<ActorMention> sources) {
            this(occurrence, codings, sources, codings.isEmpty() ? "no codings" : "coded");
        }
    }

    /**
     * The codings of one trigger, and in {@link Coded#why} what became of it: {@code coded}, or why it
     * coded nothing ({@code not an event: CONDITION}, {@code no code}, {@code negated}, {@code no
     * source}, {@code no target}, ...), for {@code dyad explain}.
     */
    Coded code(SentenceView v, Occurrence o, CoderSettings settings) {
        Optional<NonEventFilter.Reason> nonEvent = settings.dyad() ? NonEventFilter.reason(v, o.head())
                : Optional.empty();
        if (nonEvent.isPresent()) {
            return new Coded(o, List.of(), List.of(), "not an event: " + nonEvent.get().name().toLowerCase(Locale.ROOT));
        }
        PatternSelector.Selection selection = selector.select(v, o, settings.dyad());
        if (settings.dyad()) {
            selection = CodeContent.refine(v, o, selection);
        }
        if (selection.code().isNone()) {
            return new Coded(o, List.of(), List.of(), "no code (" + selection.entry() + ")");
        }
        Arguments arguments = extractor.extract(v, o, selection, settings);
        Mood mood = modality.classify(v, o, selection, arguments.sourceMentions(), settings);
        if (mood == Mood.NEGATED) {
            return new Coded(o, List.of(), arguments.sourceMentions(), "negated");
        }
        boolean intent = mood == Mood.INTENDED;
        CodePair code = intent ? ModalityClassifier.intended(selection.code()) : selection.code();
        String rule = intent ? selection.rule() + "+intent" : selection.rule();
        if (settings.dyad()) {
            code = Reciprocity.mutual(code);
        }
        Pairing pairing = new Pairing(v, o, code, rule, selection.entry());
        if (!arguments.compound().isEmpty()) {
            List<Argument> members = arguments.compound();
            return new Coded(o, pairing.compound(members), ArgumentExtractor.mentions(members));
        }
        if (settings.dyad()) {
            arguments = Participants.screen(v, o, code, arguments);
            arguments = Suspects.name(v, o, code, arguments, version);
        }
        List<Coding> pairs = pairing.pairs(arguments, settings);
        String why = !pairs.isEmpty() ? "coded " + code.forward().orElse("") + " by " + rule
                : arguments.sources().isEmpty() ? "no source" : arguments.targets().isEmpty() ? "no target"
                : "no pair of two actors";
        return new Coded(o, pairs, arguments.sourceMentions(), why);
    }

    /** The codings of one trigger's actors. */
    private final class Pairing {
        private final SentenceView v;
        private final Occurrence o;
        private final CodePair code;
        private final String rule;
        private final String entry;
        private final Trigger trigger;

        Pairing(SentenceView v, Occurrence o, CodePair code, String rule, String entry) {
            this.v = v;
            this.o = o;
            this.code = code;
            this.rule = rule;
            this.entry = entry;
            this.trigger = Trigger.of(v.sentence, o.head());
        }

        /** The members of a compound, each acting on each other member. */
        List<Coding> compound(List<Argument> members) {
            List<Coding> out = new ArrayList<>();
            for (Argument a : members) {
                for (Argument b : members) {
                    if (a.mention() != b.mention() && !code(a).equals(code(b))) {
                        code.forward().ifPresent(c -> out.add(coding(a, Optional.of(b), c)));
                    }
                }
            }
            return out;
        }

        /** Every source with every target, or the sources alone when the trigger may lack a target. */
        List<Coding> pairs(Arguments arguments, CoderSettings settings) {
            List<Coding> out = new ArrayList<>();
            Optional<String> forward = code.forward();
            if (arguments.sources().isEmpty()) {
                return out;
            }
            if (arguments.targets().isEmpty()) {
                boolean verb = o.trigger().kind() == TriggerPhrase.Kind.VERB;
                if (forward.isPresent() && targetOptional(settings, forward.get(), verb) && !reports()) {
                    for (Argument a : arguments.sources()) {
                        out.add(coding(a, Optional.empty(), forward.get()));
                    }
                }
                return out;
            }
            for (Argument a : arguments.sources()) {
                for (Argument b : arguments.targets()) {
                    if (code(a).equals(code(b)) || !arguments.boundTarget() && oneself(a.mention(), b.mention())) {
                        continue;
                    }
                    forward.ifPresent(c -> out.add(coding(a, Optional.of(b), leaving(c, b))));
                    code.reverse().ifPresent(c -> out.add(coding(b, Optional.of(a), c)));
                }
            }
            return out;
        }

        /**
         * True when the trigger reports a clause ("insisted his country did not want war"): a
         * statement, not an action of its own without a target.
         */
        private boolean reports() {
            SentenceGraph g = v.graph;
            int head = o.head();
            return g.children(head).stream().anyMatch(c -> g.baseRelation(c).equals("ccomp")
                    || (g.baseRelation(c).equals("dep") || g.baseRelation(c).equals("parataxis"))
                    && v.token(c).isVerb() && c > head);
        }

        private Coding coding(Argument source, Optional<Argument> target, String c) {
            String how = rule + " source=" + source.strategy().id()
                    + target.map(t -> " target=" + t.strategy().id()).orElse("");
            return new Coding(v.sentence.index(), trigger, source.mention().actor(),
                    target.map(t -> t.mention().actor()), c, Optional.empty(), new Provenance(how, entry, version));
        }
    }

    /**
     * A retreat (0874) from an international organisation is leaving it: "Burkina Faso, Mali and Niger
     * withdrew from ECOWAS" reduces relations (161), as CAMEO.2.0 codes withdrawing from a coalition
     * or a treaty, and is no military retreat.
     */
    static String leaving(String code, Argument target) {
        return code.equals("0874") && code(target).startsWith("IGO") ? "161" : code;
    }

    private static String code(Argument a) {
        return a.mention().actor().code();
    }

    /**
     * True when one actor is the bare country (or organisation) the other belongs to: "the US
     * government ... on the U.S." or "Chinese researchers revealed the Chinese army" is a country
     * talking about itself, which a target found by search mistakes for an event between two parties.
     */
    private static boolean oneself(ActorMention a, ActorMention b) {
        String x = a.actor().code();
        String y = b.actor().code();
        return x.length() == 3 && y.startsWith(x) || y.length() == 3 && x.startsWith(y);
    }

    /**
     * Under Dyad's conventions, the PLOVER types an event noun may stand for without a target: a
     * mobilisation ("the build-up of Russian troops") and a demand ("Russia's security demands") are
     * whole without one; an attack, a protest or a sanction told without its target is not.
     */
    private static final Set<String> ALONE = Set.of("MOBILIZE", "REQUEST");

    private boolean targetOptional(CoderSettings settings, String code, boolean verb) {
        return switch (settings.targets()) {
            case REQUIRED -> false;
            case OPTIONAL -> true;
            case BY_TRIGGER -> !verb && cameo.nearest(code).isPresent() && !plover.requiresTarget(code)
                    && (!settings.dyad() || ALONE.contains(plover.map(code).map(p -> p.type()).orElse("")));
        };
    }
}
