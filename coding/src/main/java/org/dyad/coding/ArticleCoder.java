package org.dyad.coding;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.dyad.actors.ActorMention;
import org.dyad.actors.ActorResolver;
import org.dyad.actors.PlaceCountries;
import org.dyad.geo.EventLocator;
import org.dyad.geo.Toponym;
import org.dyad.model.AnnotatedDocument;
import org.dyad.model.Event;
import org.dyad.model.Sentence;

/**
 * Codes an annotated document: drops discarded sentences, resolves the actors, codes the events,
 * places them (when built with an {@link EventLocator}) and tags the coded sentences with issues.
 * {@link #code} is a pure function of the document. Holds the dictionaries and the gazetteer in
 * memory; immutable and thread-safe, so one instance serves all workers.
 */
public final class ArticleCoder {
    /** Version of the rules and shipped dictionaries, recorded in every provenance. */
    public static final String VERSION = "dyad-0.2";

    private final ActorResolver actors;
    private final EventCoder events;
    private final DiscardList discards;
    /** The discards applied: under Dyad's conventions, none that discards by a time alone. */
    private final DiscardList applied;
    private final IssueList issues;
    private final CoderSettings settings;
    private final Optional<EventLocator> locator;
    /** The countries of the locator's places, read by the actor resolver. */
    private final Optional<GazetteerCountries> countries;

    /** A coder whose events carry no location. */
    public ArticleCoder(ActorResolver actors, EventCoder events, DiscardList discards, IssueList issues,
            CoderSettings settings) {
        this(actors, events, discards, issues, settings, Optional.empty());
    }

    /** A coder that places its events with {@code locator} when present. */
    public ArticleCoder(ActorResolver actors, EventCoder events, DiscardList discards, IssueList issues,
            CoderSettings settings, Optional<EventLocator> locator) {
        Objects.requireNonNull(actors, "actors");
        Objects.requireNonNull(locator, "locator: use Optional.empty()");
        // the places the dictionaries lack stand for the countries the locator puts them in
        this.countries = locator.map(l -> new GazetteerCountries(l.geoparser()));
        this.actors = actors.withPlaces(countries.<PlaceCountries>map(c -> c).orElse(PlaceCountries.NONE));
        this.events = Objects.requireNonNull(events, "events");
        this.discards = Objects.requireNonNull(discards, "discards");
        this.issues = Objects.requireNonNull(issues, "issues");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.applied = settings.dyad() ? discards.without(DiscardList.Phrase::temporal) : discards;
        this.locator = Objects.requireNonNull(locator, "locator: use Optional.empty()");
    }

    /** A coder without discards, issues or locations, with the default settings. */
    public ArticleCoder(ActorResolver actors, EventCoder events) {
        this(actors, events, Optional.empty());
    }

    /** A coder that places its events with {@code locator} when present. */
    public ArticleCoder(ActorResolver actors, EventCoder events, Optional<EventLocator> locator) {
        this(actors, events, DiscardList.NONE, IssueList.NONE, CoderSettings.defaults(), locator);
    }

    /** A coder with the dictionaries and gazetteer shipped with Dyad. */
    public static ArticleCoder standard() {
        return Dictionaries.standard().coder().withLocator(Optional.of(EventLocator.standard()));
    }

    /** This coder with other settings. */
    public ArticleCoder withSettings(CoderSettings other) {
        return new ArticleCoder(actors, events, discards, issues, other, locator);
    }

    /** This coder placing its events with {@code other} when present. */
    public ArticleCoder withLocator(Optional<EventLocator> other) {
        return new ArticleCoder(actors, events, discards, issues, settings, other);
    }

    /** The settings in use. */
    public CoderSettings settings() {
        return settings;
    }

    /**
     * The actor resolver this coder runs, for stages that must find the same actors before coding;
     * with a locator, it reads places the dictionaries lack through the locator's gazetteer.
     */
    public ActorResolver actors() {
        return actors;
    }

    /** True when a word with this lemma can trigger an event in this coder's dictionaries. */
    public boolean triggers(String lemma) {
        return events.triggers(lemma);
    }

    /** True when a noun with this lemma can code an event with one actor and no target (see {@link EventCoder#codesAlone}). */
    public boolean codesAlone(String lemma) {
        return events.codesAlone(lemma);
    }

    /**
     * A digest of the dictionaries a sentence selector reads through this coder: the actor resolver's
     * ({@link ActorResolver#digest}) and the trigger heads of the verb dictionary
     * ({@link VerbDictionary#headsDigest}). Coders with the same digest find the same actors and
     * are triggered by the same words. Hashes the dictionaries on each call: call it once per run.
     */
    public String selectionDigest() {
        return actors.digest() + "/" + events.dictionary().headsDigest();
    }

    /**
     * What became of each trigger of a document ({@link EventCoder#explain}), with the actors this
     * coder resolves in it.
     */
    public List<EventCoder.TriggerReport> explain(AnnotatedDocument doc) {
        List<Toponym> toponyms = locator.isPresent() && actors.readsPlaces()
                ? locator.get().geoparser().parse(doc) : List.of();
        ActorResolver.Resolution found = actors.readsPlaces()
                ? actors.resolveAll(doc, countries.orElseThrow().countries(doc, toponyms)) : actors.resolveAll(doc);
        return events.explain(doc, found.mentions(), found.storyCountry(), settings);
    }

    /** Codes one document. */
    public CodedArticle code(AnnotatedDocument doc) {
        List<CodedArticle.Discarded> discarded = new ArrayList<>();
        Optional<DiscardList.Phrase> story = Optional.empty();
        for (Sentence s : doc.sentences()) {
            Optional<DiscardList.Phrase> p = applied.find(s);
            if (p.isPresent()) {
                discarded.add(new CodedArticle.Discarded(s.index(), p.get()));
                if (p.get().story() && story.isEmpty()) {
                    story = p;
                }
            }
        }
        Set<Integer> skipped = new HashSet<>();
        if (story.isPresent()) {
            discarded.clear();
            for (Sentence s : doc.sentences()) {
                discarded.add(new CodedArticle.Discarded(s.index(), story.get()));
            }
        }
        discarded.forEach(d -> skipped.add(d.sentence()));
        // the resolver and the locator read the same places: the document is geoparsed once
        List<Toponym> toponyms = locator.isPresent() && actors.readsPlaces()
                ? locator.get().geoparser().parse(doc) : List.of();
        ActorResolver.Resolution resolution = actors.readsPlaces()
                ? actors.resolveAll(doc, countries.orElseThrow().countries(doc, toponyms)) : actors.resolveAll(doc);
        List<ActorMention> found = resolution.mentions();
        List<Coding> codings = events.codings(doc, found, resolution.storyCountry(), settings, skipped);
        List<Event> coded = events.events(doc, codings).stream()
                .filter(e -> e.confidence() >= settings.minConfidence()).toList();
        if (locator.isPresent()) {
            coded = actors.readsPlaces() ? locator.get().locate(doc, coded, toponyms) : locator.get().locate(doc, coded);
        }
        List<IssueList.Issue> tagged = new ArrayList<>();
        Set<Integer> withCodings = new HashSet<>();
        codings.forEach(c -> withCodings.add(c.sentence()));
        for (Sentence s : doc.sentences()) {
            if (withCodings.contains(s.index())) {
                tagged.addAll(issues.find(s));
            }
        }
        return new CodedArticle(doc, found, coded, codings, discarded, tagged);
    }
}
