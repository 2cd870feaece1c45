package org.dyad.coding;

/**
 * How argument extraction found an event's source or target. Strategies are tried in a fixed order
 * (see {@link ArgumentExtractor}); the one that found an actor is named, by its {@link #id()}, in the
 * provenance rule of every coding the actor takes part in ({@code verb source=subject
 * target=argument}).
 */
enum ArgumentStrategy {
    /** Bound by a slot of the pattern that gave the code: {@code $}, {@code +} or {@code %}. */
    PATTERN("pattern"),
    /** The subject of an active verb, its own or a controlled one ("Arnor expected to meet"). */
    SUBJECT("subject"),
    /**
     * The subject of the clause a non-finite or coordinated verb hangs on ("while threatening
     * Moscow", "to supply Gondor").
     */
    CLAUSE_SUBJECT("clause-subject"),
    /** The noun a participle modifies ("memos sent by Bree": the memos undergo the sending). */
    MODIFIED_NOUN("modified-noun"),
    /** The agent of a passive verb ("was opposed by Osgiliath"). */
    PASSIVE_AGENT("passive-agent"),
    /** The subject of a passive verb, who undergoes it ("Eriador was opposed"). */
    PASSIVE_SUBJECT("passive-subject"),
    /** The possessor of an event noun ("Russia's demands"). */
    NOUN_POSSESSOR("noun-possessor"),
    /**
     * The agent of an event noun: after "by", or of a light verb's participle that modifies it
     * ("responses submitted by the US").
     */
    NOUN_AGENT("noun-agent"),
    /** An actor modifying an event noun ("the Russian build-up"). */
    NOUN_MODIFIER("noun-modifier"),
    /** The subject of a light verb whose object is the event noun ("Moscow has made demands"). */
    LIGHT_VERB_SUBJECT("light-verb-subject"),
    /**
     * The nearest actor before what the pattern matched, when the pattern binds a target before the
     * verb and the subject is that target ("[source] noted [target] regretted").
     */
    ACTOR_BEFORE_PATTERN("actor-before-pattern"),
    /** The nearest subject actor before a finite verb the parser left without a subject. */
    NEAREST_SUBJECT("nearest-subject"),
    /** The first actor in the trigger's arguments: objects, obliques, subjects of complements. */
    ARGUMENT("argument"),
    /** The first actor in the trigger's whole phrase after it, when its arguments hold none. */
    PHRASE("phrase"),
    /** The actors coordinated just before a plural pronoun ("the US and Nato ... they"). */
    PLURAL_PRONOUN("plural-pronoun"),
    /**
     * The actors coordinated as the subject of a reporting verb, for "they" as the subject of what
     * is reported ("the US and Nato have said they are willing").
     */
    REPORTER_PRONOUN("reporter-pronoun"),
    /** The speaker of the quotation that a first-person pronoun stands in ("“We criticized Mordor”"). */
    QUOTATION_SPEAKER("quotation-speaker"),
    /** The antecedent of a relative pronoun ("Nato, which rejected ..."). */
    RELATIVE_PRONOUN("relative-pronoun"),
    /**
     * The agent a passive leaves unsaid where the act tells who it is ({@link ImplicitAgents}): the
     * police of "he was arrested", the court of "she was convicted", of the story's country; unknown
     * attackers ({@code ---UAF}) of "19 soldiers were killed" (Dyad's conventions).
     */
    IMPLICIT_AGENT("implicit-agent"),
    /**
     * The subject of the verb an event noun is "under": "Kuwaiti tankers have come under Iranian attack"
     * (the tankers undergo the attack).
     */
    UNDERGOER("undergoer"),
    /** The parties of an event noun "between" them, each acting on the other: "talks between A and B". */
    BETWEEN("between"),
    /**
     * A named person the dictionaries do not know who undergoes an arrest or a charge, a suspect of
     * the story's country: "Vishwanand Subryan was arrested" is {@code USACRM} in a story from New York.
     */
    SUSPECT("suspect"),
    /** A noun phrase no dictionary knows, named by its words (PETRARCH's {@code new_actor_length}). */
    NEW_ACTOR("new-actor");

    private final String id;

    ArgumentStrategy(String id) {
        this.id = id;
    }

    /** The name written in provenance: lower case, words joined by hyphens. */
    String id() {
        return id;
    }
}
