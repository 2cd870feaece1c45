package org.dyad.actors;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.dyad.model.ActorRef;
import org.dyad.model.AnnotatedDocument;
import org.dyad.model.CorefChain;
import org.dyad.model.EntityMention;
import org.dyad.model.Layer;
import org.dyad.model.Mention;
import org.dyad.model.Provenance;
import org.dyad.model.Sentence;
import org.dyad.model.SentenceGraph;

/**
 * Finds the actors of a document and resolves each to its code on the article date.
 *
 * <p>Each sentence is read in three steps.
 * <ol>
 *   <li><b>Units</b>: the longest dictionary phrases, left to right: actors ("Russia", "Russian",
 *       "the Kremlin", "Vladimir Putin") and agents ("troops", "foreign minister"); named persons the
 *       dictionary does not know, from the named-entity layer.</li>
 *   <li><b>Noun phrases</b>: units join the unit they modify inside a noun phrase, read from the
 *       dependency parse ({@code compound}, {@code amod}, {@code flat}, possessives, and
 *       {@code nmod} with <i>of</i>, <i>from</i>, <i>for</i>, <i>in</i>, <i>at</i>); in a sentence
 *       without a parse, from adjacency ("Russian troops", "soldiers of Arnor", "Gondor's
 *       government").</li>
 *   <li><b>Codes</b>: each noun phrase gives its code(s) by the rules below, and each resolved actor
 *       records the rule and the dictionary entry that produced it in its provenance.</li>
 * </ol>
 *
 * <p>Rules (the {@link Provenance#rule()} of the result):
 * <ul>
 *   <li><b>dictionary-name</b>: an actor's name: "Russia", "the Kremlin", "Mr Putin".</li>
 *   <li><b>adjective-agent</b>: a country or organisation with agent nouns, before or after it:
 *       "Russian troops", "the French government", "soldiers of Arnor", "Gondor's government",
 *       "MSF Arnor" ({@code NGOARN}, a prefix agent). Agents combine in text order
 *       ({@link ActorCode#compose}); "former" turns them into {@code ELI}.</li>
 *   <li><b>title-name</b>: a person named after a title with a country: "Russian Foreign Minister
 *       Sergey Lavrov", "German intelligence chief Bruno Kahl", "his French counterpart Emmanuel
 *       Macron". The title's country and sector give the code, except that a person the dictionary
 *       knows in a role of that same country keeps the dictionary's role on the date. A person the
 *       dictionary does not know is <i>discovered</i> (see {@link Resolution#discoveries()}).</li>
 *   <li><b>appositive</b>: a person described by an apposition: "Bruno Kahl, Germany's intelligence
 *       chief", "Germany's intelligence chief, Bruno Kahl", "Lucy Mtilatila, director of Malawi's
 *       Department of Climate Change" (the description is searched three phrases deep); also a
 *       discovery. An organisation the dictionaries lack can be described the same way.</li>
 *   <li><b>affiliation</b>: "X of/at/for/with an organisation or country" gives the person its code;
 *       <b>nationality</b>: "Mehdiyev, who is Azerbaijani".</li>
 *   <li><b>owner</b>: an organisation the dictionaries lack belongs to the country that owns it in
 *       the phrase: "Malawi's Department of Climate Change" is {@code MWI}.</li>
 *   <li><b>discovered-name</b>: another mention of a person or organisation discovered anywhere in
 *       the article ("Sudani" after "Iraqi Prime Minister Mohammed Shia al-Sudani", or before a later
 *       description), matched on the surname; <b>name-part</b>: a one-word part of a resolved
 *       person's name ("Kim" after "Kim Jong Un").</li>
 *   <li><b>gazetteer-place</b> (with {@link #withPlaces}, not under PETRARCH conventions): a place
 *       the dictionaries lack stands for the country the gazetteer puts it in ("an attack on
 *       Mandera" is {@code KEN}).</li>
 *   <li><b>article-country</b> (a heuristic, not under PETRARCH conventions): what the phrase and
 *       the article leave without a country is of the country at least half of the article's state
 *       actors belong to, when at least two do: an official, resident or person named by a trade of
 *       the country's society ("Commissioner Omar Alasow said", "prominent journalist Ahmed Yusuf");
 *       an organisation the dictionaries lack; a state institution named by a capitalised agent noun
 *       ("Parliament"); a person described nowhere in the article, as a civilian ({@code CVL}).</li>
 *   <li><b>definite-description</b>: "the (military) alliance" refers to the last actor mentioned
 *       whose class nouns include "alliance".</li>
 *   <li><b>coreference</b>: pronouns and short names take the actor of their coreference chain.</li>
 *   <li><b>bare-agent</b> (only with {@link Settings#bareAgents()}, as PETRARCH does): an agent with
 *       no country, "officials said", is {@code ---GOV}.</li>
 * </ul>
 * Coordination distributes: "Lawmakers and officials in Fornost and Gondor" gives four actors
 * ({@code FORLEG}, {@code GONLEG}, {@code FORGOV}, {@code GONGOV}); "the Danish media and
 * government" gives {@code DNKMED} and {@code DNKGOV}. A compound dictionary code ({@code FRO/BIL})
 * gives one actor per code. Such actors share their head token: a caller looking for the actors of a
 * token should take every mention {@link ActorMention#head() headed} by it.
 *
 * <p>Each article is read twice: the first reading learns the persons and organisations it
 * describes and the country it is about, the second resolves with that knowledge.
 *
 * <p>Dates: a dictionary role counts only on the dates it holds (see {@link ActorEntry#roleOn}); a
 * phrase shared by several entries resolves to the last-listed entry that has a role on the date, so
 * a later layer of the dictionary overrides an earlier one. {@link #on(ActorMention, LocalDate)}
 * resolves a mention again on another date, the date of its event.
 *
 * <p>Immutable and thread-safe.
 */
public final class ActorResolver {
    private static final Set<String> ATTACHING = Set.of("compound", "amod", "flat", "nmod:poss", "nmod:tmod");
    /** Prepositions that tie an actor to an agent's noun phrase: "soldiers of/from Arnor". */
    private static final Set<String> OWNING_CASES = Set.of("of", "from", "for");
    /** Prepositions of place: "activists in Arnor" belong there unless the phrase names a country already. */
    private static final Set<String> PLACE_CASES = Set.of("in", "at", "within", "inside");
    private static final Set<String> FORMER = Set.of("former", "ex", "ex-");
    /** Suffixes by which an actor's name becomes an adjective of who someone works for: "Beijing-based", "UN-appointed". */
    private static final List<String> BASED = List.of("-based", "-appointed");
    /** A run of white space, written as one space in a discovery's evidence and an organisation's key. */
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an");
    private static final Set<String> HONORIFICS = Set.of("mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "sir",
            "dame", "madam", "madame", "monsieur", "m.");
    /** Relations by which a description stands beside a name: "Bruno Kahl, Germany's intelligence chief". */
    private static final Set<String> APPOSITIONS = Set.of("appos", "dep");
    /** Prepositions that tie a person to the organisation or country they speak for: "X of NATO", "a fellow at Y". */
    private static final Set<String> AFFILIATIONS = Set.of("of", "for", "at", "from", "with");

    // built once by the public constructor, never changed after it, shared by withPlaces copies
    private final PhraseIndex<ActorEntry> names;
    private final PhraseIndex<Agent> agents;
    private final Map<String, List<ActorEntry>> classNouns;
    private final Map<String, ActorEntry> byId;
    private final ActorDictionary dictionary;
    private final String version;
    private final Settings settings;
    private final PlaceCountries places;

    /**
     * Options of the resolver.
     *
     * @param bareAgents         code an agent without a country with the unknown root, as PETRARCH
     *                           does ("officials said" is {@code ---GOV}); off by default, since such
     *                           actors are rarely useful in event data
     * @param organisationAgents add agents' sectors to organisations' codes too, as PETRARCH does
     *                           ("NATO officials" {@code IGOWSTNATGOV}); off by default, where an
     *                           organisation's officials, spokesmen and leaders are the organisation
     *                           ({@code IGOWSTNAT})
     */
    public record Settings(boolean bareAgents, boolean organisationAgents) {
        /** Dyad's defaults. */
        public static Settings standard() {
            return new Settings(false, false);
        }

