package org.dyad.coding;

import java.util.List;
import java.util.Optional;
import org.dyad.actors.ActorMention;
import org.dyad.model.SentenceGraph;

/**
 * The third step of coding a trigger: whether its action is told as done, as not done, or as
 * intended (the rules are {@link Modality}'s, after the CAMEO manual).
 *
 * <p>Reads the trigger and the parse around it, the {@link PatternSelector.Selection} (a pattern that
 * spells out a negation or a modal codes the phrase itself, and this step then stands aside) and the
 * trigger's sources (an announced future action is intent only when its own actor, or that actor's
 * country, announces it). Under Dyad's conventions ({@link CoderSettings#dyad()}) any action told as
 * future or scheduled is intended ({@link Modality#unrealised}). Writes a {@link Mood}. {@link #intended} gives the codes of an intended
 * action. Stateless.
 */
final class ModalityClassifier {
    /** How the text tells of an action. */
    enum Mood {
        /** Told as done, being done or to be done: coded as it is. */
        ASSERTED,
        /** Negated, failed, denied or refused, or (Dyad's conventions) only possible or needed: no event. */
        NEGATED,
        /** Intended, planned, promised or announced by its own actor: an "express intent" code. */
        INTENDED
    }

    /** How the text tells of the action of trigger {@code o} whose code {@code selection} chose. */
    Mood classify(SentenceView v, Occurrence o, PatternSelector.Selection selection, List<ActorMention> sources,
            CoderSettings settings) {
        SentenceGraph g = v.graph;
        int head = o.head();
        boolean verb = o.trigger().kind() == TriggerPhrase.Kind.VERB;
        if (!selection.spells(v, true) && (verb ? Modality.negated(g, head) : Modality.nounNegated(g, head))) {
            return Mood.NEGATED;
        }
        boolean intent = !selection.spells(v, false)
                && (verb ? Modality.intendedByHead(g, head) || announcedBySource(v, head, sources)
                        : Modality.nounIntended(g, head));
        if (settings.dyad() && verb && !selection.spells(v, false)) {
            // under Dyad's conventions a future or scheduled action is not done yet ("will meet", "was
            // due to hold talks"): an intent, as CAMEO codes future commitments; a possible or needed one
            // ("could attack", "must provide") is no event. PETRARCH codes both as the action.
            switch (Modality.unrealised(g, head)) {
                case FUTURE -> intent = true;
                case HYPOTHETICAL -> {
                    return Mood.NEGATED;
                }
                case NO -> { }
            }
        }
        return intent ? Mood.INTENDED : Mood.ASSERTED;
    }

    /**
     * The codes of an intended action of {@code code}: the forward code's "express intent" code
     * (040 to 036, 190 to 138), none for an action CAMEO has no intent code for (it is no event
     * yet), and no reverse code (the target intends nothing).
     */
    static CodePair intended(CodePair code) {
        Optional<String> forward = code.forward()
                .filter(c -> !Modality.intentCode(c).equals(c) || c.startsWith("03") || c.startsWith("13"))
                .map(Modality::intentCode);
        return new CodePair(forward, Optional.empty());
    }

    /** True when the trigger is a future action announced by its own source ("he said he would meet"). */
    private static boolean announcedBySource(SentenceView v, int head, List<ActorMention> sources) {
        int speaker = Modality.announcer(v.graph, head);
        if (speaker < 0) {
            return false;
        }
        // the speaker announces its own action, or its country's ("Putin told Macron Russia would study")
        for (ActorMention s : ArgumentExtractor.mentions(
                ArgumentExtractor.mentionsOf(v, List.of(Roles.subject(v.graph, speaker))))) {
            for (ActorMention a : sources) {
                if (s.actor().root().equals(a.actor().root())) {
                    return true;
                }
            }
        }
        return false;
    }
}
