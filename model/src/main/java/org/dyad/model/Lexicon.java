package org.dyad.model;

import java.util.HashSet;
import java.util.Set;

/**
 * The English word lists that Dyad's rules read, in one place: which verbs report speech, which
 * intend, which negate, which words are pronouns, auxiliaries or subordinators. Each list says what
 * it is for and who reads it. All words are lower case, with plain apostrophes ({@code n't}); verbs
 * are lemmas. The lists are immutable sets.
 *
 * <p>The verbs of speech form one family: {@link #SPEECH_VERBS} are plain verbs of saying that every
 * rule agrees on, and each list of the family adds to them the verbs its own question needs. Where
 * two lists of the family differ, the difference is the rule's, and is stated at the list.
 */
public final class Lexicon {
    private Lexicon() {
    }

    /** Plain verbs of saying, in every list of verbs of speech below: "said", "announced", "wrote". */
    public static final Set<String> SPEECH_VERBS = Set.of("say", "state", "announce", "add", "declare", "claim",
            "write", "insist", "report");

    /**
     * Verbs of saying whose object is the message, not the addressee ("said the talks failed",
     * "stressed the need for talks"): the event coder does not look for a target in their object.
     * Not "tell", whose object is the one told.
     */
    public static final Set<String> MESSAGE_VERBS = union(SPEECH_VERBS, "note", "stress", "reiterate", "tweet",
            "post", "remark", "comment");

    /**
     * Verbs that report someone's words or thoughts: a coded action in their clausal complement is
     * what they report, so the event coder keeps it (with the reporter) and drops the report; a
     * future action they report of their own speaker is a statement of intent. The verbs of saying
     * ({@link #MESSAGE_VERBS}) and those of telling, explaining, conceding and believing. Not the
     * verbs that are acts of their own ("urged X to help", "warned", "promised"), whose complement
     * has not happened.
     */
    public static final Set<String> REPORTING_VERBS = union(MESSAGE_VERBS, "tell", "assert", "affirm", "explain",
            "indicate", "confirm", "emphasize", "emphasise", "argue", "suggest", "believe", "think", "predict",
            "signal", "reveal", "disclose", "acknowledge", "admit", "quote", "respond", "reply");

    /**
     * Verbs whose loosely attached clause takes their date ("announced earlier this week he would
     * hold the call", parsed as parataxis): the event dater climbs from such a clause to the verb.
     * Besides saying and telling, the verbs that announce a future or deny a past act (warn, pledge,
     * promise, vow, threaten, deny), whose clause is dated by the announcement.
     */
    public static final Set<String> CLAUSE_DATING_VERBS = union(SPEECH_VERBS, "tell", "confirm", "warn", "deny",
            "pledge", "promise", "vow", "threaten");

    /**
     * Verbs that introduce a quotation and whose subject is its speaker ("“We will not accept it,”
     * he warned"): the quotation finder reads them. Wider than {@link #REPORTING_VERBS} for the verbs
     * that quote in news style (asked, urged, called, described, accused, recalled, concluded); it
     * holds no verbs of belief, which report thoughts, not quoted words.
     */
    public static final Set<String> QUOTING_VERBS = union(SPEECH_VERBS, "tell", "warn", "argue", "note", "explain",
            "continue", "ask", "reply", "respond", "post", "tweet", "confirm", "deny", "assert", "stress", "emphasize",
            "emphasise", "urge", "caution", "predict", "vow", "promise", "call", "describe", "accuse", "acknowledge",
            "admit", "suggest", "remark", "comment", "recall", "observe", "conclude", "concede");

    /**
     * Verbs and adjectives of intention: an action in their complement is intended, not done
     * ("expected to meet", "willing to engage", "plans to visit"), and the event coder codes it as the
     * matching "express intent" code.
     */
    public static final Set<String> INTENDING_WORDS = Set.of("expect", "plan", "intend", "want", "hope", "seek", "aim",
            "prepare", "propose", "offer", "promise", "vow", "pledge", "willing", "ready", "prepared", "eager",
            "agree", "decide", "wish", "consider", "mull", "threaten", "commit", "resolve", "determined");

    /**
     * Verbs, adjectives and nouns whose complement did not happen or is denied ("failed to reach", "denies
     * it is planning", "reluctant to endorse", "unable to meet", "its refusal to sign").
     */
    public static final Set<String> NEGATING_VERBS = Set.of("fail", "deny", "refuse", "decline", "refute", "reject",
            "avoid", "cancel", "postpone", "delay", "reluctant", "unwilling", "loath", "hesitant", "unable",
            "failure", "refusal", "reluctance", "unwillingness", "inability");

    /** Words that negate the action they modify ("has not released", "never met", "neither A nor B"). */
    public static final Set<String> NEGATORS = Set.of("not", "n't", "never", "no", "neither", "nor");