        /** PETRARCH's conventions, for its validation suite and dictionaries. */
        public static Settings petrarch() {
            return new Settings(true, true);
        }
    }

    /**
     * Sectors whose unnamed country can be inferred from the article: officials of the state,
     * residents ("a resident who witnessed the attack"), who are local by definition, and the
     * people of a country's own society named by their trade ("prominent journalist Jose Ruben
     * Zamora", "a lawyer", "a farmer", "a professor") in a story about that country.
     */
    private static final Set<String> LOCAL_SECTORS = Set.of("GOV", "MIL", "COP", "LEG", "SPY", "CVL", "MED", "JUD",
            "EDU", "AGR", "BUS", "LAB", "HLH", "OPP", "HRI", "ENV", "CRM", "ELI");
    /** The sector of private persons. */
    private static final String CIVILIAN = "CVL";
    /** Sectors of state institutions, whose capitalised names stand alone for the article's: "Congress", "Parliament". */
    private static final Set<String> STATE_SECTORS = Set.of("GOV", "MIL", "COP", "LEG", "SPY");
    /** Code roots of regions and blocs rather than states. */
    private static final Set<String> REGION_ROOTS = Set.of("WST", "EUR", "AFR", "ASA", "MEA", "LAM", "SEA", "WAF",
            "CAS", "CRB", "PGS", "NMR", "SAM", "SAS", "EAF", "SAF", "NAF", "BLK", "CAU", "EEU");
    /** Code roots of organisations rather than states. */
    private static final Set<String> ORGANISATION_ROOTS = Set.of("IGO", "NGO", "NGM", "MNC", "IMG");

    /** The actors of a document and the persons discovered in it. */
    public record Resolution(List<ActorMention> mentions, List<Discovery> discoveries) {
        public Resolution {
            mentions = List.copyOf(mentions);
            discoveries = List.copyOf(discoveries);
        }
    }

    public ActorResolver(ActorDictionary dictionary, String version) {
        this(dictionary, version, Settings.standard());
    }

    public ActorResolver(ActorDictionary dictionary, String version, Settings settings) {
        Objects.requireNonNull(dictionary, "dictionary");
        this.version = Objects.requireNonNull(version, "version");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.places = PlaceCountries.NONE;
        this.dictionary = dictionary;
        this.names = new PhraseIndex<>();
        this.agents = new PhraseIndex<>();
        this.classNouns = new HashMap<>();
        this.byId = new HashMap<>();
        for (ActorEntry e : dictionary.actors()) {
            e.names().forEach(n -> names.add(n, e));
            e.adjectives().forEach(a -> names.add(a, e));
            e.classNouns().forEach(c -> classNouns.computeIfAbsent(c.toLowerCase(Locale.ROOT), k -> new ArrayList<>())
                    .add(e));
            byId.put(e.id(), e);
        }
        for (Agent a : dictionary.agents()) {
            a.names().forEach(n -> agents.add(n, a));
        }
    }

    private ActorResolver(ActorResolver base, PlaceCountries places) {
        this.names = base.names;
        this.agents = base.agents;
        this.classNouns = base.classNouns;
        this.byId = base.byId;
        this.dictionary = base.dictionary;
        this.version = base.version;
        this.settings = base.settings;
        this.places = Objects.requireNonNull(places, "places: use PlaceCountries.NONE");
    }

    /**
     * This resolver, reading with {@code places} the places the dictionaries lack: a place the
     * gazetteer puts in a country stands for that country (rule {@code gazetteer-place}), "an attack
     * on Dadaab" is an attack on Kenya. Not used under PETRARCH's conventions, whose dictionaries
     * code only the places they list.
     */
    public ActorResolver withPlaces(PlaceCountries places) {
        return new ActorResolver(this, places);
    }

    /**
     * A digest of everything this resolver reads besides the document: its dictionary's content
     * ({@link ActorDictionary#digest}), its settings and version, and which places it reads (the
     * class of its {@link PlaceCountries}; the gazetteer's data is identified by the code that ships
     * it). Computed on each call, by hashing the whole dictionary: call it once per run.
     */
    public String digest() {
        String placeSource = places == PlaceCountries.NONE ? "none" : places.getClass().getName();
        return dictionary.digest() + "/" + settings + "/" + version + "/" + placeSource;
    }

    /** All actor mentions of the document, in text order. */
    public List<ActorMention> resolve(AnnotatedDocument doc) {
        return resolveAll(doc).mentions();
    }

    /**
     * The actors a full analysis of the document could find, for deciding from a preview without
     * dependency parses which sentences are worth parsing: the actors resolved now, and every named
     * person no resolved actor covers, since with the parse a title, an apposition or an affiliation
     * may describe them. Such a candidate has the code {@code "?"} followed by its text
     * (so two of them count as different actors) and the rule {@code candidate}; it is never an
     * actor of an event.
     */
    public List<ActorMention> candidates(AnnotatedDocument preview) {
        List<ActorMention> out = new ArrayList<>(resolve(preview));
        List<ActorMention> resolved = List.copyOf(out);
        for (EntityMention e : preview.entities()) {
            if (!e.type().equals("PERSON")) {
                continue;
            }
            boolean covered = resolved.stream().anyMatch(m -> m.sentence() == e.sentence()
                    && m.tokenBegin() < e.tokenEnd() && e.tokenBegin() < m.tokenEnd());
            if (!covered) {
                out.add(new ActorMention(e.sentence(), e.tokenBegin(), e.tokenEnd(), e.tokenEnd() - 1,
                        new ActorRef("?" + e.text(), e.text(), e.text(), e.begin(), e.end(),
                                Provenance.rule(ActorRule.CANDIDATE.id(), version))));
            }
        }
        out.sort((a, b) -> a.sentence() != b.sentence() ? Integer.compare(a.sentence(), b.sentence())
                : Integer.compare(a.tokenBegin(), b.tokenBegin()));
        return out;
    }

    /** The actor mentions of the document and the persons it discovered from titles and appositions. */
    public Resolution resolveAll(AnnotatedDocument doc) {
        doc.require(Layer.TOKENS, Layer.POS, Layer.ENTITIES);
        return resolveAll(doc, settings.bareAgents() || places == PlaceCountries.NONE ? List.of() : places.find(doc));
    }

    /**
     * {@link #resolve}, given the places of the document that this resolver's {@link PlaceCountries}
     * would find ({@code find(doc)}), for a caller that has them already.
     */
    public List<ActorMention> resolve(AnnotatedDocument doc, List<PlaceCountries.Placed> placed) {
        doc.require(Layer.TOKENS, Layer.POS, Layer.ENTITIES);
        return resolveAll(doc, settings.bareAgents() ? List.of() : placed).mentions();
    }

    /** True when this resolver reads places ({@link #withPlaces}) and its settings let it use them. */
    public boolean readsPlaces() {
        return places != PlaceCountries.NONE && !settings.bareAgents();
    }

    private Resolution resolveAll(AnnotatedDocument doc, List<PlaceCountries.Placed> placed) {
        LocalDate date = doc.article().date();
        // a first reading finds the persons the text describes anywhere in the article, so that a
        // mention before the description ("Chaudhry said ... Chaudhry, the military spokesman") is known
        // too, and the country the article is about
        ArticleContext context = new ArticleContext(doc, placed, names, agents);
        for (Sentence s : doc.sentences()) {
            new SentenceReading(doc, s, date, new ArrayList<>(), context).read();
        }
        context.settle();
        List<ActorMention> out = new ArrayList<>();
        context.discoveries.clear();
        for (Sentence s : doc.sentences()) {
            new SentenceReading(doc, s, date, out, context).read();
        }
        List<Discovery> discoveries = new ArrayList<>(context.discoveries);
        out.addAll(throughCoreference(doc, out));
        out.sort((a, b) -> a.sentence() != b.sentence() ? Integer.compare(a.sentence(), b.sentence())
                : a.tokenBegin() != b.tokenBegin() ? Integer.compare(a.tokenBegin(), b.tokenBegin())
                : Integer.compare(a.head(), b.head()));
        return new Resolution(out, discoveries);
    }

