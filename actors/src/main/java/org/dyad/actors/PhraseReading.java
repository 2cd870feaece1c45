package org.dyad.actors;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.dyad.model.ActorRef;
import org.dyad.model.AnnotatedDocument;
import org.dyad.model.Provenance;
import org.dyad.model.Sentence;
import org.dyad.model.SentenceGraph;

/**
 * The reading of one sentence that the rules share and extend: its units (dictionary phrases,
 * unknown persons and organisations, gazetteer places), the tokens rules have claimed, the noun
 * phrases the units form ({@link NounPhrases}), and the codes found so far for each noun phrase. It
 * also offers what several rules need to read a phrase: whether a unit names a person, how agents
 * combine with an actor's code, the span and the mention a code gives, what a descriptive phrase
 * says, and how a person or organisation the text describes is recorded in the
 * {@link DiscourseContext}.
 *
 * <p>{@link Rules#read} drives it: tokens, units, noun phrases, codes, then {@link #learn()} and
 * {@link #emit()}. Holds the mutable working state of one sentence of one call; not thread-safe.
 */
final class PhraseReading {
    /** Words before a name that belong to the mention: "Mr Lavrov". */
    private static final Set<String> HONORIFICS = Set.of("mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.",
            "sir", "dame", "madam", "madame", "monsieur", "m.");
    /** A run of white space, written as one space in a discovery's evidence and an organisation's key. */
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private final DictionaryIndex index;
    private final ActorResolver.Settings settings;
    private final String version;
    private final DiscourseContext context;
    private final AnnotatedDocument doc;
    private final Sentence s;
    private final LocalDate date;
    private final List<ActorMention> out;
    private final SentenceGraph g;
    private final Unit[] unitOf;
    private final boolean[] taken;
    private final List<Unit> units = new ArrayList<>();
    /** The codes of each noun phrase, by its root, in text order of the roots. */
    private final Map<Unit, List<Found>> codes = new LinkedHashMap<>();
    private final NounPhrases phrases;

    /**
     * A reading of sentence {@code s} of the context's article that adds the mentions it resolves to
     * {@code out}, which holds the mentions of the article's earlier sentences.
     */
    PhraseReading(DictionaryIndex index, ActorResolver.Settings settings, String version, DiscourseContext context,
            Sentence s, List<ActorMention> out) {
        this.index = index;
        this.settings = settings;
        this.version = version;
        this.context = context;
        this.doc = context.doc();
        this.s = s;
        this.date = doc.article().date();
        this.out = out;
        this.g = s.parsed() ? s.graph() : null;
        this.unitOf = new Unit[s.size()];
        this.taken = new boolean[s.size()];
        this.phrases = new NounPhrases(this);
    }

    // ---- what is read ------------------------------------------------------------------------

    DictionaryIndex index() {
        return index;
    }

    ActorResolver.Settings settings() {
        return settings;
    }

    DiscourseContext context() {
        return context;
    }

    AnnotatedDocument doc() {
        return doc;
    }

    Sentence sentence() {
        return s;
    }

    /** The article date, on which dictionary roles are taken. */
    LocalDate date() {
        return date;
    }

    /** True when the sentence has a dependency parse. */
    boolean parsed() {
        return g != null;
    }

    /** The dependency parse; only when {@link #parsed()}. */
    SentenceGraph graph() {
        if (g == null) {
            throw new IllegalStateException("sentence " + s.index() + " has no parse; check parsed() first");
        }
        return g;
    }

    /** The dictionary lookup keys of the sentence's words. */
    String[] keys() {
        return context.lookups().keys(s);
    }

    /** The text of tokens {@code [begin, end)}. */
    String text(int begin, int end) {
        return doc.text(s, begin, end);
    }

    /** The mentions of the article's earlier sentences in this reading. */
    List<ActorMention> earlier() {
        return List.copyOf(out);
    }

    // ---- units -------------------------------------------------------------------------------

    /** The units found so far, in the order found; in text order once the units are complete. */
    List<Unit> units() {
        return Collections.unmodifiableList(units);
    }

    /** The unit covering token {@code k}. */
    Optional<Unit> unitAt(int k) {
        return Optional.ofNullable(unitOf[k]);
    }