    /**
     * Auxiliaries that put an action in the future, as forms: "will", "would", "shall", "'ll" and
     * the "wo" of "won't". The event coder reads them to find an announced action ("said he would
     * meet").
     */
    public static final Set<String> FUTURE_AUXILIARIES = Set.of("will", "would", "shall", "'ll", "wo");

    /**
     * The future auxiliaries by which the event dater moves a weekday forward ("will meet on Monday"
     * is next Monday): {@link #FUTURE_AUXILIARIES} without "would", which also tells of a past plan
     * or habit ("said he would meet on Monday"), and without "wo", which only occurs negated.
     */
    public static final Set<String> FUTURE_TENSE_AUXILIARIES = Set.of("will", "shall", "'ll");

    /**
     * Modal auxiliaries, as forms: the future ones and "should", "could", "can" ("ca" of "can't"),
     * "may", "might", "must". A dictionary pattern that holds one codes the modal phrase itself.
     */
    public static final Set<String> MODALS = union(FUTURE_AUXILIARIES, "should", "could", "can", "may", "might",
            "must", "ca");

    /**
     * Subordinators of time: a clause they introduce tells of another time than its main clause
     * ("five years after crowds burned its embassy"), so the event coder neither codes it again as
     * news nor looks for a target in it.
     */
    /**
     * Words of schedule whose complement has not happened yet: "was due to hold talks", "is expected
     * to meet", "is set to sign". Read with the modals by the event coder's modality step (Dyad's
     * conventions), which codes such an action as an intent, or not at all.
     */
    public static final Set<String> SCHEDULE_WORDS = Set.of("due", "expected", "scheduled", "set", "slated",
            "poised", "likely", "supposed", "bound", "about", "going");

    /**
     * Prepositions of place, time, route and topic: a noun they introduce situates an event or a
     * thing ("talks in Geneva", "fighting during the night", "a dispute over Kashmir", "flights from
     * Germany") and is no party to it. The event coder does not take an actor from such a phrase as a
     * source or target. "At" is not among them: it introduces a target as often as a place ("fired
     * at the suspect"), and the coder asks what its noun names.
     */
    public static final Set<String> CIRCUMSTANTIAL_PREPOSITIONS = Set.of("in", "near", "inside", "outside", "within",
            "across", "throughout", "around", "from", "during", "after", "before", "since", "until", "via",
            "through", "along", "beside", "behind", "aboard", "over", "about", "regarding", "concerning", "amid",
            "among", "under", "beyond", "off", "onto", "into", "past");

    /**
     * Nouns of things and happenings that do harm without being an actor: "a bomb blast at the
     * academy killed one", "the fighting in the city wounded dozens", "was struck by a van driven by
     * a neighbour". An actor inside such a subject or passive agent is not who acted; the event coder
     * looks no further for the source.
     */
    public static final Set<String> INANIMATE_CAUSES = Set.of("blast", "explosion", "bomb", "bombing", "attack",
            "fire", "shelling", "crash", "accident", "storm", "quake", "earthquake", "flood", "mine", "landmine",
            "device", "shell", "rocket", "missile", "grenade", "collapse", "violence", "fighting", "clash", "incident",
            "shooting", "raid", "strike", "airstrike", "gunfire",
            // vehicles: "was struck by an SUV driven by a neighbour" is an accident, not the driver's attack
            "car", "vehicle", "truck", "suv", "van", "bus", "train", "tram", "taxi", "motorcycle", "motorbike",
            "lorry", "tractor", "trailer", "pickup", "automobile", "sedan");

    /**
     * Words that make a place's name the name of a street or road: "Nordland Avenue" (Cromwell,
     * Connecticut) is no Norway, "Dublin Road" no Ireland. The actor resolver takes no actor from such a
     * name, and the story's country takes no vote from it.
     */
    public static final Set<String> STREET_WORDS = Set.of("avenue", "ave", "ave.", "street", "st", "st.", "road",
            "rd", "rd.", "boulevard", "blvd", "lane", "drive", "highway", "parkway", "pike", "turnpike", "court",
            "place", "terrace", "way", "alley", "expressway", "freeway", "circle");

    /**
     * Words that make a place's name the name of a sea, a coast or a range: "the Indian Ocean", "the
     * South China Sea", "the Korean Peninsula" name no state. The actor resolver takes no actor from
     * such a name.
     */
    public static final Set<String> GEOGRAPHIC_FEATURES = Set.of("ocean", "sea", "gulf", "peninsula",
            "subcontinent", "strait", "straits", "bay", "channel", "basin", "desert", "mountains", "plateau",
            "archipelago");