    /**
     * The mention resolved again on another date, for an event dated apart from its article: a
     * mention that a dictionary entry gave alone (by name, by coreference with it, by a part of its
     * name, or by a title that agreed with it) takes the role the entry holds on {@code date}.
     * Mentions built from several entries or learned from the text, and mentions whose entry has no
     * single role on that date, are returned unchanged.
     */
    public ActorMention on(ActorMention mention, LocalDate date) {
        Provenance p = mention.actor().provenance();
        if (!ActorRule.of(p.rule()).map(ActorRule::entryRole).orElse(false)) {
            return mention;
        }
        ActorEntry e = byId.get(p.entry());
        if (e == null) {
            return mention;
        }
        Optional<Role> r = e.roleOn(date);
        if (r.isEmpty() || ActorCode.split(r.get().code()).size() != 1
                || r.get().code().equals(mention.actor().code())) {
            return mention;
        }
        ActorRef a = mention.actor();
        return new ActorMention(mention.sentence(), mention.tokenBegin(), mention.tokenEnd(), mention.head(),
                new ActorRef(r.get().code(), a.name(), a.text(), a.begin(), a.end(), p));
    }

    private enum Kind {
        ACTOR, AGENT, PERSON,
        /** A noun outside the dictionaries that an actor and an agent both modify: "West German world government activists". */
        NOUN,
        /** An organisation the named-entity layer found and the dictionaries lack: "Malawi's Department of Climate Change". */
        ORG
    }

    /** A dictionary phrase or unknown person in a sentence, with its place in the noun phrase. Local to one reading. */
    private static final class Unit {
        final Kind kind;
        final int begin;
        int end;
        int head;
        final ActorEntry entry;
        final Optional<Role> role;
        final Agent agent;
        Unit parent;
        Unit conjunctOf;
        final List<Unit> children = new ArrayList<>(2);
        boolean placeAttached;
        boolean used;
        /** A place the dictionaries lack, standing for the country the gazetteer puts it in. */
        boolean gazetteer;

        Unit(Kind kind, int begin, int end, ActorEntry entry, Optional<Role> role, Agent agent) {
            this.kind = kind;
            this.begin = begin;
            this.end = end;
            this.head = end - 1;
            this.entry = entry;
            this.role = role;
            this.agent = agent;
        }

        boolean coded() {
            return kind == Kind.ACTOR && role.isPresent();
        }
    }

    /** A code found for a noun phrase, before it becomes a mention. */
    private record Found(String code, String name, String rule, String entry, int begin, int end, int head) {
    }

    /** What a name part ("Kim" after "Kim Jong Un") resolves to within an article. */
    private record NamePart(String code, String name, String entry) {
    }

    /**
     * What one article's readings learn about it: persons described in it, the parts of resolved
     * persons' names, and the country most of its actors belong to. Local to one call.
     */
    private static final class ArticleContext {
        final Map<String, Discovery> discovered = new LinkedHashMap<>();
        final List<Discovery> discoveries = new ArrayList<>();
        final Map<String, NamePart> parts = new HashMap<>();
        final Set<String> ambiguous = new java.util.HashSet<>();
        final Map<String, Integer> roots = new HashMap<>();
        final List<PlaceCountries.Placed> placed;
        Optional<String> home = Optional.empty();

        /** Capitalised words the named-entity layer tags as something other than a person somewhere in the article. */
        final Set<String> notPersons = new java.util.HashSet<>();
        /** The dictionary lookup keys of each sentence's words ({@link PhraseIndex#keys}), by sentence index. */
        final String[][] keys;
        /** The document's entity mentions, by sentence index, in document order. */
        final List<List<EntityMention>> entitiesOf;
        /** The longest names and agent phrases at each token: the same for both readings, looked up once. */
        final Lookups<ActorEntry> nameLookups;
        final Lookups<Agent> agentLookups;

        ArticleContext(AnnotatedDocument doc, List<PlaceCountries.Placed> placed, PhraseIndex<ActorEntry> names,
                PhraseIndex<Agent> agents) {
            this.placed = List.copyOf(placed);
            this.keys = new String[doc.sentences().size()][];
            this.nameLookups = new Lookups<>(names, doc.sentences().size());
            this.agentLookups = new Lookups<>(agents, doc.sentences().size());
            this.entitiesOf = new ArrayList<>(Collections.nCopies(doc.sentences().size(), List.of()));
            for (EntityMention e : doc.entities()) {
                if (entitiesOf.get(e.sentence()).isEmpty()) {
                    entitiesOf.set(e.sentence(), new ArrayList<>());
                }
                entitiesOf.get(e.sentence()).add(e);
            }
            for (Sentence s : doc.sentences()) {
                keys[s.index()] = PhraseIndex.keys(s);
                for (int k = 0; k < s.size(); k++) {
                    String w = s.token(k).word();
                    if (!w.isEmpty() && Character.isUpperCase(w.charAt(0)) && !s.token(k).ner().equals("PERSON")
                            && k > 0) {
                        notPersons.add(w);
                    }
                }
            }
        }

        void part(String key, NamePart p) {
            NamePart prior = parts.putIfAbsent(key, p);
            if (prior != null && !prior.code().equals(p.code())) {
                ambiguous.add(key);
            }
        }

        Optional<NamePart> part(String key) {
            return ambiguous.contains(key) ? Optional.empty() : Optional.ofNullable(parts.get(key));
        }

        /** The article's country: the root of at least half its state actors, and at least two of them. */
        void settle() {
            int total = roots.values().stream().mapToInt(Integer::intValue).sum();
            roots.entrySet().stream().max(Map.Entry.comparingByValue())
                    .filter(e -> e.getValue() >= 2 && e.getValue() * 2 >= total)
                    .ifPresent(e -> home = Optional.of(e.getKey()));
        }
    }

    /**
     * The longest phrase of an index at each token of a document, looked up on first use and kept for
     * the rest of one call: a lookup depends on the sentence and the token only.
     */
    private static final class Lookups<V> {
        private final PhraseIndex<V> index;
        private final List<List<PhraseIndex.Match<V>>> bySentence;
        /** Markers of a token not looked up yet and of one where no phrase starts. */
        private final PhraseIndex.Match<V> unset = new PhraseIndex.Match<>(0, 0, List.of());
        private final PhraseIndex.Match<V> none = new PhraseIndex.Match<>(0, 0, List.of());

        Lookups(PhraseIndex<V> index, int sentences) {
            this.index = index;
            this.bySentence = new ArrayList<>(Collections.nCopies(sentences, List.of()));
        }

        /** {@link PhraseIndex#longest(Sentence, String[], int)}, or null. */
        PhraseIndex.Match<V> longest(Sentence s, String[] keys, int i) {
            List<PhraseIndex.Match<V>> row = bySentence.get(s.index());
            if (row.isEmpty()) {
                row = new ArrayList<>(Collections.nCopies(s.size(), unset));
                bySentence.set(s.index(), row);
            }
            PhraseIndex.Match<V> m = row.get(i);
            if (m == unset) {
                PhraseIndex.Match<V> found = index.longest(s, keys, i);
                m = found == null ? none : found;
                row.set(i, m);
            }
            return m == none ? null : m;
        }
    }

    /** The reading of one sentence; holds the mutable working state of one call. */
    private final class SentenceReading {
        final AnnotatedDocument doc;
        final Sentence s;
        final LocalDate date;
        final List<ActorMention> out;
        final ArticleContext context;
        final Map<String, Discovery> discovered;
        final SentenceGraph g;
        final Unit[] unitOf;
        final List<Unit> units = new ArrayList<>();
        final boolean[] taken;
        /** The lookup keys of the sentence's words. */
        final String[] keys;

        SentenceReading(AnnotatedDocument doc, Sentence s, LocalDate date, List<ActorMention> out,
                ArticleContext context) {
            this.doc = doc;
            this.s = s;
            this.date = date;
            this.out = out;
            this.context = context;
            this.discovered = context.discovered;
            this.g = s.parsed() ? s.graph() : null;
            this.unitOf = new Unit[s.size()];
            this.taken = new boolean[s.size()];
            this.keys = context.keys[s.index()];
        }