    /** True when a unit covers token {@code k}. */
    boolean hasUnit(int k) {
        return unitOf[k] != null;
    }

    /** True when a rule claimed token {@code k} before the units were found ("the alliance"). */
    boolean taken(int k) {
        return taken[k];
    }

    /** True when no unit covers tokens {@code [begin, end)} and no rule claimed them. */
    boolean free(int begin, int end) {
        for (int k = begin; k < end; k++) {
            if (taken[k] || unitOf[k] != null) {
                return false;
            }
        }
        return true;
    }

    /** Adds a unit over tokens {@code [begin, end)}, headed by the token whose head lies outside them. */
    Unit add(Unit.Kind kind, int begin, int end, ActorEntry entry, Optional<Role> role, Agent agent,
            boolean gazetteer) {
        Unit u = new Unit(kind, begin, end, headOf(begin, end), entry, role, agent, gazetteer);
        units.add(u);
        for (int k = u.begin; k < u.end; k++) {
            unitOf[k] = u;
        }
        return u;
    }

    /** Removes a unit, freeing its tokens. */
    void remove(Unit u) {
        units.remove(u);
        for (int k = u.begin; k < u.end; k++) {
            unitOf[k] = null;
        }
    }

    /** Puts the units in text order, once all are found. */
    void sortUnits() {
        units.sort((a, b) -> Integer.compare(a.begin, b.begin));
    }

    /** The token of a span whose head lies outside it: the syntactic head of the phrase. */
    private int headOf(int begin, int end) {
        if (g == null) {
            return end - 1;
        }
        for (int k = end - 1; k >= begin; k--) {
            int h = g.head(k);
            if (h < begin || h >= end) {
                return k;
            }
        }
        return end - 1;
    }

    /** The lemma, in lower case, of the first {@code case} dependent of token {@code h} ("of"), or "". */
    String caseOf(int h) {
        for (int c : g.children(h, "case")) {
            return s.token(c).lemma().toLowerCase(Locale.ROOT);
        }
        return "";
    }

    /**
     * True when the nominal {@code n} names the portfolio of a noun of mission it modifies, not whom
     * that person speaks for: "the special envoy for Syria", "Resident Coordinator for Myanmar".
     */
    boolean portfolio(int n) {
        int h = g.head(n);
        return h >= 0 && caseOf(n).equals("for")
                && FunctionWords.MISSION_NOUNS.contains(s.token(h).lemma().toLowerCase(Locale.ROOT));
    }

    // ---- noun phrases ------------------------------------------------------------------------

    /** The noun phrases the units form. */
    NounPhrases phrases() {
        return phrases;
    }

    /** The noun phrase a root unit heads ({@link NounPhrases#of}). */
    NounPhrase phrase(Unit root) {
        return phrases.of(root);
    }

    /**
     * A person the dictionary does not know on this date: a named person it lacks, or one whose
     * roles all lie outside the date (an office-holder of another decade).
     */
    boolean unknownPerson(Unit u) {
        return u.kind == Unit.Kind.PERSON || u.kind == Unit.Kind.ACTOR && !u.coded() && personLike(u);
    }

    /**
     * A unit that names a person: an unknown person, a dictionary person, or an entry of no stated
     * kind that the named-entity layer calls a person.
     */
    boolean personLike(Unit u) {
        if (u.kind == Unit.Kind.PERSON) {
            return true;
        }
        if (u.kind != Unit.Kind.ACTOR) {
            return false;
        }
        if (u.entry.kind() == ActorKind.PERSON) {
            return true;
        }
        return u.entry.kind() == ActorKind.UNKNOWN && s.token(u.head).ner().equals("PERSON");
    }

    /** What a description can describe: a person the dictionary does not know, or an organisation it lacks. */
    boolean describable(Unit u) {
        return unknownPerson(u) || u.kind == Unit.Kind.ORG;
    }

    // ---- codes -------------------------------------------------------------------------------

    /** The codes found so far for the noun phrase a unit heads; none for a unit that heads none. */
    List<Found> codes(Unit root) {
        return codes.getOrDefault(root, List.of());
    }

