package org.dyad.coding;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.dyad.actors.ActorMention;
import org.dyad.model.AnnotatedDocument;
import org.dyad.model.Event;
import org.dyad.model.Layer;
import org.dyad.model.StageInterrupted;
import org.dyad.model.Lexicon;
import org.dyad.model.Token;
import org.dyad.ontology.Cameo;

/**
 * Codes the events of a parsed document from its verbs and event nouns and their grammatical
 * arguments.
 *
 * <p>For each parsed sentence with actors (or quotations by actors), the {@link VerbDictionary}
 * triggers are found ({@link TriggerFinder}) and each trigger is coded by three steps
 * ({@link TriggerCoder}):
 * <ol>
 *   <li>{@link PatternSelector pattern selection}: the most specific pattern of its block that
 *       matches around it, else a refinement on its dependents, else its own code;</li>
 *   <li>{@link ArgumentExtractor argument extraction}: sources and targets, each found by a named
 *       {@link ArgumentStrategy} (bound by the pattern, subject, passive agent, noun possessor, ...,
 *       first actor of the arguments, of the phrase) that the coding's provenance records;</li>
 *   <li>{@link ModalityClassifier modality}: a negated action is dropped, an intended one becomes an
 *       "express intent" code;</li>
 * </ol>
 * and its sources and targets are paired into codings. Then {@link ClauseNesting clause nesting}
 * decides which of a sentence's coded triggers count ("said he would meet" keeps the meeting, reported
 * by the speaker; "urged X to help" keeps the urging). Last, {@link EventAssembler assembly} turns
 * the document's codings into events: codings with the same date, source, target and code become
 * one event that keeps every supporting sentence; codes outside CAMEO (legacy test dictionaries) stay
 * codings only.
 *
 * <p>Immutable and thread-safe.
 */
public final class EventCoder {
    private final VerbDictionary verbs;
    private final TriggerFinder finder;
    private final TriggerCoder triggers;
    private final ClauseNesting nesting = new ClauseNesting();
    private final EventAssembler assembler;

    public EventCoder(VerbDictionary verbs, Cameo cameo, String version) {
        this.verbs = Objects.requireNonNull(verbs, "verbs");
        Objects.requireNonNull(cameo, "cameo");
        Objects.requireNonNull(version, "version");
        this.finder = new TriggerFinder(verbs);
        this.triggers = new TriggerCoder(verbs, cameo, version);
        this.assembler = new EventAssembler(cameo);
    }

    /** The dictionary this coder uses. */
    public VerbDictionary dictionary() {
        return verbs;
    }

    /** True when a word with this lemma (or form) can trigger an event in this coder's dictionary. */
    public boolean triggers(String lemma) {
        return verbs.mayTrigger(lemma);
    }

    /**
     * True when a noun with this lemma (or form) can code an event with one actor only, no target
     * ("Russia's security demands"): it heads an event-noun trigger. A selector of sentences worth
     * parsing must then not ask for two actors.
     */
    public boolean codesAlone(String lemma) {
        return verbs.entries(lemma, lemma).stream().anyMatch(e -> e.trigger().kind() == TriggerPhrase.Kind.NOUN);
    }

    /**
     * True for a plural pronoun the coder resolves to the actors coordinated just before it ("the US
     * and Nato ... both have stated they are willing"), which a selector must count as an actor.
     */
    public static boolean pluralPronoun(Token t) {
        String w = t.word().toLowerCase(Locale.ROOT);
        return Lexicon.PLURAL_PRONOUNS.contains(w) && t.pos().equals("PRP")
                || w.equals("both") && (t.pos().equals("CC") || t.pos().equals("DT"));
    }

    /** The events of a document whose actors have been resolved, with the default settings. */
    public List<Event> code(AnnotatedDocument doc, List<ActorMention> actors) {
        return events(doc, codings(doc, actors, CoderSettings.defaults(), Set.of()));
    }

    /**
     * The codings of a document, sentence by sentence.
     *
     * @param skipped indexes of sentences not to code (discarded ones)
     */
    public List<Coding> codings(AnnotatedDocument doc, List<ActorMention> actors, CoderSettings settings,
            Set<Integer> skipped) {
        return codings(doc, actors, StoryCountry.of(actors), settings, skipped);
    }

