package org.dyad.actors;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.dyad.model.ActorRef;
import org.dyad.model.AnnotatedDocument;
import org.dyad.model.EntityMention;
import org.dyad.model.Layer;
import org.dyad.model.Provenance;
import org.dyad.model.Sentence;

/**
 * Finds the actors of a document and resolves each to its code on the article date, by an ordered
 * list of named rules ({@link #RULES}).
 *
 * <p>Each sentence is read in stages ({@link Rule.Stage}; {@link Rules} says exactly how):
 * <ol>
 *   <li><b>Tokens</b>: rules that claim words before anything else: "the military alliance"
 *       referring back to NATO.</li>
 *   <li><b>Units</b>: the longest dictionary phrases, left to right: actors ("Russia", "Russian",
 *       "the Kremlin", "Vladimir Putin") and agents ("troops", "foreign minister"); named persons and
 *       organisations the dictionary does not know, from the named-entity layer; places only the
 *       gazetteer knows ({@link UnitFinder}).</li>
 *   <li><b>Noun phrases</b>: units join the unit they modify inside a noun phrase, read from the
 *       dependency parse ({@code compound}, {@code amod}, {@code flat}, possessives, and
 *       {@code nmod} with <i>of</i>, <i>from</i>, <i>for</i>, <i>in</i>, <i>at</i>); in a sentence
 *       without a parse, from adjacency ("Russian troops", "soldiers of Arnor", "Gondor's
 *       government") ({@link NounPhrases}).</li>
 *   <li><b>Codes</b>: each noun phrase takes the codes of the first rule that claims it: by its head
 *       (a title, a name, an adjective with agents, an owner, a name the article described), else by
 *       a description (an apposition, an affiliation, a nationality), else by what the story
 *       supplies (the article's country). Each resolved actor records its rule ({@link ActorRule})
 *       and the dictionary entry that produced it in its provenance.</li>
 * </ol>
 * After the sentences, coreference carries actors to pronouns and short names. {@code docs/actors.md}
 * lists the rules with examples and says how to add one.
 *
 * <p>Coordination distributes: "Lawmakers and officials in Fornost and Gondor" gives four actors
 * ({@code FORLEG}, {@code GONLEG}, {@code FORGOV}, {@code GONGOV}); "the Danish media and
 * government" gives {@code DNKMED} and {@code DNKGOV}. A compound dictionary code ({@code FRO/BIL})
 * gives one actor per code. Such actors share their head token: a caller looking for the actors of a
 * token should take every mention {@link ActorMention#head() headed} by it.
 *
 * <p>Each article is read twice: the first reading learns the persons and organisations it
 * describes and the country it is about ({@link DiscourseContext}), the second resolves with that
 * knowledge.
 *
 * <p>Dates: a dictionary role counts only on the dates it holds (see {@link ActorEntry#roleOn}); a
 * phrase shared by several entries resolves to the last-listed entry that has a role on the date, so
 * a later layer of the dictionary overrides an earlier one. {@link #on(ActorMention, LocalDate)}
 * resolves a mention again on another date, the date of its event.
 *
 * <p>Immutable and thread-safe.
 */
public final class ActorResolver {
    /**
     * The rules, in the order they apply (stage by stage; within a stage, the first rule that claims
     * a noun phrase gives its codes). To add a rule, write a class implementing one of the stages'
     * interfaces ({@link PhraseRule} for most) and name it here, at its place.
     */
    static final Rules RULES = Rules.of(List.of(
            new DefiniteDescription(), // TOKENS
            new GazetteerPlace(), // UNITS
            // HEAD: what the noun phrase itself says
            new TitleName(),
            new DictionaryName(),
            new AdjectiveAgent(),
            new Owner(),
            new DiscoveredName(),
            new NamePart(),
            new StoryTitle(),
            new BareAgent(),
            // DESCRIPTION: what the sentence says of a person or organisation still without a code
            new Appositive(),
            new Affiliation(),
            new Nationality(),
            new CoordinatedApposition(),
            new StoryApposition(),
            // STORY: what the article supplies
            new PlacedOrganisation(),
            new StoryOrganisation(),
            new StoryCivilian(),
            new StoryInstitution(),
            new StoryAgent(),
            new BareArmedAgent(),
            // ARTICLE
            new BoundPronoun(),
            new Coreference()));

