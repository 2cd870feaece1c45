package org.dyad.actors;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The rules by which the {@link ActorResolver} resolves an actor, as written in the
 * {@link org.dyad.model.Provenance#rule() provenance} of each actor it finds. The {@link #id()}
 * strings are part of Dyad's output and stored data ({@code "dictionary-name"} in the JSON output,
 * the store and the discovered-actors table) and never change; code that needs to tell the rules
 * apart asks this enum ({@link #of}, {@link #is}, {@link #confidence()}) instead of comparing strings.
 *
 * <p>For example, {@code ActorRule.of("adjective-agent")} is {@link #ADJECTIVE_AGENT}, whose
 * confidence is 0.9; {@code ActorRule.confidenceOf("new-actor")}, a rule of the event coder and not
 * of the resolver, is {@link #OTHER_CONFIDENCE}.
 */
public enum ActorRule {
    /** An actor's name in the dictionaries: "Russia", "the Kremlin", "Mr Putin". */
    DICTIONARY_NAME("dictionary-name", 1.0, true),
    /** A person named after a title with a country: "German intelligence chief Bruno Kahl". */
    TITLE_NAME("title-name", 1.0, true),
    /** A country or organisation with agent nouns: "Russian troops", "soldiers of Arnor". */
    ADJECTIVE_AGENT("adjective-agent", 0.9, false),
    /** A person or organisation described by an apposition: "Bruno Kahl, Germany's intelligence chief". */
    APPOSITIVE("appositive", 0.7, false),
    /** A person tied to an organisation or country by a preposition: "Daniel Fried of the Atlantic Council". */
    AFFILIATION("affiliation", 0.7, false),
    /** A person of whom a relative clause predicates a nationality: "Mehdiyev, who is Azerbaijani". */
    NATIONALITY("nationality", 0.7, false),
    /** An organisation the dictionaries lack, of the country that owns it: "Malawi's Department of Climate Change". */
    OWNER("owner", 0.7, false),
    /** Another mention of a person or organisation the article described: "Sudani" after "... al-Sudani". */
    DISCOVERED_NAME("discovered-name", 0.7, false),
    /** A one-word part of a resolved person's name: "Kim" after "Kim Jong Un". */
    NAME_PART("name-part", 0.7, true),
    /** A place the dictionaries lack, standing for the country the gazetteer puts it in: "Mandera". */
    GAZETTEER_PLACE("gazetteer-place", 0.7, false),
    /** What the phrase leaves without a country, given the article's country: "Commissioner Omar Alasow". */
    ARTICLE_COUNTRY("article-country", 0.7, false),
    /**
     * An agent noun phrase of no country, given the story's country: "police arrested two men" in a
     * story about Queens is {@code USACOP}, "rebels killed 18 soldiers" in one about the Philippines
     * {@code PHLREB} and {@code PHLMIL}.
     */
    STORY_AGENT("story-agent", 0.6, false),
    /**
     * "The (military) alliance", referring back to the last actor of that class; "gunmen" or
     * "militants", referring to the one armed group the article names.
     */
    DEFINITE_DESCRIPTION("definite-description", 0.7, false),
    /** A pronoun bound by the nearest subject around it: "Chad said its troops had captured", "Plants said he". */
    BOUND_PRONOUN("bound-pronoun", 0.8, true),
    /** A pronoun or short name that takes the actor of its coreference chain: "He added". */
    COREFERENCE("coreference", 0.8, true),
    /**
     * An agent without a country: under PETRARCH's conventions any ("officials said" is {@code ---GOV}),
     * under Dyad's only unaffiliated armed forces ("gunmen opened fire" is {@code ---UAF}).
     */
    BARE_AGENT("bare-agent", 0.7, false),
    /**
     * Not an actor: a named person that a full analysis might resolve, offered by
     * {@link ActorResolver#candidates} to decide which sentences are worth parsing.
     */
    CANDIDATE("candidate", 0.7, false);

    /** The confidence of an actor that no rule of this enum resolved (an actor the event coder built itself). */
    public static final double OTHER_CONFIDENCE = 0.7;

    private static final Map<String, ActorRule> BY_ID = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(ActorRule::id, Function.identity()));

    private final String id;
    private final double confidence;
    private final boolean entryRole;

    ActorRule(String id, double confidence, boolean entryRole) {
        this.id = id;
        this.confidence = confidence;
        this.entryRole = entryRole;
    }

    /** The id written in provenance: {@code "dictionary-name"}, {@code "title-name"}, ... */
    public String id() {
        return id;
    }

    /**
     * How far an actor resolved by this rule is trusted, from 0 to 1: a name in the dictionaries or
     * a known person's title most (1.0), an adjective with an agent noun 0.9, coreference 0.8, what
     * the text itself taught 0.7, an agent given the story's country 0.6. A prior: an event's own
     * confidence is estimated from how it was coded, these rules among its signals (the coding
     * module's confidence model).
     */
    public double confidence() {
        return confidence;
    }

    /**
     * True when a mention by this rule stands for its provenance entry's own role, so that it can
     * be resolved again on another date ({@link ActorResolver#on}): a name, a part of a name, a title
     * that agreed with a known person, or coreference with one of these.
     */
    public boolean entryRole() {
        return entryRole;
    }

    /** True when {@code id} is this rule's id. */
    public boolean is(String id) {
        return this.id.equals(id);
    }

    /** The rule with this id, if the resolver has one of that id. */
    public static Optional<ActorRule> of(String id) {
        return Optional.ofNullable(BY_ID.get(id));
    }

    /** The {@link #confidence()} of the rule with this id, or {@link #OTHER_CONFIDENCE} for an id of no rule here. */
    public static double confidenceOf(String id) {
        return of(id).map(ActorRule::confidence).orElse(OTHER_CONFIDENCE);
    }
}
