package org.dyad.coding;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.dyad.actors.ActorMention;
import org.dyad.model.ActorRef;
import org.dyad.model.AnnotatedDocument;
import org.dyad.model.Event;
import org.dyad.model.Layer;
import org.dyad.model.Lexicon;
import org.dyad.ontology.Cameo;

/**
 * Codes the events of a parsed document from its verbs and event nouns and their grammatical
 * arguments.
 *
 * <p>For each sentence: the {@link VerbDictionary} triggers are found; each is coded by the most
 * specific pattern of its block that matches around it (see {@link PatternMatcher}), else by a
 * refinement on its dependents, else by its own code. The source is the actor a pattern binds with
 * {@code $}, else the subject (the agent of a passive; the possessor of an event noun); the target
 * is the actor bound with {@code +}, else the subject of a passive, else the first actor in the
 * trigger's phrase after it. Coordinated actors give one event each. {@link Modality} drops negated
 * actions and turns intended ones into "express intent" codes. When a trigger sits in the clausal
 * complement of another coded trigger, the reported or intended action is kept and the reporting
 * verb dropped ("said he would meet"); under any other verb the outer action is kept ("urged X to
 * help") as in PETRARCH.
 *
 * <p>Codings with the same date, source, target and code in one article become one event that keeps
 * every supporting sentence. Codes outside CAMEO (legacy test dictionaries) stay codings only.
 * Immutable and thread-safe.
 */
public final class EventCoder {
    private final VerbDictionary verbs;
    private final TriggerFinder finder;
    private final TriggerCoder triggers;
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
    public static boolean pluralPronoun(org.dyad.model.Token t) {
        String w = t.word().toLowerCase(java.util.Locale.ROOT);
        return Lexicon.PLURAL_PRONOUNS.contains(w) && t.pos().equals("PRP")
                || w.equals("both") && (t.pos().equals("CC") || t.pos().equals("DT"));
    }

    /** The events of a document whose actors have been resolved, with the default settings. */
    public List<Event> code(AnnotatedDocument doc, List<ActorMention> actors) {
        return events(doc, codings(doc, actors, CoderSettings.defaults(), java.util.Set.of()));
    }

    /**
     * The codings of a document, sentence by sentence.
     *
     * @param skipped indexes of sentences not to code (discarded ones)
     */
    public List<Coding> codings(AnnotatedDocument doc, List<ActorMention> actors, CoderSettings settings,
            java.util.Set<Integer> skipped) {
        doc.require(Layer.TOKENS, Layer.POS, Layer.LEMMAS, Layer.DEPENDENCIES);
        List<Coding> out = new ArrayList<>();
        for (SentenceView v : SentenceView.of(doc, actors)) {
            // a sentence without actors codes nothing, unless unknown noun phrases may become actors
            if (!skipped.contains(v.sentence.index())
                    && (!v.mentions.isEmpty() || !v.quoted.isEmpty() || settings.newActorLength() > 0)) {
                out.addAll(codeSentence(v, settings));
            }
        }
        return out;
    }