        void read() {
            List<ActorMention> earlier = new ArrayList<>(out);
            for (int i = 0; i < s.size(); i++) {
                if (s.token(i).word().equalsIgnoreCase("the")) {
                    definite(i, earlier).ifPresent(m -> {
                        for (int k = m.tokenBegin(); k < m.tokenEnd(); k++) {
                            taken[k] = true;
                        }
                        out.add(m);
                    });
                }
            }
            findUnits();
            if (units.isEmpty()) {
                return;
            }
            attach();
            Map<Unit, List<Found>> found = new LinkedHashMap<>();
            for (Unit u : units) {
                if (u.parent == null) {
                    found.put(u, evaluate(u));
                }
            }
            appositions(found);
            articleCountry(found);
            learn(found);
            for (Map.Entry<Unit, List<Found>> e : found.entrySet()) {
                if (e.getKey().used) {
                    continue;
                }
                for (Found f : e.getValue()) {
                    out.add(mention(f));
                }
            }
        }

        /** Registers the parts of resolved persons' names and the countries of state actors. */
        private void learn(Map<Unit, List<Found>> found) {
            for (Map.Entry<Unit, List<Found>> e : found.entrySet()) {
                Unit u = e.getKey();
                if (e.getValue().isEmpty() || u.used) {
                    continue;
                }
                Found f = e.getValue().get(0);
                if ((u.kind == Kind.PERSON || personLike(u)) && u.end - u.begin >= 2) {
                    NamePart p = new NamePart(f.code(), f.name(), f.entry());
                    context.part(s.token(u.begin).word().toLowerCase(Locale.ROOT), p);
                    context.part(surname(u), p);
                }
                for (Found x : e.getValue()) {
                    String root = ActorCode.root(x.code());
                    if (root.length() == 3 && Character.isLetter(root.charAt(0)) && !ORGANISATION_ROOTS.contains(root)
                            && !REGION_ROOTS.contains(root)) {
                        context.roots.merge(root, 1, Integer::sum);
                    }
                }
            }
        }

        /**
         * An official the text names without a country ("Minister of Justice Naser Eldin Abdel Bari",
         * "Wynter Mmolotsi, minister of environment") is of the country the article is about, when
         * the article is about one: the discourse supplies the country the phrase leaves implicit.
         */
        private Optional<String> homeCode(List<Agent> agentList) {
            if (settings.bareAgents() || context.home.isEmpty() || agentList.isEmpty()) {
                return Optional.empty();
            }
            for (Agent a : agentList) {
                if (!LOCAL_SECTORS.contains(ActorCode.root(a.code())) || a.prefix()) {
                    return Optional.empty();
                }
            }
            return Optional.of(ActorCode.compose(context.home.get(), agentList, false));
        }

        // ---- units -------------------------------------------------------------------------

        private void findUnits() {
            int i = 0;
            while (i < s.size()) {
                if (taken[i]) {
                    i++;
                    continue;
                }
                PhraseIndex.Match<ActorEntry> actor = context.nameLookups.longest(s, keys, i);
                PhraseIndex.Match<Agent> agent = context.agentLookups.longest(s, keys, i);
                if (actor != null && free(actor.begin(), actor.end())
                        && (agent == null || actor.length() >= agent.length())) {
                    ActorEntry chosen = null;
                    Optional<Role> role = Optional.empty();
                    List<ActorEntry> values = actor.values();
                    for (int k = values.size() - 1; k >= 0 && role.isEmpty(); k--) {
                        role = values.get(k).roleOn(date);
                        chosen = values.get(k);
                    }
                    add(new Unit(Kind.ACTOR, actor.begin(), actor.end(), chosen, role, null));
                    i = actor.end();
                } else if (agent != null && free(agent.begin(), agent.end()) && !nameInside(agent)) {
                    List<Agent> values = agent.values();
                    add(new Unit(Kind.AGENT, agent.begin(), agent.end(), null, Optional.empty(),
                            values.get(values.size() - 1)));
                    i = agent.end();
                } else {
                    i++;
                }
            }
            basedOn();
            for (EntityMention e : context.entitiesOf.get(s.index())) {
                boolean person = e.type().equals("PERSON");
                if (!person && !e.type().equals("ORGANIZATION")) {
                    continue;
                }
                List<Unit> inside = new ArrayList<>();
                boolean crossing = false;
                for (int k = e.tokenBegin(); k < e.tokenEnd(); k++) {
                    Unit u = unitOf[k];
                    if (u != null && !inside.contains(u)) {
                        inside.add(u);
                        crossing |= u.begin < e.tokenBegin() || u.end > e.tokenEnd();
                    }
                    crossing |= taken[k];
                }
                if (crossing) {
                    continue;
                }
                if (person && !inside.isEmpty() && inside.stream().allMatch(u -> u.kind == Kind.ACTOR
                        && (u.entry.kind() == ActorKind.COUNTRY || u.entry.kind() == ActorKind.PLACE))
                        && inside.stream().noneMatch(u -> u.begin == e.tokenBegin() && u.end == e.tokenEnd())) {
                    // "Victoria Nuland", "Georgia Meloni": a place name inside a person's name is part of the name
                    for (Unit u : inside) {
                        units.remove(u);
                        for (int k = u.begin; k < u.end; k++) {
                            unitOf[k] = null;
                        }
                    }
                    inside.clear();
                }
                Agent trade = null;
                if (!person && !settings.bareAgents() && !inside.isEmpty()
                        && inside.stream().allMatch(u -> u.kind == Kind.AGENT)
                        && inside.stream().mapToInt(u -> u.end - u.begin).sum() < e.tokenEnd() - e.tokenBegin()
                        && s.token(e.tokenBegin()).isProperNoun()) {
                    // "Hormuud Telecom", "the National Congress Party": agent nouns inside an organisation's
                    // proper name; the name is the organisation, and a last agent noun is its trade
                    Unit last = inside.get(inside.size() - 1);
                    trade = last.end == e.tokenEnd() ? last.agent : null;
                    for (Unit u : inside) {
                        units.remove(u);
                        for (int k = u.begin; k < u.end; k++) {
                            unitOf[k] = null;
                        }
                    }
                    inside.clear();
                }
                if (inside.isEmpty()) {
                    Unit u = new Unit(person ? Kind.PERSON : Kind.ORG, e.tokenBegin(), e.tokenEnd(), null,
                            Optional.empty(), trade);
                    add(u);
                } else if (person && inside.size() == 1 && inside.get(0).kind == Kind.ACTOR && inside.get(0).end == e.tokenEnd()) {
                    // "Sergey Lavrov" where the dictionary knows "Lavrov": the whole name is the person
                    Unit u = inside.get(0);
                    units.remove(u);
                    for (int k = u.begin; k < u.end; k++) {
                        unitOf[k] = null;
                    }
                    add(new Unit(Kind.ACTOR, e.tokenBegin(), e.tokenEnd(), u.entry, u.role, null));
                }
            }
            gazetteerPlaces();
            sharedHeads();
            units.sort((a, b) -> Integer.compare(a.begin, b.begin));
        }

        /**
         * A place the dictionaries lack that the gazetteer puts in a country stands for that country,
         * as a capital stands for its government: "an attack on Dadaab" is an attack on Kenya,
         * "residents of Kakuma" are Kenyan residents.
         */
        private void gazetteerPlaces() {
            for (EntityMention e : context.entitiesOf.get(s.index())) {
                if (!e.type().equals("LOCATION")) {
                    continue;
                }
                boolean free = true;
                for (int k = e.tokenBegin(); k < e.tokenEnd(); k++) {
                    free &= unitOf[k] == null && !taken[k];
                }
                if (!free) {
                    continue;
                }
                for (PlaceCountries.Placed p : context.placed) {
                    if (p.sentence() == s.index() && p.begin() < e.end() && e.begin() < p.end()) {
                        countryNamed(p.country()).ifPresent(c -> {
                            Unit u = new Unit(Kind.ACTOR, e.tokenBegin(), e.tokenEnd(), c, c.roleOn(date), null);
                            u.gazetteer = true;
                            add(u);
                        });
                        break;
                    }
                }
            }
        }