    /**
     * Sets the codes of the noun phrase a root unit heads. The first organisation's name (a run of
     * words named entity recognition calls an organisation) in a phrase of one code lets its acronym
     * stand for that code in the rest of the article: "AMC" after "American Motors Corp".
     */
    void setCodes(Unit root, List<Found> found) {
        codes.put(root, found);
        if (found.stream().map(Found::code).distinct().count() != 1) {
            return;
        }
        Found f = found.get(0);
        int b = f.begin();
        while (b < f.end() && !s.token(b).ner().equals("ORGANIZATION")) {
            b++;
        }
        int e = b;
        while (e < f.end() && s.token(e).ner().equals("ORGANIZATION")) {
            e++;
        }
        if (e - b >= 2) {
            String name = text(b, e);
            Discovery.acronymOf(name).ifPresent(a -> context.alias(a, new Discovery(name, f.code(), f.rule().id(),
                    f.entry(), doc.article().id(), date, s.index(),
                    SPACES.matcher(doc.text(s.begin(), s.end())).replaceAll(" "), f.begin(), f.end())));
        }
    }

    /** The actor's code with agents added, except to an organisation's under the standard settings. */
    String compose(ActorEntry entry, String code, List<Agent> agents, boolean former) {
        boolean organisation = entry.kind() == ActorKind.ORGANISATION || entry.kind() == ActorKind.GROUP
                || CodeRoots.organisation(code);
        if (organisation && !settings.organisationAgents()) {
            return code;
        }
        return ActorCode.compose(code, agents, former);
    }

    /** A code for phrase {@code p} covering its root, its agents and {@code actor} (when given). */
    Found found(NounPhrase p, Unit actor, String code, String name, ActorRule rule, String entry) {
        Unit root = p.root();
        int b = root.begin;
        int e = root.end;
        for (Unit m : p.members()) {
            if (m.kind == Unit.Kind.AGENT || m == actor) {
                b = Math.min(b, m.begin);
                e = Math.max(e, m.end);
            }
        }
        if (actor != null) {
            b = Math.min(b, actor.begin);
            e = Math.max(e, actor.end);
        }
        return new Found(code, name, rule, entry, b, e, root.head);
    }

    /** The agent words of a phrase in lower case, in text order: "foreign minister". */
    String agentText(List<Unit> members) {
        List<String> parts = new ArrayList<>();
        for (Unit m : members) {
            if (m.kind == Unit.Kind.AGENT) {
                parts.add(text(m.begin, m.end).toLowerCase(Locale.ROOT));
            }
        }
        return String.join(" ", parts);
    }

    /** What a title says in an entry: its agent words, or the actor's own words when it has none ("Arnor's Elrond"). */
    String describe(Unit actor, List<Unit> members) {
        String agentsText = agentText(members);
        return agentsText.isEmpty() ? text(actor.begin, actor.end) : agentsText;
    }

    /**
     * The key a discovery is known by in its article: a person's surname ({@link Discovery#surnameOf}),
     * an organisation's whole name in lower case.
     */
    String surname(Unit u) {
        if (u.kind == Unit.Kind.ORG) {
            return SPACES.matcher(text(u.begin, u.end).toLowerCase(Locale.ROOT)).replaceAll(" ");
        }
        return Discovery.surnameOf(s.token(u.end - 1).word());
    }

    /**
     * Records in the discourse context that the text described a person the dictionary does not
     * know, or an organisation it lacks, as {@code f}; other units are not discoveries.
     */
    void discover(Unit person, String name, Found f) {
        if (!describable(person)) {
            return;
        }
        Discovery d = new Discovery(name, f.code(), f.rule().id(), f.entry(), doc.article().id(), date, s.index(),
                SPACES.matcher(doc.text(s.begin(), s.end())).replaceAll(" "), f.begin(), f.end());
        context.discover(surname(person), d);
    }

    /**
     * The codes of a person or organisation that a description gave: each of {@code described}'s
     * codes and entries, over the phrase's root, by {@code rule}; each is a discovery.
     */
    List<Found> describedAs(NounPhrase p, ActorRule rule, List<Found> described) {
        Unit u = p.root();
        String name = text(u.begin, u.end);
        List<Found> mine = new ArrayList<>();
        for (Found d : described) {
            Found f = new Found(d.code(), name, rule, d.entry(), u.begin, u.end, u.head);
            mine.add(f);
            discover(u, name, f);
        }
        return mine;
    }

