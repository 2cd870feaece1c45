package org.dyad.coding;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.dyad.actors.ActorResolver;
import org.dyad.actors.PlaceCountries;
import org.dyad.geo.EventLocator;
import org.dyad.geo.GeoparsingStage;
import org.dyad.model.AnnotatedDocument;
import org.dyad.model.Event;
import org.dyad.model.Layer;
import org.dyad.model.Place;
import org.dyad.stage.StageChain;

/**
 * Codes an annotated document by a {@link StageChain} of the coding stages, each adding one layer:
 * <ol>
 *   <li>{@link GeoparsingStage} (with an {@link EventLocator}): the places the text names;</li>
 *   <li>{@link ActorStage}: the actors, on the article date (places no dictionary knows standing for
 *       their countries);</li>
 *   <li>{@link DiscardStage}: the sentences a discard phrase keeps from being coded;</li>
 *   <li>{@link EventCodingStage}: the codings of the other sentences;</li>
 *   <li>{@link EventDatingStage}: each coding's date;</li>
 *   <li>{@link EventAssemblyStage}: the events merged from the dated codings;</li>
 *   <li>{@link IssueStage}: the issues of the coded sentences;</li>
 *   <li>{@link EventLocatingStage} (with an {@link EventLocator}): where each event took place.</li>
 * </ol>
 * The chain is checked when the coder is built; {@link #code} runs it on a document that carries the
 * language layers and returns what it added as a {@link CodedArticle}. A pure function of the
 * document. Holds the dictionaries and the gazetteer in memory; immutable and thread-safe, so one
 * instance serves all workers.
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
    /** The stages up to the actors, for {@link #explain}. */
    private final StageChain actorStages;
    /** Every stage. */
    private final StageChain stages;

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
        Optional<GeoparsingStage> places = locator.map(l -> new GeoparsingStage(l.geoparser()));
        ActorStage actorStage = new ActorStage(this.actors, countries);
        StageChain.Builder toActors = StageChain.builder(Layer.language());
        StageChain.Builder all = StageChain.builder(Layer.language());
        places.ifPresent(toActors::add);
        places.ifPresent(all::add);
        this.actorStages = toActors.add(actorStage).build();
        all.add(actorStage)
                .add(new DiscardStage(applied))
                .add(new EventCodingStage(events, settings, places.isPresent()))
                .add(new EventDatingStage(events))
                .add(new EventAssemblyStage(events, settings))
                .add(new IssueStage(issues));
        locator.ifPresent(l -> all.add(new EventLocatingStage(l)));
        this.stages = all.build();
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

    /** The stages this coder runs, in order. */
    public StageChain stages() {
        return stages;
    }

    /**
     * What became of each trigger of a document ({@link EventCoder#explain}), with the actors this
     * coder resolves in it.
     */
    public List<EventCoder.TriggerReport> explain(AnnotatedDocument doc) {
        ActorResolver.Resolution found = actorStages.apply(doc).get(CodingLayers.ACTORS);
        return events.explain(doc, found.mentions(), found.storyCountry(), settings);
    }

    /**
     * Codes one document.
     *
     * @throws IllegalStateException when the document lacks a language layer
     */
    public CodedArticle code(AnnotatedDocument doc) {
        AnnotatedDocument coded = stages.apply(doc);
        List<Event> events = coded.get(CodingLayers.EVENTS).all();
        if (coded.layers().contains(Layer.EVENT_PLACES)) {
            List<Optional<Place>> places = coded.get(CodingLayers.EVENT_PLACES).places();
            List<Event> located = new ArrayList<>(events.size());
            for (int i = 0; i < events.size(); i++) {
                located.add(events.get(i).withLocation(places.get(i)));
            }
            events = located;
        }
        return new CodedArticle(doc, coded.get(CodingLayers.ACTORS).mentions(), events,
                coded.get(CodingLayers.CODINGS).all(), coded.get(CodingLayers.DISCARDS).sentences(),
                coded.get(CodingLayers.ISSUES).all());
    }
}