        /** The dictionary's country of that name with a role on the date. */
        private Optional<ActorEntry> countryNamed(String name) {
            List<ActorEntry> values = names.exact(List.of(name.strip().split("\\s+")));
            for (int k = values.size() - 1; k >= 0; k--) {
                ActorEntry c = values.get(k);
                if (c.kind() == ActorKind.COUNTRY && c.roleOn(date).isPresent()) {
                    return Optional.of(c);
                }
            }
            return Optional.empty();
        }

        /**
         * "New York-based", "Beijing-based": a place named before {@code -based} stands for its country
         * as an adjective would ("a New York-based immigration lawyer"); an actor named before
         * {@code -appointed} is the one the appointee serves ("United Nations-appointed special
         * rapporteur Richard Bennett").
         */
        private void basedOn() {
            for (int i = 0; i < s.size(); i++) {
                String w = s.token(i).word();
                String suffix = "";
                for (String x : BASED) { // the key is the word in lower case
                    if (keys[i].endsWith(x)) {
                        suffix = x;
                        break;
                    }
                }
                if (unitOf[i] != null || taken[i] || suffix.isEmpty() || w.length() <= suffix.length()) {
                    continue;
                }
                String place = w.substring(0, w.length() - suffix.length());
                for (int b = Math.max(0, i - 1); b <= i; b++) {
                    if (b < i && (unitOf[b] != null || taken[b])) {
                        continue;
                    }
                    List<String> words = new ArrayList<>();
                    for (int k = b; k < i; k++) {
                        words.add(s.token(k).word());
                    }
                    words.add(place);
                    List<ActorEntry> values = names.exact(words);
                    Optional<Role> role = Optional.empty();
                    ActorEntry chosen = null;
                    for (int k = values.size() - 1; k >= 0 && role.isEmpty(); k--) {
                        role = values.get(k).roleOn(date);
                        chosen = values.get(k);
                    }
                    if (role.isPresent()) {
                        add(new Unit(Kind.ACTOR, b, i + 1, chosen, role, null));
                        break;
                    }
                }
            }
        }

        /** Nouns outside the dictionaries that both an actor and an agent modify become units of their own. */
        private void sharedHeads() {
            if (g == null) {
                return;
            }
            for (int t = 0; t < s.size(); t++) {
                if (unitOf[t] != null || taken[t] || !s.token(t).isNoun()) {
                    continue;
                }
                boolean actor = false;
                boolean agent = false;
                for (Unit u : units) {
                    if (g.head(u.head) == t && ATTACHING.contains(g.relation(u.head))) {
                        actor |= u.kind == Kind.ACTOR;
                        agent |= u.kind == Kind.AGENT;
                    }
                }
                if (actor && agent) {
                    add(new Unit(Kind.NOUN, t, t + 1, null, Optional.empty(), null));
                }
            }
        }

        /**
         * True when a name starts inside an agent phrase and reaches at least its end: "the West" is
         * the actor West, not the agent phrase "the west" (names are more specific than agent nouns).
         */
        private boolean nameInside(PhraseIndex.Match<Agent> agent) {
            for (int k = agent.begin() + 1; k < agent.end(); k++) {
                PhraseIndex.Match<ActorEntry> a = context.nameLookups.longest(s, keys, k);
                if (a != null && a.end() >= agent.end()) {
                    return true;
                }
            }
            return false;
        }

        private boolean free(int begin, int end) {
            for (int k = begin; k < end; k++) {
                if (taken[k] || unitOf[k] != null) {
                    return false;
                }
            }
            return true;
        }