    private List<Coding> codeSentence(SentenceView v, CoderSettings settings) {
        List<TriggerCoder.Coded> coded = new ArrayList<>();
        for (Occurrence o : finder.find(v)) {
            coded.add(triggers.code(v, o, settings));
        }
        // nesting: a trigger inside the clausal complement of another coded trigger
        boolean[] dropped = new boolean[coded.size()];
        Map<Integer, ActorRef> reporter = new LinkedHashMap<>();
        for (int i = 0; i < coded.size(); i++) {
            TriggerCoder.Coded outer = coded.get(i);
            if (!outer.codings().isEmpty()) {
                // an action told as the background of a coded one is not coded again as news
                BitSet background = backgroundClauses(v, outer.occurrence().head());
                for (int j = 0; j < coded.size(); j++) {
                    if (j != i && background.get(coded.get(j).occurrence().head())
                            && coded.get(j).occurrence().trigger().kind() == TriggerPhrase.Kind.VERB) {
                        dropped[j] = true;
                    }
                }
            }
            BitSet region = complement(v, outer.occurrence().head());
            if (region.isEmpty()) {
                continue;
            }
            String lemma = v.lemma(outer.occurrence().head());
            boolean frame = Modality.reporting(lemma) || Modality.intending(lemma);
            for (int j = 0; j < coded.size(); j++) {
                TriggerCoder.Coded inner = coded.get(j);
                if (j == i || !region.get(inner.occurrence().head()) || inner.codings().isEmpty()) {
                    continue;
                }
                if (frame) {
                    // a phone call in which something was said is an event of its own (041)
                    if (outer.codings().stream().noneMatch(c -> c.code().startsWith("04"))) {
                        dropped[i] = true;
                    }
                    if (Modality.reporting(lemma) && !outer.sources().isEmpty()) {
                        reporter.putIfAbsent(j, outer.sources().get(0).actor());
                    }
                } else if (!outer.codings().isEmpty()
                        && inner.occurrence().trigger().kind() == TriggerPhrase.Kind.VERB) {
                    dropped[j] = true;
                }
            }
        }
        // "imposed sanctions on Moscow": an event noun that is the object of a coded verb is that verb's event
        for (int j = 0; j < coded.size(); j++) {
            int noun = coded.get(j).occurrence().head();
            String r = v.graph.baseRelation(noun);
            if (coded.get(j).occurrence().trigger().kind() != TriggerPhrase.Kind.NOUN
                    || !(r.equals("obj") || r.equals("nsubj:pass"))) {
                continue;
            }
            for (int i = 0; i < coded.size(); i++) {
                TriggerCoder.Coded verb = coded.get(i);
                if (!dropped[i] && verb.occurrence().head() == v.graph.head(noun) && !verb.codings().isEmpty()
                        && verb.occurrence().trigger().kind() == TriggerPhrase.Kind.VERB) {
                    dropped[j] = true;
                }
            }
        }
        List<Coding> out = new ArrayList<>();
        for (int i = 0; i < coded.size(); i++) {
            if (dropped[i]) {
                continue;
            }
            ActorRef by = reporter.get(i);
            if (by == null) {
                // said inside a quotation: its speaker reports it
                by = v.speakerAt(coded.get(i).occurrence().head()).map(ActorMention::actor).orElse(null);
            }
            for (Coding c : coded.get(i).codings()) {
                out.add(by == null ? c : new Coding(c.sentence(), c.trigger(), c.source(), c.target(), c.code(),
                        Optional.of(by), c.provenance()));
            }
        }
        return out;
    }

    /**
     * The tokens of a trigger's clausal complements ("said [he would meet]", "urged X [to help]"), and
     * for a verb of reporting the clause it introduces without "that" ("announced [he would hold ...]").
     */
    private static BitSet complement(SentenceView v, int head) {
        BitSet out = new BitSet(v.size());
        boolean reporting = Modality.reporting(v.lemma(head));
        for (int c : v.graph.children(head)) {
            String r = v.graph.baseRelation(c);
            if (r.equals("ccomp") || r.equals("xcomp") || reporting && r.equals("parataxis") && c > head) {
                for (int t : v.graph.subtree(c)) {
                    out.set(t);
                }
            }
        }
        return out;
    }

    /** The tokens of a trigger's temporal adverbial clauses ("[five years after crowds burned its embassy]"). */
    private static BitSet backgroundClauses(SentenceView v, int head) {
        BitSet out = new BitSet(v.size());
        for (int c : v.graph.children(head)) {
            if (!v.graph.baseRelation(c).equals("advcl")) {
                continue;
            }
            for (int m : v.graph.children(c, "mark")) {
                if (Lexicon.TEMPORAL_SUBORDINATORS.contains(v.word(m))) {
                    for (int t : v.graph.subtree(c)) {
                        out.set(t);
                    }
                }
            }
        }
        return out;
    }

    /**
     * The events of a document's codings: one per (date, source, target, code), keeping every
     * supporting sentence. Codings whose code CAMEO does not know give no event (see {@link EventAssembler}).
     */
    public List<Event> events(AnnotatedDocument doc, List<Coding> codings) {
        return assembler.events(doc, codings);
    }
}
