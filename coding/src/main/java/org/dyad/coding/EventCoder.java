package org.dyad.coding;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.dyad.actors.ActorMention;
import org.dyad.model.ActorRef;
import org.dyad.model.AnnotatedDocument;
import org.dyad.model.Event;
import org.dyad.model.EventDate;
import org.dyad.model.EventType;
import org.dyad.model.Evidence;
import org.dyad.model.Layer;
import org.dyad.model.Provenance;
import org.dyad.model.Quote;
import org.dyad.model.Sentence;
import org.dyad.model.SentenceGraph;
import org.dyad.model.StageInterrupted;
import org.dyad.model.Trigger;
import org.dyad.ontology.Cameo;
import org.dyad.ontology.Plover;

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
    private final Cameo cameo;
    private final String version;
    private final TriggerFinder finder;
    private final PatternMatcher matcher;
    private final Plover plover = Plover.standard();
    private final EventDater dater = new EventDater();

    public EventCoder(VerbDictionary verbs, Cameo cameo, String version) {
        this.verbs = Objects.requireNonNull(verbs, "verbs");
        this.cameo = Objects.requireNonNull(cameo, "cameo");
        this.version = Objects.requireNonNull(version, "version");
        this.finder = new TriggerFinder(verbs);
        this.matcher = new PatternMatcher(verbs);
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
        return (w.equals("they") || w.equals("them")) && t.pos().equals("PRP")
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
        // quotations whose speaker is an actor: what is said in them is reported by the speaker
        // the actors by sentence, found once: a scan of every actor for each sentence grows with the square
        // of an article's length
        Map<Integer, List<ActorMention>> bySentence = new HashMap<>();
        for (ActorMention a : actors) {
            bySentence.computeIfAbsent(a.sentence(), k -> new ArrayList<>()).add(a);
        }
        List<SentenceView.Quoted> quoted = new ArrayList<>();
        for (Quote q : doc.quotes()) {
            q.speaker().flatMap(m -> bySentence.getOrDefault(m.sentence(), List.of()).stream()
                    .filter(a -> a.covers(m.head())).findFirst())
                    .ifPresent(a -> quoted.add(new SentenceView.Quoted(q.begin(), q.end(), a)));
        }
        // coordinated actors of the two sentences before, for plural pronouns ("the US and Nato ... both")
        List<List<ActorMention>> twoBefore = List.of();
        List<List<ActorMention>> oneBefore = List.of();
        for (Sentence s : doc.sentences()) {
            if (Thread.currentThread().isInterrupted()) {
                // the article's time budget ran out: say where, rather than go on
                throw new StageInterrupted(s.index(), s.begin(), s.end());
            }
            if (!s.parsed()) {
                // nothing is coded in a sentence without a parse, and it offers no groups to the next
                twoBefore = oneBefore;
                oneBefore = List.of();
                continue;
            }
            List<ActorMention> here = bySentence.getOrDefault(s.index(), List.of());
            List<List<ActorMention>> earlier = new ArrayList<>(twoBefore);
            earlier.addAll(oneBefore);
            List<SentenceView.Quoted> mine = quoted.stream().filter(q -> q.begin() < s.end() && q.end() > s.begin())
                    .toList();
            SentenceView view = new SentenceView(s, here, earlier, mine);
            if (!skipped.contains(s.index())
                    && (!here.isEmpty() || !mine.isEmpty() || settings.newActorLength() > 0)) {
                out.addAll(codeSentence(view, settings));
            }
            twoBefore = oneBefore;
            oneBefore = view.groups();
        }
        return out;
    }

    /** What one trigger gave. */
    private record Coded(Occurrence occurrence, List<Coding> codings, List<ActorMention> sources) {
    }

    private List<Coding> codeSentence(SentenceView v, CoderSettings settings) {
        List<Coded> coded = new ArrayList<>();
        for (Occurrence o : finder.find(v)) {
            coded.add(codeTrigger(v, o, settings));
        }
        // nesting: a trigger inside the clausal complement of another coded trigger
        boolean[] dropped = new boolean[coded.size()];
        Map<Integer, ActorRef> reporter = new LinkedHashMap<>();
        for (int i = 0; i < coded.size(); i++) {
            Coded outer = coded.get(i);
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
                Coded inner = coded.get(j);
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
                Coded verb = coded.get(i);
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
                if (TEMPORAL.contains(v.word(m))) {
                    for (int t : v.graph.subtree(c)) {
                        out.set(t);
                    }
                }
            }
        }
        return out;
    }

    private Coded codeTrigger(SentenceView v, Occurrence o, CoderSettings settings) {
        SentenceGraph g = v.graph;
        int head = o.head();
        VerbBlock block = o.block();
        // the regions of the patterns, made when a pattern of their kind is tried
        BitSet lower = null;
        BitSet upper = null;
        BitSet ownAfter = null;
        BitSet ownBefore = null;
        Optional<PatternMatcher.Match> match = Optional.empty();
        BitSet possible = matcher.possible(block, v);
        for (int k = possible.nextSetBit(0); k >= 0; k = possible.nextSetBit(k + 1)) {
            Pattern p = block.patterns().get(k);
            // PETRARCH's own patterns read the verb phrase as TABARI did; Dyad's read the verb's own phrase
            if (p.exactForms()) {
                if (lower == null) {
                    lower = PatternMatcher.lowerSequence(v, o);
                    upper = PatternMatcher.upperSequence(v, o);
                }
                match = matcher.match(p, v, o, lower, upper);
            } else {
                if (ownAfter == null) {
                    BitSet[] own = PatternMatcher.ownPhrases(v, o);
                    ownAfter = own[0];
                    ownBefore = own[1];
                }
                match = matcher.match(p, v, o, ownAfter, ownBefore);
            }
            if (match.isPresent()) {
                break;
            }
        }
        CodePair code;
        String rule;
        String entry;
        if (match.isPresent()) {
            code = match.get().pattern().code();
            rule = "pattern";
            entry = block.id() + " " + match.get().pattern().origin();
        } else {
            Optional<Refinement> refined = refinement(v, head, block);
            if (refined.isPresent()) {
                code = refined.get().code();
                rule = "refinement";
                entry = block.id() + " if " + refined.get().relation() + " " + String.join("|", refined.get().words());
            } else {
                code = o.trigger().code().orElse(block.code());
                rule = "verb";
                entry = block.id() + " " + block.origin();
            }
        }
        List<ActorMention> sources = new ArrayList<>();
        List<ActorMention> targets = new ArrayList<>();
        List<ActorMention> compound = new ArrayList<>();
        boolean upperTarget = false;
        boolean boundTarget = false;
        int matchStart = o.first();
        if (match.isPresent()) {
            BitSet consumed = match.get().consumed();
            for (int t = consumed.nextSetBit(0); t >= 0 && t < o.first(); t = consumed.nextSetBit(t + 1)) {
                matchStart = Math.min(matchStart, t);
            }
            for (PatternMatcher.Bound b : match.get().bounds()) {
                boolean before = !b.mentions().isEmpty() && b.mentions().get(0).tokenBegin() < o.first();
                if (b.slot() instanceof PatternElement.Source) {
                    sources.addAll(b.mentions());
                } else if (b.slot() instanceof PatternElement.Target) {
                    targets.addAll(b.mentions());
                    upperTarget |= before;
                    boundTarget = true;
                } else if (b.slot() instanceof PatternElement.Compound) {
                    // before the verb the members act on each other ("A and B have delayed"); after it
                    // they are the targets ("agrees with A and B")
                    if (before) {
                        compound.addAll(b.mentions());
                    } else {
                        targets.addAll(b.mentions());
                    }
                }
            }
        }
        if (code.isNone()) {
            return new Coded(o, List.of(), List.of());
        }
        boolean verb = o.trigger().kind() == TriggerPhrase.Kind.VERB;
        boolean passive = verb && Roles.passive(g, head);
        if (sources.isEmpty() && compound.isEmpty() && upperTarget) {
            // "+ was_ *": the subject, unless it is the target itself; else, as in "[source] noted
            // [target] regretted", the actor before what the pattern matched
            List<Integer> subjects = new ArrayList<>(Roles.subjects(g, head));
            subjects.addAll(Roles.passiveSubjects(g, head));
            for (ActorMention m : mentionsOf(v, subjects)) {
                if (targets.stream().noneMatch(t -> t.actor().code().equals(m.actor().code()))) {
                    sources.add(m);
                }
            }
            if (sources.isEmpty()) {
                nearestActor(v, matchStart, targets).ifPresent(m -> sources.addAll(v.coordinated(m)));
            }
        }
        if (sources.isEmpty() && compound.isEmpty()) {
            List<Integer> roles = !verb ? Roles.nounActors(g, head) : passive ? Roles.agents(g, head)
                    : Roles.subjects(g, head);
            sources.addAll(mentionsOf(v, roles));
            if (sources.isEmpty() && verb && !passive && roles.isEmpty() && finite(v, head)) {
                // the parser left a finite verb without a subject: take the nearest subject actor before it
                nearestSubject(v, o.first()).ifPresent(m -> sources.addAll(v.coordinated(m)));
            }
            if (sources.isEmpty() && settings.newActorLength() > 0 && !roles.isEmpty()) {
                newActor(v, roles.get(0), settings.newActorLength()).ifPresent(sources::add);
            }
        }
        if (match.isEmpty() || !Modality.handledBy(match.get().consumed(), v, true)) {
            if (verb ? Modality.negated(g, head) : Modality.nounNegated(g, head)) {
                return new Coded(o, List.of(), sources);
            }
        }
        if (targets.isEmpty() && compound.isEmpty()) {
            if (passive) {
                targets.addAll(mentionsOf(v, Roles.passiveSubjects(g, head)));
            }
            if (targets.isEmpty()) {
                BitSet region = new BitSet(v.size());
                arguments(v, head, sources, region, 0, !SAYING.contains(v.lemma(head)));
                for (int t : o.tokens()) {
                    region.clear(t);
                }
                Optional<ActorMention> first = firstActor(v, region, sources);
                if (first.isEmpty() && !SAYING.contains(v.lemma(head))) {
                    // the parse may have misplaced the arguments: the trigger's whole phrase after it,
                    // without background clauses and clauses about someone else
                    BitSet fallback = lower == null ? PatternMatcher.lowerSequence(v, o) : (BitSet) lower.clone();
                    background(v, head, sources, fallback);
                    first = firstActor(v, fallback, sources);
                }
                first.ifPresent(m -> targets.addAll(v.coordinated(m)));
                if (first.isEmpty() && settings.newActorLength() > 0) {
                    // the first object or oblique of the trigger that is not a time ("on Wednesday")
                    for (int t = region.nextSetBit(0); t >= 0 && targets.isEmpty(); t = region.nextSetBit(t + 1)) {
                        String r = g.baseRelation(t);
                        boolean argument = g.head(t) == head && (r.equals("obj") || r.equals("iobj") || r.equals("obl"));
                        boolean time = g.relation(t).equals("obl:tmod") || !v.token(t).ner().equals("O")
                                && List.of("DATE", "TIME", "DURATION", "SET").contains(v.token(t).ner());
                        if (argument && !time) {
                            newActor(v, t, settings.newActorLength()).ifPresent(targets::add);
                        }
                    }
                }
            }
            targets.removeAll(sources);
        }
        boolean intent = (match.isEmpty() || !Modality.handledBy(match.get().consumed(), v, false))
                && (verb ? Modality.intendedByHead(g, head) || announcedBySource(v, head, sources)
                        : Modality.nounIntended(g, head));
        Optional<String> forward = code.forward();
        Optional<String> reverse = code.reverse();
        if (intent) {
            // an intended action CAMEO has no "express intent" code for is not an event yet
            forward = forward.filter(c -> !Modality.intentCode(c).equals(c) || c.startsWith("03") || c.startsWith("13"))
                    .map(Modality::intentCode);
            reverse = Optional.empty();
            rule = rule + "+intent";
        }
        Trigger trigger = Trigger.of(v.sentence, head);
        Provenance provenance = new Provenance(rule, entry, version);
        List<Coding> out = new ArrayList<>();
        int s = v.sentence.index();
        if (!compound.isEmpty()) {
            for (ActorMention a : compound) {
                for (ActorMention b : compound) {
                    if (a != b && !a.actor().code().equals(b.actor().code())) {
                        forward.ifPresent(c -> out.add(coding(s, trigger, a, Optional.of(b), c, provenance)));
                    }
                }
            }
            return new Coded(o, out, compound);
        }
        if (sources.isEmpty()) {
            return new Coded(o, out, sources);
        }
        if (targets.isEmpty()) {
            // a verb that reports a clause ("insisted his country did not want war") is a statement,
            // not an action of its own without a target
            boolean reports = g.children(head).stream().anyMatch(c -> g.baseRelation(c).equals("ccomp")
                    || (g.baseRelation(c).equals("dep") || g.baseRelation(c).equals("parataxis"))
                    && v.token(c).isVerb() && c > head);
            if (forward.isPresent() && targetOptional(settings, forward.get(), verb) && !reports) {
                for (ActorMention a : sources) {
                    out.add(coding(s, trigger, a, Optional.empty(), forward.get(), provenance));
                }
            }
            return new Coded(o, out, sources);
        }
        for (ActorMention a : sources) {
            for (ActorMention b : targets) {
                if (a.actor().code().equals(b.actor().code()) || !boundTarget && oneself(a, b)) {
                    continue;
                }
                forward.ifPresent(c -> out.add(coding(s, trigger, a, Optional.of(b), c, provenance)));
                reverse.ifPresent(c -> out.add(coding(s, trigger, b, Optional.of(a), c, provenance)));
            }
        }
        return new Coded(o, out, sources);
    }

    /** True when the trigger is a future action announced by its own source ("he said he would meet"). */
    private static boolean announcedBySource(SentenceView v, int head, List<ActorMention> sources) {
        int speaker = Modality.announcer(v.graph, head);
        if (speaker < 0) {
            return false;
        }
        // the speaker announces its own action, or its country's ("Putin told Macron Russia would study")
        for (ActorMention s : mentionsOf(v, Roles.subjects(v.graph, speaker))) {
            for (ActorMention a : sources) {
                if (s.actor().root().equals(a.actor().root())) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * An actor made of a noun phrase the dictionaries do not know, coded by its words in capitals and
     * quotes ({@code "THE MINISTRY OF MAGIC"}) when it has at most {@code maxWords} words, leaving out
     * its preposition, possessive marks and punctuation.
     */
    private Optional<ActorMention> newActor(SentenceView v, int head, int maxWords) {
        if (!v.token(head).isNoun()) {
            return Optional.empty();
        }
        List<Integer> words = new ArrayList<>();
        for (int t : v.graph.subtree(head)) {
            String r = v.graph.baseRelation(t);
            String pos = v.token(t).pos();
            if (t != head && (r.equals("case") && v.graph.head(t) == head || r.equals("punct") || pos.equals("POS"))) {
                continue;
            }
            boolean inClause = false;
            for (int k = t; k != head && k >= 0; k = v.graph.head(k)) {
                String kr = v.graph.baseRelation(k);
                inClause |= kr.equals("acl") || kr.equals("advcl") || kr.equals("ccomp") || kr.equals("conj")
                        || kr.equals("cc");
            }
            if (!inClause) {
                words.add(t);
            }
        }
        if (words.isEmpty() || words.size() > maxWords) {
            return Optional.empty();
        }
        StringBuilder code = new StringBuilder("\"");
        for (int t : words) {
            code.append(code.length() > 1 ? " " : "").append(v.token(t).word().toUpperCase(java.util.Locale.ROOT));
        }
        code.append('"');
        int first = words.get(0);
        int last = words.get(words.size() - 1);
        StringBuilder text = new StringBuilder();
        for (int k = first; k <= last; k++) {
            text.append(k > first ? " " : "").append(v.token(k).word());
        }
        ActorRef ref = new ActorRef(code.toString(), text.toString(), text.toString(), v.token(first).begin(),
                v.token(last).end(), new Provenance("new-actor", "", version));
        return Optional.of(new ActorMention(v.sentence.index(), first, last + 1, head, ref));
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
     * True when one actor is the bare country (or organisation) the other belongs to: "the US
     * government ... on the U.S." or "Chinese researchers revealed the Chinese army" is a country
     * talking about itself, which a target found by search mistakes for an event between two parties.
     */
    private static boolean oneself(ActorMention a, ActorMention b) {
        String x = a.actor().code();
        String y = b.actor().code();
        return x.length() == 3 && y.startsWith(x) || y.length() == 3 && x.startsWith(y);
    }

    private boolean targetOptional(CoderSettings settings, String code, boolean verb) {
        return switch (settings.targets()) {
            case REQUIRED -> false;
            case OPTIONAL -> true;
            case BY_TRIGGER -> !verb && cameo.nearest(code).isPresent() && !plover.requiresTarget(code);
        };
    }

    private static Coding coding(int sentence, Trigger trigger, ActorMention source, Optional<ActorMention> target,
            String code, Provenance provenance) {
        return new Coding(sentence, trigger, source.actor(), target.map(ActorMention::actor), code, Optional.empty(),
                provenance);
    }

    private static Optional<Refinement> refinement(SentenceView v, int head, VerbBlock block) {
        for (Refinement r : block.refinements()) {
            for (int c : v.graph.children(head)) {
                String rel = v.graph.relation(c);
                if ((rel.equals(r.relation()) || rel.startsWith(r.relation() + ":"))
                        && (r.words().contains("*") || r.words().contains(v.lemma(c)) || r.words().contains(v.word(c)))) {
                    return Optional.of(r);
                }
            }
        }
        return Optional.empty();
    }

    /** The actors of argument tokens, each with the actors coordinated with it. */
    private static List<ActorMention> mentionsOf(SentenceView v, List<Integer> tokens) {
        List<ActorMention> out = new ArrayList<>();
        // what out holds, to test in constant time: a coordination can give thousands of actors
        Set<ActorMention> held = new HashSet<>();
        for (int t : tokens) {
            if (v.mentionAt(t).isEmpty()) {
                // "they", "both": the coordinated actors just mentioned
                v.pluralAntecedent(t).stream().filter(held::add).forEach(out::add);
                // "we" and "I" in a quotation: its speaker
                if (FIRST_PERSON.contains(v.word(t)) && v.token(t).pos().equals("PRP")) {
                    v.speakerAt(t).filter(held::add).ifPresent(out::add);
                }
            }
            Optional<ActorMention> m = v.firstMentionIn(t);
            // "the lions and the evil awful Gondor": an actor among the coordinated phrases
            for (int c : v.graph.children(t, "conj")) {
                if (m.isEmpty()) {
                    m = v.firstMentionIn(c);
                }
            }
            if (m.isPresent()) {
                for (ActorMention c : v.coordinated(m.get())) {
                    if (held.add(c)) {
                        out.add(c);
                    }
                }
            }
            // a relative pronoun stands for its antecedent
            for (var d : v.graph.enhancedHeads(t)) {
                if (d.relation().equals("ref")) {
                    v.firstMentionIn(d.governor()).filter(held::add).ifPresent(out::add);
                }
            }
        }
        return out;
    }

    /**
     * The tokens where a trigger's target is looked for: its objects and obliques with the phrases
     * inside them (nominal modifiers, participles: "the roads leading into Mordor"), and the subject
     * of a clausal complement ("believes Dagolath can cope"). A complement's own arguments count only
     * when its subject is the source or left unsaid ("vowed to wage war on the Rohans", "said he has
     * deep satisfaction toward Gondor"): what someone else does in a complement is not done to them.
     * Adverbial and relative clauses, coordinated clauses and subjects are left out, and so is the
     * object of a verb of saying: it is the message, not the addressee. For a verb of saying
     * ({@code nested} false) only the reported clause's own arguments count, not clauses within it.
     */
    private static void arguments(SentenceView v, int head, List<ActorMention> sources, BitSet out, int depth,
            boolean nested) {
        if (depth > 4) {
            return;
        }
        SentenceGraph g = v.graph;
        // what a verb of saying takes as object is the message, not an addressee ("said the talks failed")
        boolean message = SAYING.contains(v.lemma(head));
        if (message && depth == 0 && attribution(v, head)) {
            // "..., a senior official said": an attribution addresses nobody but the one it names
            for (int c : g.children(head)) {
                if (g.baseRelation(c).equals("iobj") || g.baseRelation(c).equals("obl") && caseIs(v, c, "to")) {
                    phrase(v, c, out);
                }
            }
            return;
        }
        for (int c : g.children(head)) {
            String r = g.relation(c);
            String base = g.baseRelation(c);
            if (message && base.equals("obj")) {
                continue;
            }
            if (base.equals("nsubj") || base.equals("csubj") || base.equals("conj") || base.equals("cc")
                    || base.equals("punct") || base.equals("parataxis") || base.equals("advcl") || base.equals("dep")
                    || base.equals("discourse") || base.equals("vocative") || base.equals("aux") || base.equals("cop")
                    || base.equals("mark") || base.equals("expl") || r.equals("acl:relcl")) {
                continue;
            }
            if (base.equals("ccomp") || base.equals("xcomp")) {
                if (depth > 0 && !nested) {
                    continue;
                }
                List<Integer> subjects = new ArrayList<>(g.children(c, "nsubj"));
                subjects.addAll(g.children(c, "csubj"));
                boolean own = subjects.isEmpty();
                for (int sub : subjects) {
                    phrase(v, sub, out);
                    Optional<ActorMention> m = v.firstMentionIn(sub);
                    if (m.isPresent() && sources.stream().anyMatch(x -> x.actor().code().equals(m.get().actor().code()))) {
                        own = true;
                    }
                }
                if (own) {
                    arguments(v, c, sources, out, depth + 1, nested);
                }
                continue;
            }
            phrase(v, c, out);
        }
    }

    /**
     * True when a verb of saying comes after what it reports ("Arnor will restore ties, an official
     * said"): its complement precedes it, or the parser hung it on an earlier word.
     */
    private static boolean attribution(SentenceView v, int head) {
        for (int c : v.graph.children(head)) {
            String r = v.graph.baseRelation(c);
            if ((r.equals("ccomp") || r.equals("parataxis")) && c < head) {
                return true;
            }
        }
        String r = v.graph.relation(head);
        int governor = v.graph.head(head);
        return governor >= 0 && governor < head && (r.equals("acl:relcl") || r.startsWith("advcl")
                || r.equals("parataxis") || r.equals("dep") || r.equals("ccomp"));
    }

    private static boolean caseIs(SentenceView v, int c, String word) {
        for (int k : v.graph.children(c, "case")) {
            if (v.word(k).equals(word)) {
                return true;
            }
        }
        return false;
    }

    /** First-person pronouns, which in a quotation stand for its speaker. */
    private static final java.util.Set<String> FIRST_PERSON = java.util.Set.of("i", "we", "me", "us");

    /** Verbs of saying whose object is the message ("said the talks failed"), not the addressee. */
    private static final java.util.Set<String> SAYING = java.util.Set.of("say", "state", "announce", "add", "declare",
            "claim", "write", "note", "stress", "insist", "reiterate", "tweet", "post", "remark", "comment", "report");

    /** Temporal subordinators: a clause they introduce tells of another time ("years after crowds burned"). */
    private static final java.util.Set<String> TEMPORAL = java.util.Set.of("after", "before", "since", "until", "till",
            "when", "while", "once", "as");

    /**
     * Clears from {@code region} the clauses under the trigger that are not about what its source did:
     * temporal adverbial clauses, clausal complements with a subject other than the source, and the
     * speakers of attributions ("..., an official said").
     */
    private static void background(SentenceView v, int head, List<ActorMention> sources, BitSet region) {
        for (int t = region.nextSetBit(0); t >= 0; t = region.nextSetBit(t + 1)) {
            String base = v.graph.baseRelation(t);
            boolean drop = false;
            if (base.equals("advcl") || base.equals("dep")) {
                for (int m : v.graph.children(t, "mark")) {
                    drop |= TEMPORAL.contains(v.word(m));
                }
            } else if (base.equals("ccomp")) {
                for (int sub : v.graph.children(t, "nsubj")) {
                    Optional<ActorMention> m = v.firstMentionIn(sub);
                    drop |= m.isEmpty() || sources.stream().noneMatch(x -> x.actor().code().equals(m.get().actor().code()));
                }
            }
            if (drop && t != head) {
                for (int k : v.graph.subtree(t)) {
                    region.clear(k);
                }
            }
            if (SAYING.contains(v.lemma(t)) && attribution(v, t) && t != head) {
                // "..., a senior official said": who speaks is not a party to the action
                for (int sub : v.graph.children(t, "nsubj")) {
                    for (int k : v.graph.subtree(sub)) {
                        region.clear(k);
                    }
                }
            }
        }
    }

    /** A dependent's phrase: its subtree without relative, adverbial and coordinated clauses. */
    private static void phrase(SentenceView v, int c, BitSet out) {
        out.set(c);
        for (int k : v.graph.children(c)) {
            String base = v.graph.baseRelation(k);
            if (base.equals("advcl") || base.equals("parataxis") || base.equals("dep") || base.equals("punct")
                    || v.graph.relation(k).equals("acl:relcl")) {
                continue;
            }
            if (base.equals("ccomp")) {
                // "hopes that Osgiliath could be drawn in": the clause's subject only
                for (int sub : v.graph.children(k, "nsubj")) {
                    phrase(v, sub, out);
                }
                for (int sub : v.graph.children(k, "nsubj:pass")) {
                    phrase(v, sub, out);
                }
                continue;
            }
            phrase(v, k, out);
        }
    }

    /**
     * The first actor in the trigger's phrase after it that is not a source, nor another mention of
     * a source ("Sam halted his march": "his" is Sam again), nor a possessive pronoun.
     */
    private static Optional<ActorMention> firstActor(SentenceView v, BitSet lower, List<ActorMention> sources) {
        for (int t = lower.nextSetBit(0); t >= 0; t = lower.nextSetBit(t + 1)) {
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

    /**
     * The events of a document's codings: one per (date, source, target, code), keeping every
     * supporting sentence. Codings whose code CAMEO does not know give no event.
     */
    public List<Event> events(AnnotatedDocument doc, List<Coding> codings) {
        Map<String, Event> merged = new LinkedHashMap<>();
        for (Coding c : codings) {
            if (cameo.nearest(c.code()).isEmpty() || !c.code().chars().allMatch(Character::isDigit)
                    || c.code().length() < 2 || c.code().length() > 4) {
                continue;
            }
            Sentence s = doc.sentences().get(c.sentence());
            SentenceGraph g = SentenceGraph.of(s);
            EventDate date = dater.date(doc, s, g, c.trigger().token());
            String key = date.date() + "|" + c.source().code() + "|" + c.targetCode() + "|" + c.code();
            Evidence evidence = Evidence.of(doc, s);
            Event prior = merged.get(key);
            if (prior != null) {
                if (prior.evidence().stream().noneMatch(e -> e.sentence() == s.index())) {
                    List<Evidence> more = new ArrayList<>(prior.evidence());
                    more.add(evidence);
                    merged.put(key, prior.withEvidence(more));
                }
                continue;
            }
            EventType type = cameo.type(c.code());
            double confidence = confidence(c.source()) * c.target().map(EventCoder::confidence).orElse(1.0);
            merged.put(key, new Event(id(doc.article().id(), key), doc.article().id(), doc.article().date(), date,
                    c.source(), c.target(), type, Optional.empty(), c.reportedBy(), c.trigger(), List.of(evidence),
                    confidence, c.provenance()));
        }
        return new ArrayList<>(merged.values());
    }

    private static double confidence(ActorRef a) {
        return switch (a.provenance().rule()) {
            case "dictionary-name", "title-name" -> 1.0;
            case "adjective-agent" -> 0.9;
            case "coreference" -> 0.8;
            default -> 0.7;
        };
    }

    private static String id(String articleId, String key) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest((articleId + "|" + key).getBytes(StandardCharsets.UTF_8));
            return articleId + "#" + HexFormat.of().formatHex(h, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java runtime", e);
        }
    }
}