    // built once by the public constructor, never changed after it, shared by withPlaces copies
    private final DictionaryIndex index;
    private final String version;
    private final Settings settings;
    private final Rules rules;
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
     * The actors of a document, the persons discovered in it, and the country the story is about
     * (the country most of its actors and places belong to), when it has one.
     */
    public record Resolution(List<ActorMention> mentions, List<Discovery> discoveries, Optional<String> storyCountry) {
        public Resolution {
            mentions = List.copyOf(mentions);
            discoveries = List.copyOf(discoveries);
            Objects.requireNonNull(storyCountry, "storyCountry: use Optional.empty()");
        }
    }

    public ActorResolver(ActorDictionary dictionary, String version) {
        this(dictionary, version, Settings.standard());
    }

    public ActorResolver(ActorDictionary dictionary, String version, Settings settings) {
        this(dictionary, version, settings, RULES);
    }

    /** A resolver applying {@code rules} instead of {@link #RULES}: for testing a rule among a few. */
    ActorResolver(ActorDictionary dictionary, String version, Settings settings, Rules rules) {
        Objects.requireNonNull(dictionary, "dictionary");
        this.version = Objects.requireNonNull(version, "version");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.rules = rules.enabledUnder(settings);
        this.places = PlaceCountries.NONE;
        this.index = new DictionaryIndex(dictionary);
    }

    private ActorResolver(ActorResolver base, PlaceCountries places) {
        this.index = base.index;
        this.version = base.version;
        this.settings = base.settings;
        this.rules = base.rules;
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
        return index.dictionary().digest() + "/" + settings + "/" + version + "/" + placeSource;
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
        return read(doc, settings.bareAgents() || places == PlaceCountries.NONE ? List.of() : places.find(doc));
    }

    /**
     * {@link #resolve}, given the places of the document that this resolver's {@link PlaceCountries}
     * would find ({@code find(doc)}), for a caller that has them already.
     */
    public List<ActorMention> resolve(AnnotatedDocument doc, List<PlaceCountries.Placed> placed) {
        return resolveAll(doc, placed).mentions();
    }

    /**
     * {@link #resolveAll(AnnotatedDocument)}, given the document's places as {@link #resolve(AnnotatedDocument,
     * List)} takes them.
     */
    public Resolution resolveAll(AnnotatedDocument doc, List<PlaceCountries.Placed> placed) {
        doc.require(Layer.TOKENS, Layer.POS, Layer.ENTITIES);
        return read(doc, settings.bareAgents() ? List.of() : placed);
    }

    /** True when this resolver reads places ({@link #withPlaces}) and its settings let it use them. */
    public boolean readsPlaces() {
        return places != PlaceCountries.NONE && !settings.bareAgents();
    }

    private Resolution read(AnnotatedDocument doc, List<PlaceCountries.Placed> placed) {
        // a first reading finds the persons the text describes anywhere in the article, so that a
        // mention before the description ("Chaudhry said ... Chaudhry, the military spokesman") is known
        // too, and the country the article is about; it keeps no mentions
        DiscourseContext context = new DiscourseContext(doc, placed, index);
        for (Sentence s : doc.sentences()) {
            rules.read(new PhraseReading(index, settings, version, context, s, new ArrayList<>()));
        }
        context.settle();
        context.secondReading();
        List<ActorMention> out = new ArrayList<>();
        for (Sentence s : doc.sentences()) {
            rules.read(new PhraseReading(index, settings, version, context, s, out));
        }
        List<Discovery> discoveries = context.discoveries();
        out.addAll(rules.afterArticle(doc, out, version));
        out.sort((a, b) -> a.sentence() != b.sentence() ? Integer.compare(a.sentence(), b.sentence())
                : a.tokenBegin() != b.tokenBegin() ? Integer.compare(a.tokenBegin(), b.tokenBegin())
                : Integer.compare(a.head(), b.head()));
        return new Resolution(out, discoveries, context.home());
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
        Optional<Role> r = index.entry(p.entry()).flatMap(e -> e.roleOn(date));
        if (r.isEmpty() || ActorCode.split(r.get().code()).size() != 1
                || r.get().code().equals(mention.actor().code())) {
            return mention;
        }
        ActorRef a = mention.actor();
        return new ActorMention(mention.sentence(), mention.tokenBegin(), mention.tokenEnd(), mention.head(),
                new ActorRef(r.get().code(), a.name(), a.text(), a.begin(), a.end(), p));
    }
}