    /**
     * The codes a descriptive noun phrase headed by token {@code t} gives: its own, when it is a
     * coded noun phrase (not a person, not a bare agent), else that of an actor it names below it,
     * through possessives, compounds and prepositional phrases, up to three levels down: "UNICEF's
     * executive director", "a senior fellow at the Atlantic Council", "director general of the
     * Pakistani military's media wing". Only in a parsed sentence.
     */
    List<Found> describedAt(int t) {
        return description(t, 0);
    }

    private List<Found> description(int t, int depth) {
        Unit w = unitOf[t];
        if (w != null) {
            Unit r = w;
            for (int k = 0; !r.isRoot() && k <= units.size(); k++) {
                r = r.parent().orElseThrow();
            }
            if (r.kind == Unit.Kind.PERSON || personLike(r)) {
                return List.of(); // another person's name does not describe this one
            }
            List<Found> f = codes(r);
            if (!f.isEmpty() && f.stream().noneMatch(x -> x.rule() == ActorRule.BARE_AGENT)) {
                return f;
            }
        }
        if (depth >= 3) {
            return List.of();
        }
        for (int c : g.children(t)) {
            String rel = g.relation(c);
            boolean down = rel.equals("compound") || rel.equals("amod") || rel.equals("nmod:poss")
                    || g.baseRelation(c).equals("nmod")
                            && (FunctionWords.AFFILIATION_CASES.contains(caseOf(c))
                                    || FunctionWords.PLACE_CASES.contains(caseOf(c)))
                            && !portfolio(c);
            if (down && (w == null || unitOf[c] != w)) {
                List<Found> f = description(c, depth + 1);
                if (!f.isEmpty()) {
                    return f;
                }
            }
        }
        return List.of();
    }

    // ---- mentions ----------------------------------------------------------------------------

    /** A mention of the sentence for a code found, with an honorific before a name included ("Mr Lavrov"). */
    ActorMention mention(Found f) {
        int first = f.begin();
        if (first > 0 && HONORIFICS.contains(s.token(first - 1).word().toLowerCase(Locale.ROOT))
                && s.token(first).isProperNoun()) {
            f = f.over(first - 1, f.end());
        }
        int b = s.token(f.begin()).begin();
        int e = s.token(f.end() - 1).end();
        ActorRef ref = new ActorRef(f.code(), f.name(), doc.text(b, e), b, e,
                new Provenance(f.rule().id(), f.entry(), version));
        return new ActorMention(s.index(), f.begin(), f.end(), f.head(), ref);
    }

    /** Adds a mention that a rule resolved before the units were found, claiming its tokens. */
    void claim(ActorMention m) {
        for (int k = m.tokenBegin(); k < m.tokenEnd(); k++) {
            taken[k] = true;
        }
        out.add(m);
    }

    /**
     * Registers in the discourse context what the sentence's codes teach about the article: the
     * one-word parts of resolved persons' names (first word and surname, for {@link ActorRule#NAME_PART})
     * and the states its actors belong to (for the article's country).
     */
    void learn() {
        for (Map.Entry<Unit, List<Found>> e : codes.entrySet()) {
            Unit u = e.getKey();
            if (e.getValue().isEmpty() || u.used()) {
                continue;
            }
            Found f = e.getValue().get(0);
            if ((u.kind == Unit.Kind.PERSON || personLike(u)) && u.end - u.begin >= 2) {
                DiscourseContext.NamedPerson p = new DiscourseContext.NamedPerson(f.code(), f.name(), f.entry());
                context.learnNamePart(s.token(u.begin).word().toLowerCase(Locale.ROOT), p);
                context.learnNamePart(surname(u), p);
            }
            for (Found x : e.getValue()) {
                context.countActor(x.code());
                context.noteArmedGroup(x);
            }
        }
    }

    /** Adds a mention for each code of each noun phrase whose root no rule folded into another. */
    void emit() {
        for (Map.Entry<Unit, List<Found>> e : codes.entrySet()) {
            if (e.getKey().used()) {
                continue;
            }
            for (Found f : e.getValue()) {
                out.add(mention(f));
            }
        }
    }
}