    /**
     * The codings of a document, sentence by sentence, given the country the story is about (an
     * implicit actor, such as the police of a passive arrest, is of it; see the actor resolver's
     * {@code Resolution}).
     *
     * @param skipped indexes of sentences not to code (discarded ones)
     */
    public List<Coding> codings(AnnotatedDocument doc, List<ActorMention> actors, Optional<String> storyCountry,
            CoderSettings settings, Set<Integer> skipped) {
        doc.require(Layer.TOKENS, Layer.POS, Layer.LEMMAS, Layer.DEPENDENCIES);
        List<Coding> out = new ArrayList<>();
        for (SentenceView v : SentenceView.of(doc, actors, storyCountry)) {
            if (Thread.currentThread().isInterrupted()) {
                // the article's time budget ran out: say where, rather than go on
                throw new StageInterrupted(v.sentence.index(), v.sentence.begin(), v.sentence.end());
            }
            // a sentence without actors codes nothing, unless unknown noun phrases may become actors
            if (!skipped.contains(v.sentence.index())
                    && (!v.mentions.isEmpty() || !v.quoted.isEmpty() || settings.newActorLength() > 0)) {
                List<TriggerCoder.Coded> coded = new ArrayList<>();
                for (Occurrence o : finder.find(v)) {
                    coded.add(triggers.code(v, o, settings));
                }
                out.addAll(nesting.apply(v, coded));
            }
        }
        return out;
    }

    /**
     * What became of each trigger of a document: its code and how it was chosen, the actors found,
     * and whether it was coded or why not. For {@code dyad explain}, which tells a user why a sentence
     * gave the events it gave.
     */
    public List<TriggerReport> explain(AnnotatedDocument doc, List<ActorMention> actors,
            Optional<String> storyCountry, CoderSettings settings) {
        doc.require(Layer.TOKENS, Layer.POS, Layer.LEMMAS, Layer.DEPENDENCIES);
        List<TriggerReport> out = new ArrayList<>();
        for (SentenceView v : SentenceView.of(doc, actors, storyCountry)) {
            List<TriggerCoder.Coded> coded = new ArrayList<>();
            for (Occurrence o : finder.find(v)) {
                coded.add(triggers.code(v, o, settings));
            }
            Set<String> kept = new java.util.HashSet<>();
            for (Coding c : nesting.apply(v, coded)) {
                kept.add(c.trigger().token() + " " + c.code() + " " + c.source().code() + " " + c.targetCode());
            }
            for (TriggerCoder.Coded c : coded) {
                Occurrence o = c.occurrence();
                List<String> codings = c.codings().stream().map(x -> x.source().code() + " -> "
                        + (x.target().isPresent() ? x.targetCode() : "-") + " " + x.code()).toList();
                boolean survived = c.codings().stream().anyMatch(x -> kept.contains(x.trigger().token() + " " + x.code()
                        + " " + x.source().code() + " " + x.targetCode()));
                String why = c.codings().isEmpty() || survived ? c.why()
                        : c.why() + ", then dropped: the clause around it carries the event";
                out.add(new TriggerReport(v.sentence.index(), o.head(), v.token(o.head()).word(), o.block().id(),
                        codings, why));
            }
        }
        return out;
    }

    /**
     * What became of one trigger: sentence and token, its word and dictionary block, the codings it
     * gave before clause nesting ("SOURCE -> TARGET CODE") and what became of it.
     */
    public record TriggerReport(int sentence, int token, String word, String block, List<String> codings,
            String outcome) {
        public TriggerReport {
            codings = List.copyOf(codings);
        }
    }

    /**
     * The events of a document's codings: one per (date, source, target, code), keeping every
     * supporting sentence. Codings whose code CAMEO does not know give no event (see
     * {@link EventAssembler}).
     */
    public List<Event> events(AnnotatedDocument doc, List<Coding> codings) {
        return assembler.events(doc, codings);
    }

    /** The date of each coding's event, by its trigger; empty for a coding that gives no event. */
    public List<Optional<org.dyad.model.EventDate>> dates(AnnotatedDocument doc, List<Coding> codings) {
        return assembler.dates(doc, codings);
    }

    /** {@link #events(AnnotatedDocument, List)}, the codings dated by {@code dates} ({@link #dates}). */
    public List<Event> events(AnnotatedDocument doc, List<Coding> codings,
            List<Optional<org.dyad.model.EventDate>> dates) {
        return assembler.events(doc, codings, dates);
    }
}