    /**
     * Words of the compass: a name made of them alone ("North West", "the Southeast") names a region
     * of whatever country the story is in, never a state of its own (the gazetteer's North West
     * province of South Africa is not the North West of England). The actor resolver takes no actor
     * from such a name; the event coder takes no party from a compass adjective before a thing ("the
     * western gulf").
     */
    public static final Set<String> COMPASS_WORDS = Set.of("north", "south", "east", "west", "northern", "southern",
            "eastern", "western", "central", "northwest", "northeast", "southwest", "southeast", "northwestern",
            "northeastern", "southwestern", "southeastern", "north-west", "north-east", "south-west", "south-east",
            "far", "mid", "middle", "upper", "lower");

    /**
     * Words that judge someone's conduct as bad, read by the event coder in the clause a statement
     * reports (Dyad's conventions): "said the West was ignoring Russia's interests", "called the plan
     * unacceptable" is criticism (CAMEO 111) of the clause's subject. Lemmas of verbs and adjectives.
     */
    public static final Set<String> CENSURE_WORDS = Set.of("unacceptable", "wrong", "illegal", "unlawful",
            "irresponsible", "reckless", "dangerous", "provocative", "aggressive", "ignore", "violate", "betray",
            "abuse", "undermine", "obstruct", "sabotage", "lie", "mislead", "deceive", "unfair", "unjust",
            "outrageous", "shameful", "disgraceful", "hypocritical", "hostile", "fail", "mishandle", "neglect",
            "destabilize", "destabilise", "incite", "interfere", "meddle", "exploit", "harass", "intimidate",
            "regrettable", "deplorable", "unhelpful", "unwelcome", "counterproductive", "baseless");

    /**
     * Adverbs that judge the conduct they modify as bad, done or left undone: "said the United States
     * had regrettably not listened to Japan's explanation" is criticism (CAMEO 111) of the United
     * States, though its verb is negated.
     */
    public static final Set<String> CENSURE_ADVERBS = Set.of("regrettably", "deplorably", "wrongly", "wrongfully",
            "unfairly", "unjustly", "illegally", "unlawfully", "recklessly", "irresponsibly", "shamefully",
            "disgracefully", "outrageously", "needlessly");

    /**
     * Words that judge someone's conduct as good, read likewise: "said the agreement was a positive
     * step" is praise (CAMEO 051) of the clause's subject.
     */
    public static final Set<String> PRAISE_WORDS = Set.of("commendable", "courageous", "constructive", "positive",
            "welcome", "helpful", "admirable", "historic", "important", "generous", "brave", "wise", "responsible",
            "successful");

    /**
     * Modals and verbs of obligation: "said Sudan must return the helicopter" is a demand (CAMEO 100),
     * "should" an appeal (020), of whoever the clause's subject is.
     */
    public static final Set<String> OBLIGATION_MODALS = Set.of("must", "have", "need", "ought");

    /**
     * Verbs whose object is what is talked or thought about, not a party: "G7 ministers discussed
     * China's role", "the council will review the plan". The event coder looks for their target
     * elsewhere ("discussed it with Japan").
     */
    public static final Set<String> TOPIC_VERBS = Set.of("discuss", "debate", "address", "review", "examine",
            "study", "consider", "mention", "raise", "weigh", "ponder", "analyse", "analyze");

    public static final Set<String> TEMPORAL_SUBORDINATORS = Set.of("after", "before", "since", "until", "till",
            "when", "while", "once", "as");

    /** First-person pronouns, which in a quotation stand for its speaker ("“We criticized Mordor”"). */
    public static final Set<String> FIRST_PERSON_PRONOUNS = Set.of("i", "we", "me", "us");

    /**
     * Plural personal pronouns that stand for the actors coordinated just before them ("the US and
     * Nato ... they are willing"); with the determiner or conjunction "both", which does the same.
     */
    public static final Set<String> PLURAL_PRONOUNS = Set.of("they", "them");

    /**
     * Light verbs, whose object noun carries the event ("made demands", "launched an offensive",
     * "led talks", "submitted a response"): the subject of the verb is the noun's actor.
     */
    public static final Set<String> LIGHT_VERBS = Set.of("make", "launch", "hold", "issue", "stage", "conduct",
            "carry", "mount", "begin", "start", "announce", "impose", "deliver", "step", "continue", "lead", "resume",
            "open", "submit", "send", "present", "hand", "join", "attend", "enter", "convene", "chair");

    /**
     * Verbs whose subject takes part in the event noun of their oblique "in" or "over": "took part in
     * the talks", "participated in a protest", "presided over a meeting", "joined in the strike".
     */
    public static final Set<String> PARTAKING_VERBS = Set.of("take", "participate", "engage", "join", "preside");

    /** Articles, which a pattern's consecutive elements may skip ({@code memos_on_&TIETYPES}). */
    public static final Set<String> ARTICLES = Set.of("the", "a", "an");

    private static Set<String> union(Set<String> base, String... more) {
        Set<String> out = new HashSet<>(base);
        out.addAll(Set.of(more));
        return Set.copyOf(out);
    }
}