        private void add(Unit u) {
            units.add(u);
            for (int k = u.begin; k < u.end; k++) {
                unitOf[k] = u;
            }
            u.head = headOf(u.begin, u.end);
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

        // ---- noun phrases ------------------------------------------------------------------

        private void attach() {
            for (Unit u : units) {
                if (g != null) {
                    attachParsed(u);
                } else {
                    attachAdjacent(u);
                }
            }
            for (Unit u : units) {
                if (u.parent != null) {
                    u.parent.children.add(u);
                }
            }
        }

        private void attachParsed(Unit u) {
            int h = u.head;
            int gh = g.head(h);
            if (gh < 0) {
                return;
            }
            Unit w = unitOf[gh];
            String rel = g.relation(h);
            if (w == null && ATTACHING.contains(rel)) {
                // through a title noun the dictionaries lack: "Turkish presidential adviser Mesut Casin",
                // "White House press secretary Karoline Leavitt"
                int k = gh;
                for (int hop = 0; hop < 2 && w == null && k >= 0 && unitOf[k] == null && s.token(k).isNoun()
                        && ATTACHING.contains(g.relation(k)); hop++) {
                    k = g.head(k);
                    w = k >= 0 ? unitOf[k] : null;
                }
                if (w != null && w != u && (w.kind == Kind.PERSON || w.kind == Kind.ORG || personLike(w))) {
                    u.parent = w;
                }
                return;
            }
            if (w == null || w == u) {
                return;
            }
            if (rel.equals("conj")) {
                u.conjunctOf = w;
                return;
            }
            if (ATTACHING.contains(rel)) {
                u.parent = w;
                return;
            }
            if (g.baseRelation(h).equals("nmod")) {
                String c = caseOf(h);
                if (OWNING_CASES.contains(c)) {
                    u.parent = w;
                } else if (PLACE_CASES.contains(c)) {
                    u.parent = w;
                    u.placeAttached = true;
                }
            }
        }

        private String caseOf(int h) {
            for (int c : g.children(h, "case")) {
                return s.token(c).lemma().toLowerCase(Locale.ROOT);
            }
            return "";
        }

        /** Without a parse: "X Y" and "X 's Y" make X a modifier of Y; "Y of/from/in X" makes X a modifier of Y. */
        private void attachAdjacent(Unit u) {
            int next = u.end;
            if (next < s.size() && s.token(next).word().equals("'s")) {
                next++;
            }
            if (next < s.size() && unitOf[next] != null && unitOf[next] != u && unitOf[next].begin == next) {
                u.parent = unitOf[next];
                return;
            }
            if (u.kind != Kind.ACTOR) {
                return;
            }
            int before = u.begin - 1;
            while (before >= 0 && DETERMINERS.contains(s.token(before).word().toLowerCase(Locale.ROOT))) {
                before--;
            }
            if (before >= 1) {
                String prep = s.token(before).word().toLowerCase(Locale.ROOT);
                Unit w = unitOf[before - 1];
                if (w != null && w.kind == Kind.AGENT && w.end == before
                        && (OWNING_CASES.contains(prep) || PLACE_CASES.contains(prep))) {
                    u.parent = w;
                    u.placeAttached = PLACE_CASES.contains(prep);
                }
            }
        }

        private List<Unit> members(Unit root) {
            List<Unit> m = new ArrayList<>();
            collect(root, m, 0);
            m.sort((a, b) -> Integer.compare(a.begin, b.begin));
            return m;
        }

        private void collect(Unit u, List<Unit> m, int depth) {
            if (depth > units.size() || m.contains(u)) {
                return;
            }
            m.add(u);
            for (Unit c : u.children) {
                collect(c, m, depth + 1);
            }
        }

        /** Actors modifying a phrase, with those coordinated with them: "of Arnor, Osgiliath and Gondor". */
        private List<Unit> modifierActors(Unit root, List<Unit> members) {
            List<Unit> owning = new ArrayList<>();
            List<Unit> placed = new ArrayList<>();
            for (Unit m : members) {
                if (m != root && m.kind == Kind.ACTOR) {
                    (m.placeAttached ? placed : owning).add(m);
                }
            }
            List<Unit> chosen = owning.isEmpty() ? placed : owning;
            List<Unit> out = new ArrayList<>();
            for (Unit a : chosen) {
                addWithConjuncts(a, out);
            }
            return out;
        }

        private void addWithConjuncts(Unit a, List<Unit> out) {
            if (out.contains(a)) {
                return;
            }
            out.add(a);
            for (Unit u : units) {
                if (u.conjunctOf == a && u.parent == null && u.kind == Kind.ACTOR && u.children.isEmpty()) {
                    u.used = true;
                    addWithConjuncts(u, out);
                }
            }
        }

        private boolean former(List<Unit> members) {
            for (Unit m : members) {
                int before = m.begin - 1;
                if (before >= 0 && FORMER.contains(s.token(before).word().toLowerCase(Locale.ROOT))) {
                    return true;
                }
                if (g != null) {
                    for (int c : g.children(m.head, "amod")) {
                        if (FORMER.contains(s.token(c).word().toLowerCase(Locale.ROOT))) {
                            return true;
                        }
                    }
                }
            }
            return false;
        }

        /**
         * A person the dictionary does not know on this date: a named person it lacks, or one whose
         * roles all lie outside the date (an office-holder of another decade).
         */
        private boolean unknownPerson(Unit u) {
            return u.kind == Kind.PERSON || u.kind == Kind.ACTOR && !u.coded() && personLike(u);
        }

        private boolean personLike(Unit u) {
            if (u.kind == Kind.PERSON) {
                return true;
            }
            if (u.kind != Kind.ACTOR) {
                return false;
            }
            if (u.entry.kind() == ActorKind.PERSON) {
                return true;
            }
            return u.entry.kind() == ActorKind.UNKNOWN && s.token(u.head).ner().equals("PERSON");
        }

        // ---- codes -------------------------------------------------------------------------

        private List<Found> evaluate(Unit root) {
            List<Unit> members = members(root);
            List<Unit> actors = modifierActors(root, members);
            List<Agent> agentList = new ArrayList<>();
            for (Unit m : members) {
                if (m.kind == Kind.AGENT) {
                    agentList.add(m.agent);
                }
            }
            boolean former = former(members);
            List<Found> found = switch (root.kind) {
                case ACTOR -> unknownPerson(root) ? evaluatePerson(root, members, actors, agentList, former)
                        : evaluateActor(root, members, actors, agentList, former);
                case AGENT, NOUN -> evaluateAgent(root, members, actors, agentList, former);
                case PERSON -> evaluatePerson(root, members, actors, agentList, former);
                case ORG -> evaluateOrganisation(root, members, withTrade(root, agentList));
            };
            return emitUnusedModifiers(found, members, root);
        }

        private List<Found> evaluateActor(Unit root, List<Unit> members, List<Unit> actors, List<Agent> agentList,
                boolean former) {
            List<Found> found = new ArrayList<>();
            boolean titled = !actors.isEmpty() && (personLike(root) || !agentList.isEmpty());
            if (titled) {
                // "Russian Foreign Minister Sergey Lavrov", "Arnor's Elrond": the title's country speaks
                Optional<String> own = root.role.map(Role::code);
                for (Unit a : actors) {
                    for (String code : codesOf(a)) {
                        String titleCode = compose(a.entry, code, agentList, former);
                        // a known person of the title's country keeps a dictionary role at least as specific
                        boolean agrees = own.isPresent() && ActorCode.split(own.get()).size() == 1
                                && ActorCode.root(own.get()).equals(ActorCode.root(code)) && !former
                                && own.get().length() >= titleCode.length();
                        String chosen = agrees ? own.get() : titleCode;
                        found.add(found(root, members, a, chosen, displayOf(root), "title-name",
                                agrees ? root.entry.id() : root.entry.id() + "+" + describe(a, members)));
                    }
                }
                for (Unit a : actors) {
                    a.used = true;
                }
                return found;
            }
            if (!root.coded()) {
                return found;
            }
            boolean person = personLike(root);
            for (String code : ActorCode.split(root.role.get().code())) {
                String c;
                String rule;
                if (person) {
                    c = former ? ActorCode.add(ActorCode.root(code), ActorCode.ELITE, false) : code;
                    rule = "dictionary-name";
                } else {
                    c = compose(root.entry, code, agentList, former);
                    rule = c.equals(code) ? "dictionary-name" : "adjective-agent";
                }
                String entry = rule.equals("dictionary-name") ? root.entry.id() : root.entry.id() + "+" + agentText(members);
                if (root.gazetteer && rule.equals("dictionary-name")) {
                    rule = "gazetteer-place";
                    entry = root.entry.id() + "+" + doc.text(s, root.begin, root.end);
                }
                found.add(found(root, members, null, c, root.entry.displayName()
                        + (rule.equals("adjective-agent") ? " (" + agentText(members) + ")" : ""), rule, entry));
            }
            return found;
        }

        /**
         * Actors inside a phrase that did not combine with its head stand alone: "Russia's Gazprom",
         * "the leader of ISIS in Iraq". An adjective of place before a place is not an actor but a
         * direction: "western Ukraine", "northern Iraq".
         */
        private List<Found> emitUnusedModifiers(List<Found> found, List<Unit> members, Unit root) {
            for (Unit m : members) {
                boolean direction = root.kind == Kind.ACTOR && (root.entry.kind() == ActorKind.COUNTRY
                        || root.entry.kind() == ActorKind.PLACE) && s.token(m.head).pos().startsWith("JJ");
                if (m != root && m.kind == Kind.ACTOR && m.coded() && !m.used && !direction) {
                    for (String code : ActorCode.split(m.role.get().code())) {
                        found.add(m.gazetteer
                                ? new Found(code, m.entry.displayName(), "gazetteer-place",
                                        m.entry.id() + "+" + doc.text(s, m.begin, m.end), m.begin, m.end, m.head)
                                : new Found(code, m.entry.displayName(), "dictionary-name", m.entry.id(), m.begin,
                                        m.end, m.head));
                    }
                }
            }
            return found;
        }

        private List<Found> evaluateAgent(Unit root, List<Unit> members, List<Unit> actors, List<Agent> agentList,
                boolean former) {
            List<Found> found = new ArrayList<>();
            List<Agent> combined = agentList;
            List<Unit> owners = actors;
            if (owners.isEmpty() && root.conjunctOf != null && root.conjunctOf.parent == null
                    && root.conjunctOf.kind == Kind.AGENT) {
                // "the Danish media and government": the second conjunct shares the first one's modifiers
                List<Unit> first = members(root.conjunctOf);
                owners = modifierActors(root.conjunctOf, first);
                combined = new ArrayList<>();
                for (Unit m : first) {
                    if (m.kind == Kind.AGENT && m != root.conjunctOf) {
                        combined.add(m.agent);
                    }
                }
                combined.addAll(agentList);
                former |= former(first);
            }
            if (owners.isEmpty()) {
                if (settings.bareAgents()) {
                    String code = ActorCode.compose(ActorCode.UNKNOWN_ROOT, combined, former);
                    found.add(new Found(code, agentText(members), "bare-agent", agentText(members),
                            members.get(0).begin, members.get(members.size() - 1).end, root.head));
                }
                return found;
            }
            for (Unit a : owners) {
                a.used = true;
                for (String code : codesOf(a)) {
                    String c = compose(a.entry, code, combined, former);
                    found.add(found(root, members, a, c, a.entry.displayName() + " (" + agentText(members) + ")",
                            "adjective-agent", a.entry.id() + "+" + agentText(members)));
                }
            }
            return found;
        }

        /** An unknown organisation belongs to the country that owns it in the phrase: "Cameroon's poultry association". */
        private List<Found> evaluateOrganisation(Unit root, List<Unit> members, List<Agent> agentList) {
            List<Found> found = new ArrayList<>();
            String name = doc.text(s, root.begin, root.end);
            for (Unit m : members) {
                if (m != root && m.kind == Kind.ACTOR && m.coded() && !m.placeAttached
                        && (m.entry.kind() == ActorKind.COUNTRY || m.entry.kind() == ActorKind.PLACE)) {
                    m.used = true;
                    for (String code : codesOf(m)) {
                        Found f = found(root, members, m, ActorCode.compose(code, agentList, false), name, "owner",
                                m.entry.id() + "+" + name);
                        found.add(f);
                        discover(root, name, f);
                    }
                }
            }
            Discovery earlier = discovered.get(surname(root));
            if (found.isEmpty() && earlier != null && !(earlier.sentence() == s.index()
                    && earlier.tokenBegin() <= root.begin && root.begin < earlier.tokenEnd())) {
                found.add(new Found(earlier.code(), earlier.name(), "discovered-name", earlier.entry(), root.begin,
                        root.end, root.head));
            }
            return found;
        }

        private List<Found> evaluatePerson(Unit root, List<Unit> members, List<Unit> actors, List<Agent> agentList,
                boolean former) {
            List<Found> found = new ArrayList<>();
            String name = doc.text(s, root.begin, root.end);
            if (!actors.isEmpty()) {
                for (Unit a : actors) {
                    a.used = true;
                    for (String code : codesOf(a)) {
                        String c = compose(a.entry, code, agentList, former);
                        Found f = found(root, members, a, c, name, "title-name", a.entry.id() + "+" + describe(a, members));
                        found.add(f);
                        discover(root, name, f);
                    }
                }
                return found;
            }
            Discovery earlier = discovered.get(surname(root));
            boolean here = earlier != null && earlier.sentence() == s.index() && earlier.tokenBegin() <= root.begin
                    && root.begin < earlier.tokenEnd();
            if (earlier != null && !here) {
                found.add(new Found(earlier.code(), earlier.name(), "discovered-name", earlier.entry(), root.begin,
                        root.end, root.head));
                return found;
            }
            if (root.end - root.begin == 1) {
                Optional<NamePart> part = context.part(s.token(root.begin).word().toLowerCase(Locale.ROOT));
                if (part.isPresent()) {
                    found.add(new Found(part.get().code(), part.get().name(), "name-part", part.get().entry(),
                            root.begin, root.end, root.head));
                    return found;
                }
            }
            Optional<String> home = homeCode(agentList);
            if (home.isPresent()) {
                Found f = found(root, members, null, home.get(), name, "article-country",
                        context.home.get() + "+" + agentText(members));
                found.add(f);
                discover(root, name, f);
            }
            return found;
        }

        /**
         * What nothing in the phrase or its description placed, the story does (a heuristic, off
         * under PETRARCH's conventions): an organisation the dictionaries lack is of the country the
         * phrase puts it in ("a clinic in Kenya") or else of the article's ("Iberdrola" in a story
         * about Spain, "the National Congress Party" in one about Sudan); a state institution named
         * by its capitalised common name ("Congress", "Parliament") is the article's country's; a
         * person the article names without any description is one of its country's civilians
         * ({@code CVL}), as CAMEO codes private persons. The article's country is a guess and not
         * recorded as a discovery.
         */
        private void articleCountry(Map<Unit, List<Found>> found) {
            if (settings.bareAgents()) {
                return;
            }
            for (Unit u : units) {
                if (u.parent != null || !found.containsKey(u) || !found.get(u).isEmpty()) {
                    continue;
                }
                List<Unit> members = members(u);
                List<Agent> agentList = new ArrayList<>();
                for (Unit m : members) {
                    if (m.kind == Kind.AGENT) {
                        agentList.add(m.agent);
                    }
                }
                agentList = withTrade(u, agentList);
                String name = doc.text(s, u.begin, u.end);
                if (u.kind == Kind.ORG) {
                    List<Found> mine = new ArrayList<>();
                    for (Unit m : members) {
                        if (m != u && m.kind == Kind.ACTOR && m.coded() && m.placeAttached
                                && (m.entry.kind() == ActorKind.COUNTRY || m.entry.kind() == ActorKind.PLACE)) {
                            m.used = true;
                            for (String code : codesOf(m)) {
                                mine.add(found(u, members, m, ActorCode.compose(code, agentList, false), name,
                                        "owner", m.entry.id() + "+" + name));
                            }
                        }
                    }
                    mine.forEach(f -> discover(u, name, f));
                    if (mine.isEmpty() && context.home.isPresent()) {
                        // a guess, not a discovery: every mention of the name guesses the same
                        mine.add(found(u, members, null, ActorCode.compose(context.home.get(), agentList, false), name,
                                "article-country", context.home.get() + "+" + name));
                    }
                    found.put(u, mine);
                } else if (u.kind == Kind.PERSON && members.size() == 1 && context.home.isPresent()
                        && !context.notPersons.contains(s.token(u.end - 1).word())) {
                    // a private person the article describes nowhere is one of its country's civilians, when
                    // the named-entity layer calls the name a person wherever it appears ("Cyclone Jude",
                    // "DeepSeek" tagged a person once are not)
                    found.put(u, List.of(found(u, members, null, ActorCode.add(context.home.get(), CIVILIAN, false),
                            name, "article-country", context.home.get() + "+civilian")));
                } else if (u.kind == Kind.AGENT && members.size() == 1 && institution(u)) {
                    homeCode(agentList).ifPresent(code -> found.put(u, List.of(found(u, members, null, code, name,
                            "article-country", context.home.get() + "+" + agentText(members)))));
                }
            }
        }

        /** The agents of an organisation's phrase with the trade its own name ends in ("Hormuud Telecom"). */
        private List<Agent> withTrade(Unit org, List<Agent> agentList) {
            if (org.kind != Kind.ORG || org.agent == null) {
                return agentList;
            }
            List<Agent> out = new ArrayList<>(agentList);
            out.add(org.agent);
            return out;
        }

        /** A state institution named by a capitalised agent noun: "Congress", "Parliament", "the Senate". */
        private boolean institution(Unit u) {
            if (!STATE_SECTORS.contains(ActorCode.root(u.agent.code()))) {
                return false;
            }
            for (int k = u.begin; k < u.end; k++) {
                String w = s.token(k).word();
                if (!DETERMINERS.contains(w.toLowerCase(Locale.ROOT))
                        && (!s.token(k).isProperNoun() || !Character.isUpperCase(w.charAt(0)))) {
                    return false;
                }
            }
            return true;
        }

        /**
         * Descriptions of persons the dictionary does not know: an apposition ("Bruno Kahl, Germany's
         * intelligence chief"; "Germany's intelligence chief, Bruno Kahl"; "X, a senior fellow at the
         * Atlantic Council") or an affiliation ("X of the Atlantic Council") gives the person the code
         * of the actor the description names.
         */
        private void appositions(Map<Unit, List<Found>> found) {
            if (g == null) {
                return;
            }
            for (Unit u : units) {
                if (u.parent != null || !unknownPerson(u) && u.kind != Kind.ORG || !found.containsKey(u)
                        || !found.get(u).isEmpty()) {
                    continue;
                }
                List<Found> described = List.of();
                String rule = "appositive";
                for (int c : g.children(u.head)) {
                    if (described.isEmpty() && APPOSITIONS.contains(g.relation(c))) {
                        described = description(c, found, 0);
                    }
                }
                if (described.isEmpty() && APPOSITIONS.contains(g.relation(u.head)) && g.head(u.head) >= 0) {
                    described = description(g.head(u.head), found, 0);
                }
                if (described.isEmpty()) {
                    rule = "affiliation";
                    for (int c : g.children(u.head)) {
                        if (described.isEmpty() && g.baseRelation(c).equals("nmod")
                                && AFFILIATIONS.contains(caseOf(c))) {
                            described = description(c, found, 0);
                        }
                    }
                }
                if (described.isEmpty()) {
                    // "Mehdiyev, who is Azerbaijani": a relative clause that predicates a nationality
                    for (int c : g.children(u.head, "acl:relcl")) {
                        Unit w = unitOf[c];
                        if (described.isEmpty() && w != null && w.coded() && w.entry.kind() == ActorKind.COUNTRY
                                && !g.children(c, "cop").isEmpty()) {
                            rule = "nationality";
                            described = found.getOrDefault(w, List.of());
                        }
                    }
                }
                if (described.isEmpty() && g.relation(u.head).equals("conj") && g.head(u.head) >= 0) {
                    // "three members of the U.S. Senate — Chuck Grassley, Jeanne Shaheen and Jim Risch": names
                    // coordinated with a name that stands in apposition to a description share it
                    Unit w = unitOf[g.head(u.head)];
                    List<Found> f = w == null || w == u ? List.of() : found.getOrDefault(w, List.of());
                    if (!f.isEmpty() && (w.kind == Kind.PERSON || personLike(w))
                            && APPOSITIONS.contains(g.relation(w.head))
                            && f.stream().allMatch(x -> x.rule().equals("appositive"))) {
                        rule = "appositive";
                        described = f;
                    }
                }
                if (described.isEmpty()) {
                    for (int c : g.children(u.head)) {
                        Unit w = unitOf[c];
                        if (described.isEmpty() && APPOSITIONS.contains(g.relation(c)) && w != null && w.parent == null
                                && w.kind == Kind.AGENT && found.getOrDefault(w, List.of()).isEmpty()) {
                            List<Agent> agentList = new ArrayList<>();
                            for (Unit m : members(w)) {
                                if (m.kind == Kind.AGENT) {
                                    agentList.add(m.agent);
                                }
                            }
                            Optional<String> home = homeCode(agentList);
                            if (home.isPresent()) {
                                rule = "article-country";
                                described = List.of(new Found(home.get(), "", rule, context.home.get() + "+"
                                        + agentText(members(w)), w.begin, w.end, w.head));
                            }
                        }
                    }
                }
                if (described.isEmpty()) {
                    continue;
                }
                String name = doc.text(s, u.begin, u.end);
                List<Found> mine = new ArrayList<>();
                for (Found d : described) {
                    Found f = new Found(d.code(), name, rule, d.entry(), u.begin, u.end, u.head);
                    mine.add(f);
                    discover(u, name, f);
                }
                found.put(u, mine);
            }
        }

        /**
         * The codes a descriptive noun phrase headed by token {@code t} gives: its own, when it is a
         * coded noun phrase (not a person, not a bare agent), else that of an actor it names below it,
         * through possessives, compounds and prepositional phrases, up to three levels down: "UNICEF's
         * executive director", "a senior fellow at the Atlantic Council", "director general of the
         * Pakistani military's media wing".
         */
        private List<Found> description(int t, Map<Unit, List<Found>> found, int depth) {
            Unit w = unitOf[t];
            if (w != null) {
                Unit r = w;
                for (int k = 0; r.parent != null && k <= units.size(); k++) {
                    r = r.parent;
                }
                if (r.kind == Kind.PERSON || personLike(r)) {
                    return List.of(); // another person's name does not describe this one
                }
                List<Found> f = found.getOrDefault(r, List.of());
                if (!f.isEmpty() && f.stream().noneMatch(x -> x.rule().equals("bare-agent"))) {
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
                                && (AFFILIATIONS.contains(caseOf(c)) || PLACE_CASES.contains(caseOf(c)));
                if (down && (w == null || unitOf[c] != w)) {
                    List<Found> f = description(c, found, depth + 1);
                    if (!f.isEmpty()) {
                        return f;
                    }
                }
            }
            return List.of();
        }

        private void discover(Unit person, String name, Found f) {
            if (!unknownPerson(person) && person.kind != Kind.ORG) {
                return;
            }
            Discovery d = new Discovery(name, f.code(), f.rule(), f.entry(), doc.article().id(), date, s.index(),
                    SPACES.matcher(doc.text(s.begin(), s.end())).replaceAll(" "), f.begin(), f.end());
            discovered.put(surname(person), d);
            context.discoveries.add(d);
        }

        /** The key a discovery is known by in its article: a person's surname, an organisation's whole name. */
        private String surname(Unit u) {
            if (u.kind == Kind.ORG) {
                return SPACES.matcher(doc.text(s, u.begin, u.end).toLowerCase(Locale.ROOT)).replaceAll(" ");
            }
            return Discovery.surnameOf(s.token(u.end - 1).word());
        }

        /** The actor's code with agents added, except to an organisation's under the standard settings. */
        private String compose(ActorEntry entry, String code, List<Agent> agentList, boolean former) {
            boolean organisation = entry.kind() == ActorKind.ORGANISATION || entry.kind() == ActorKind.GROUP
                    || ORGANISATION_ROOTS.contains(ActorCode.root(code));
            if (organisation && !settings.organisationAgents()) {
                return code;
            }
            return ActorCode.compose(code, agentList, former);
        }

        private List<String> codesOf(Unit a) {
            return a.role.map(r -> ActorCode.split(r.code())).orElse(List.of());
        }

        private Found found(Unit root, List<Unit> members, Unit actor, String code, String name, String rule,
                String entry) {
            int b = root.begin;
            int e = root.end;
            for (Unit m : members) {
                if (m.kind == Kind.AGENT || m == actor) {
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

        private String agentText(List<Unit> members) {
            List<String> parts = new ArrayList<>();
            for (Unit m : members) {
                if (m.kind == Kind.AGENT) {
                    parts.add(doc.text(s, m.begin, m.end).toLowerCase(Locale.ROOT));
                }
            }
            return String.join(" ", parts);
        }

        private String describe(Unit actor, List<Unit> members) {
            String agentsText = agentText(members);
            return agentsText.isEmpty() ? doc.text(s, actor.begin, actor.end) : agentsText;
        }

        private String displayOf(Unit u) {
            return u.kind == Kind.ACTOR && u.entry.kind() == ActorKind.PERSON ? u.entry.displayName()
                    : doc.text(s, u.begin, u.end);
        }

        private ActorMention mention(Found f) {
            int first = f.begin();
            if (first > 0 && HONORIFICS.contains(s.token(first - 1).word().toLowerCase(Locale.ROOT))
                    && s.token(first).isProperNoun()) {
                f = new Found(f.code(), f.name(), f.rule(), f.entry(), first - 1, f.end(), f.head());
            }
            int b = s.token(f.begin()).begin();
            int e = s.token(f.end() - 1).end();
            ActorRef ref = new ActorRef(f.code(), f.name(), doc.text(b, e), b, e,
                    new Provenance(f.rule(), f.entry(), version));
            return new ActorMention(s.index(), f.begin(), f.end(), f.head(), ref);
        }

        /** "the (adj)* classNoun" referring back to the last actor of that class. */
        private Optional<ActorMention> definite(int i, List<ActorMention> earlier) {
            for (int j = i + 1; j < Math.min(s.size(), i + 4); j++) {
                String noun = s.token(j).word().toLowerCase(Locale.ROOT);
                List<ActorEntry> candidates = classNouns.get(noun);
                if (candidates != null && s.token(j).isNoun()
                        && (j + 1 >= s.size() || !s.token(j + 1).isNoun())) {
                    for (int k = earlier.size() - 1; k >= 0; k--) {
                        ActorMention prior = earlier.get(k);
                        for (ActorEntry c : candidates) {
                            if (prior.actor().provenance().entry().equals(c.id())) {
                                return Optional.of(mention(new Found(prior.actor().code(), prior.actor().name(),
                                        "definite-description", c.id(), i + 1, j + 1, j)));
                            }
                        }
                    }
                    return Optional.empty();
                }
                if (!s.token(j).pos().startsWith("JJ") && !s.token(j).isNoun()) {
                    return Optional.empty();
                }
            }
            return Optional.empty();
        }
    }

    /** Mentions of coreference chains whose other mentions were resolved. */
    private List<ActorMention> throughCoreference(AnnotatedDocument doc, List<ActorMention> found) {
        List<ActorMention> out = new ArrayList<>();
        for (CorefChain chain : doc.coreference()) {
            Optional<ActorMention> anchor = Optional.empty();
            List<Mention> order = new ArrayList<>(chain.mentions());
            Collections.swap(order, 0, chain.representative());
            for (Mention m : order) {
                anchor = found.stream().filter(a -> a.sentence() == m.sentence() && a.covers(m.head())).findFirst();
                if (anchor.isPresent()) {
                    break;
                }
            }
            if (anchor.isEmpty()) {
                continue;
            }
            ActorRef a = anchor.get().actor();
            for (Mention m : chain.mentions()) {
                boolean covered = found.stream().anyMatch(f -> f.sentence() == m.sentence() && f.covers(m.head()))
                        || out.stream().anyMatch(f -> f.sentence() == m.sentence() && f.covers(m.head()));
                if (!covered) {
                    out.add(new ActorMention(m.sentence(), m.tokenBegin(), m.tokenEnd(), m.head(),
                            new ActorRef(a.code(), a.name(), m.text(), m.begin(), m.end(),
                                    new Provenance("coreference", a.provenance().entry(), version))));
                }
            }
        }
        return out;
    }
}
