package org.dyad.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import org.dyad.coding.ArgumentExtractor.Argument;
import org.dyad.coding.ArgumentExtractor.Arguments;
import org.junit.jupiter.api.Test;

/** Argument extraction: each source and target with the named strategy that found it. */
class ArgumentExtractorTest {
    private static final StepFixture FIXTURE = StepFixture.standard();
    private final PatternSelector selector = new PatternSelector(FIXTURE.verbs);
    private final ArgumentExtractor extractor = new ArgumentExtractor("test");

    private Arguments extract(SentenceView v, String trigger, CoderSettings settings) {
        Occurrence o = FIXTURE.trigger(v, trigger);
        return extractor.extract(v, o, selector.select(v, o), settings);
    }

    /** "sources ARN:subject | targets GON:argument", compound members after a third bar when any. */
    private static String described(Arguments a) {
        String out = "sources " + list(a.sources()) + " | targets " + list(a.targets());
        return a.compound().isEmpty() ? out : out + " | compound " + list(a.compound());
    }

    private static String list(List<Argument> arguments) {
        return arguments.stream().map(x -> x.mention().actor().code() + ":" + x.strategy().id())
                .collect(Collectors.joining(" "));
    }

    private String args(String conllu, String trigger) {
        return described(extract(FIXTURE.view(conllu), trigger, CoderSettings.defaults()));
    }

    @Test
    void theSubjectActsOnTheFirstActorOfTheArgumentsWithTheActorsCoordinated() {
        assertThat(args("""
                1 Gondor Gondor _ NNP LOCATION 4 nsubj
                2 and and _ CC O 3 cc
                3 Osgiliath Osgiliath _ NNP LOCATION 1 conj
                4 attacked attack _ VBD O 0 root
                5 Mordor Mordor _ NNP LOCATION 4 obj
                6 and and _ CC O 7 cc
                7 Eriador Eriador _ NNP LOCATION 5 conj
                """, "attacked")).isEqualTo("sources GON:subject OSG:subject | targets MOR:argument ERI:argument");
    }

    @Test
    void aPatternBindsItsSlotsAndTheRestIsFound() {
        // "$" binds the source, and the target is the passive subject
        assertThat(args("""
                1 Gondor Gondor _ NNP LOCATION 3 nsubj:pass
                2 was be _ VBD O 3 aux:pass
                3 sanctioned sanction _ VBN O 0 root
                4 by by _ IN O 5 case
                5 Arnor Arnor _ NNP LOCATION 3 obl:agent
                """, "sanctioned")).isEqualTo("sources ARN:pattern | targets GON:passive-subject");
        // "%" before the verb: a compound whose members act on each other
        assertThat(args("""
                1 Gondor Gondor _ NNP LOCATION 5 nsubj
                2 and and _ CC O 3 cc
                3 Osgiliath Osgiliath _ NNP LOCATION 1 conj
                4 have have _ VBP O 5 aux
                5 delayed delay _ VBN O 0 root
                6 their their _ PRP$ O 7 nmod:poss
                7 meeting meeting _ NN O 5 obj
                """, "delayed")).isEqualTo("sources  | targets  | compound GON:pattern OSG:pattern");
    }

    @Test
    void aPatternTargetBeforeTheVerbTakesTheActorBeforeThePatternAsSource() {
        // "Arnor noted Gondor regretted": the subject is the target, so the source is who comes before
        assertThat(args("""
                1 Arnor Arnor _ NNP LOCATION 2 nsubj
                2 noted note _ VBD O 0 root
                3 Gondor Gondor _ NNP LOCATION 4 nsubj
                4 regretted regret _ VBD O 2 ccomp
                """, "regretted")).isEqualTo("sources ARN:actor-before-pattern | targets GON:pattern");
    }

    @Test
    void aPassiveTakesItsAgentAndItsSubjectAndAParticipleTheNounItModifies() {
        assertThat(args("""
                1 Eriador Eriador _ NNP LOCATION 3 nsubj:pass
                2 was be _ VBD O 3 aux:pass
                3 opposed oppose _ VBN O 0 root
                4 by by _ IN O 5 case
                5 Osgiliath Osgiliath _ NNP LOCATION 3 obl:agent
                """, "opposed")).isEqualTo("sources OSG:passive-agent | targets ERI:passive-subject");
        // "Eriador, opposed by Osgiliath, ..."
        assertThat(args("""
                1 Eriador Eriador _ NNP LOCATION 0 root
                2 , , _ , O 3 punct
                3 opposed oppose _ VBN O 1 acl
                4 by by _ IN O 5 case
                5 Osgiliath Osgiliath _ NNP LOCATION 3 obl:agent
                """, "opposed")).isEqualTo("sources OSG:passive-agent | targets ERI:modified-noun");
    }

    @Test
    void aPhraseOfRoleAfterAsIsNoArgument() {
        // "Arnor, as a member of Mordor's alliance, visited Gondor"
        assertThat(args("""
                1 Arnor Arnor _ NNP LOCATION 9 nsubj
                2 as as _ IN O 4 case
                3 a a _ DT O 4 det
                4 member member _ NN O 9 obl
                5 of of _ IN O 8 case
                6 Mordor Mordor _ NNP LOCATION 8 nmod:poss
                7 's 's _ POS O 6 case
                8 alliance alliance _ NN O 4 nmod
                9 visited visit _ VBD O 0 root
                10 Gondor Gondor _ NNP LOCATION 9 obj
                """, "visited")).isEqualTo("sources ARN:subject | targets GON:argument");
    }

    @Test
    void partiesAgreeingTogetherAgreeWithEachOtherUnlessTheyShareAnOpinion() {
        // "Arnor and Gondor agreed to a truce"
        String agreed = """
                1 Arnor Arnor _ NNP LOCATION 4 nsubj
                2 and and _ CC O 3 cc
                3 Gondor Gondor _ NNP LOCATION 1 conj
                4 agreed agree _ VBD O 0 root
                5 to to _ IN O 7 case
                6 a a _ DT O 7 det
                7 truce truce _ NN O 4 obl
                """;
        assertThat(args(agreed, "agreed")).isEqualTo("sources  | targets  | compound ARN:subject GON:subject");
        // "Arnor and Gondor agreed that Mordor failed"
        assertThat(args("""
                1 Arnor Arnor _ NNP LOCATION 4 nsubj
                2 and and _ CC O 3 cc
                3 Gondor Gondor _ NNP LOCATION 1 conj
                4 agreed agree _ VBD O 0 root
                5 that that _ IN O 7 mark
                6 Mordor Mordor _ NNP LOCATION 7 nsubj
                7 failed fail _ VBD O 4 ccomp
                """, "agreed")).startsWith("sources ARN:subject GON:subject");
    }

    @Test
    void aParticipleSayingItsSubjectsStateIsUndergoneByTheSubject() {
        // "Eriador stands accused by Osgiliath": the accused is Eriador
        assertThat(args("""
                1 Eriador Eriador _ NNP LOCATION 2 nsubj
                2 stands stand _ VBZ O 0 root
                3 accused accuse _ VBN O 2 xcomp
                4 by by _ IN O 5 case
                5 Osgiliath Osgiliath _ NNP LOCATION 3 obl:agent
                """, "accused")).isEqualTo("sources OSG:passive-agent | targets ERI:passive-subject");
        // "Eriador attacked by Osgiliath", a reduced relative the parser read as a clause
        assertThat(args("""
                1 Eriador Eriador _ NNP LOCATION 2 nsubj
                2 attacked attack _ VBN O 0 root
                3 by by _ IN O 4 case
                4 Osgiliath Osgiliath _ NNP LOCATION 2 obl
                """, "attacked")).isEqualTo("sources OSG:passive-agent | targets ERI:passive-subject");
        // "Eriador retaliated by attacking Gondor": a finite verb tagged as a participle, "by" and a gerund
        assertThat(args("""
                1 Eriador Eriador _ NNP LOCATION 2 nsubj
                2 attacked attack _ VBN O 0 root
                3 by by _ IN O 4 mark
                4 invading invade _ VBG O 2 advcl
                5 Gondor Gondor _ NNP LOCATION 4 obj
                """, "attacked")).startsWith("sources ERI:subject");
        // "Eriador attacked by invading Gondor", the gerund misread as a modifier of a noun
        assertThat(args("""
                1 Eriador Eriador _ NNP LOCATION 2 nsubj
                2 attacked attack _ VBN O 0 root
                3 by by _ IN O 6 case
                4 invading invade _ VBG O 6 amod
                5 Gondor Gondor _ NNP LOCATION 6 compound
                6 positions position _ NNS O 2 obl
                """, "attacked")).startsWith("sources ERI:subject");
        // "Eriador has accused Gondor": active
        assertThat(args("""
                1 Eriador Eriador _ NNP LOCATION 3 nsubj
                2 has have _ VBZ O 3 aux
                3 accused accuse _ VBN O 0 root
                4 Gondor Gondor _ NNP LOCATION 3 obj
                """, "accused")).isEqualTo("sources ERI:subject | targets GON:argument");
    }

    @Test
    void aVerbWithoutItsOwnSubjectTakesTheSubjectOfItsClauseOrTheNounItModifies() {
        // "Arnor went to attack Gondor", parsed without the controlled subject
        assertThat(args("""
                1 Arnor Arnor _ NNP LOCATION 2 nsubj
                2 went go _ VBD O 0 root
                3 to to _ TO O 4 mark
                4 attack attack _ VB O 2 xcomp
                5 Gondor Gondor _ NNP LOCATION 4 obj
                """, "attack")).isEqualTo("sources ARN:clause-subject | targets GON:argument");
        // "Arnor, attacking Gondor, ..."
        assertThat(args("""
                1 Arnor Arnor _ NNP LOCATION 0 root
                2 , , _ , O 3 punct
                3 attacking attack _ VBG O 1 acl
                4 Gondor Gondor _ NNP LOCATION 3 obj
                """, "attacking")).isEqualTo("sources ARN:modified-noun | targets GON:argument");
    }

    @Test
    void aFiniteVerbLeftWithoutSubjectTakesTheNearestSubjectBeforeIt() {
        assertThat(args("""
                1 Arnor Arnor _ NNP LOCATION 2 nsubj
                2 met meet _ VBD O 0 root
                3 Gondor Gondor _ NNP LOCATION 2 obj
                4 , , _ , O 5 punct
                5 attacked attack _ VBD O 2 dep
                6 Mordor Mordor _ NNP LOCATION 5 obj
                """, "attacked")).isEqualTo("sources ARN:nearest-subject | targets MOR:argument");
    }

    @Test
    void anEventNounTakesItsPossessorAgentModifierOrTheSubjectOfItsLightVerb() {
        assertThat(args("""
                1 Mordor Mordor _ NNP LOCATION 3 nmod:poss
                2 's 's _ POS O 1 case
                3 demands demand _ NNS O 0 root
                """, "demands")).isEqualTo("sources MOR:noun-possessor | targets ");
        assertThat(args("""
                1 the the _ DT O 2 det
                2 demands demand _ NNS O 0 root
                3 by by _ IN O 4 case
                4 Mordor Mordor _ NNP LOCATION 2 nmod
                """, "demands")).isEqualTo("sources MOR:noun-agent | targets ");
        assertThat(args("""
                1 Mordor Mordor _ NNP LOCATION 2 compound
                2 demands demand _ NNS O 0 root
                """, "demands")).isEqualTo("sources MOR:noun-modifier | targets ");
        assertThat(args("""
                1 Mordor Mordor _ NNP LOCATION 2 nsubj
                2 made make _ VBD O 0 root
                3 demands demand _ NNS O 2 obj
                """, "demands")).isEqualTo("sources MOR:light-verb-subject | targets ");
        // "Mordor continued trade talks with Gondor": a modifier that is no actor leaves it to the light verb
        assertThat(args("""
                1 Mordor Mordor _ NNP LOCATION 2 nsubj
                2 continued continue _ VBD O 0 root
                3 trade trade _ NN O 4 compound
                4 talks talks _ NNS O 2 obj
                5 with with _ IN O 6 case
                6 Gondor Gondor _ NNP LOCATION 4 nmod
                """, "talks")).isEqualTo("sources MOR:light-verb-subject | targets GON:argument");
        // "Mordor took part in talks with Gondor": the subject of a verb of taking part in its oblique
        assertThat(args("""
                1 Mordor Mordor _ NNP LOCATION 2 nsubj
                2 took take _ VBD O 0 root
                3 part part _ NN O 2 obj
                4 in in _ IN O 5 case
                5 talks talks _ NNS O 2 obl
                6 with with _ IN O 7 case
                7 Gondor Gondor _ NNP LOCATION 5 nmod
                """, "talks")).isEqualTo("sources MOR:light-verb-subject | targets GON:argument");
        // but not of any verb's oblique: "Mordor spoke in talks with Gondor" leaves the talks' source open
        assertThat(args("""
                1 Mordor Mordor _ NNP LOCATION 2 nsubj
                2 spoke speak _ VBD O 0 root
                3 in in _ IN O 4 case
                4 talks talks _ NNS O 2 obl
                5 with with _ IN O 6 case
                6 Gondor Gondor _ NNP LOCATION 4 nmod
                """, "talks")).isEqualTo("sources  | targets GON:argument");
    }

    @Test
    void aVehicleAsPassiveAgentIsAnAccidentNotItsDriversAct() {
        // "Gondor was attacked by a van driven by Mordor": the van, not the driver, is the agent
        assertThat(args("""
                1 Gondor Gondor _ NNP LOCATION 3 nsubj:pass
                2 was be _ VBD O 3 aux:pass
                3 attacked attack _ VBN O 0 root
                4 by by _ IN O 6 case
                5 a a _ DT O 6 det
                6 van van _ NN O 3 obl:agent
                7 driven drive _ VBN O 6 acl
                8 by by _ IN O 9 case
                9 Mordor Mordor _ NNP LOCATION 7 obl:agent
                """, "attacked")).isEqualTo("sources  | targets GON:passive-subject");
        // a person as passive agent is who acted
        assertThat(args("""
                1 Gondor Gondor _ NNP LOCATION 3 nsubj:pass
                2 was be _ VBD O 3 aux:pass
                3 attacked attack _ VBN O 0 root
                4 by by _ IN O 5 case
                5 Mordor Mordor _ NNP LOCATION 3 obl:agent
                """, "attacked")).isEqualTo("sources MOR:passive-agent | targets GON:passive-subject");
    }

    private String petrarchArgs(String conllu, String trigger) {
        return described(extract(FIXTURE.view(conllu), trigger, CoderSettings.defaults()
                .withConventions(CoderSettings.Conventions.PETRARCH)));
    }

    @Test
    void underDyadsConventionsAnActorOnlyInThePhraseIsNoTarget() {
        assertThat(args("""
                1 Arnor Arnor _ NNP LOCATION 2 nsubj
                2 attacked attack _ VBD O 0 root
                3 , , _ , O 4 punct
                4 Gondor Gondor _ NNP LOCATION 2 dep
                """, "attacked")).isEqualTo("sources ARN:subject | targets ");
    }

    @Test
    void underPetrarchsConventionsWhenTheArgumentsHoldNoActorTheTargetIsTheFirstActorOfThePhrase() {
        // the parser hung Gondor on the verb as an unknown dependent, which no argument is
        assertThat(petrarchArgs("""
                1 Arnor Arnor _ NNP LOCATION 2 nsubj
                2 attacked attack _ VBD O 0 root
                3 , , _ , O 4 punct
                4 Gondor Gondor _ NNP LOCATION 2 dep
                """, "attacked")).isEqualTo("sources ARN:subject | targets GON:phrase");
        // but a verb of saying addresses nobody in its phrase: its object is the message
        assertThat(args("""
                1 Arnor Arnor _ NNP LOCATION 2 nsubj
                2 said say _ VBD O 0 root
                3 , , _ , O 4 punct
                4 Gondor Gondor _ NNP LOCATION 2 dep
                """, "said")).isEqualTo("sources ARN:subject | targets ");
    }

    @Test
    void aPluralPronounStandsForTheActorsJustCoordinated() {
        List<SentenceView> views = FIXTURE.views(StepFixture.parse("""
                1 Gondor Gondor _ NNP LOCATION 4 nsubj
                2 and and _ CC O 3 cc
                3 Arnor Arnor _ NNP LOCATION 1 conj
                4 met meet _ VBD O 0 root

                1 They they _ PRP O 2 nsubj
                2 criticized criticize _ VBD O 0 root
                3 Mordor Mordor _ NNP LOCATION 2 obj
                """));
        assertThat(described(extract(views.get(1), "criticized", CoderSettings.defaults()
                .withConventions(CoderSettings.Conventions.PETRARCH))))
                .isEqualTo("sources GON:plural-pronoun ARN:plural-pronoun | targets MOR:argument");
        // under Dyad's conventions "they" is no guess at every actor coordinated before it
        assertThat(described(extract(views.get(1), "criticized", CoderSettings.defaults())))
                .isEqualTo("sources  | targets MOR:argument");
    }

    @Test
    void theyAsTheSubjectOfWhatIsReportedAreTheSayers() {
        // "Gondor and Arnor said they criticized Mordor": "they" can only be the sayers
        assertThat(args("""
                1 Gondor Gondor _ NNP LOCATION 4 nsubj
                2 and and _ CC O 3 cc
                3 Arnor Arnor _ NNP LOCATION 1 conj
                4 said say _ VBD O 0 root
                5 they they _ PRP O 6 nsubj
                6 criticized criticize _ VBD O 4 ccomp
                7 Mordor Mordor _ NNP LOCATION 6 obj
                """, "criticized"))
                .isEqualTo("sources GON:reporter-pronoun ARN:reporter-pronoun | targets MOR:argument");
        // "Gondor and Arnor met. Rohan said they criticized Mordor": "they" is not the sayer
        List<SentenceView> views = FIXTURE.views(StepFixture.parse("""
                1 Gondor Gondor _ NNP LOCATION 4 nsubj
                2 and and _ CC O 3 cc
                3 Arnor Arnor _ NNP LOCATION 1 conj
                4 met meet _ VBD O 0 root

                1 Rohan Rohan _ NNP LOCATION 2 nsubj
                2 said say _ VBD O 0 root
                3 they they _ PRP O 4 nsubj
                4 criticized criticize _ VBD O 2 ccomp
                5 Mordor Mordor _ NNP LOCATION 4 obj
                """));
        assertThat(described(extract(views.get(1), "criticized", CoderSettings.defaults())))
                .isEqualTo("sources  | targets MOR:argument");
    }

    @Test
    void aClauseSharingAParticiplesSubjectTakesTheNounTheParticipleModifies() {
        // "Arnor, massing troops while attacking Gondor"
        assertThat(args("""
                1 Arnor Arnor _ NNP LOCATION 0 root
                2 , , _ , O 3 punct
                3 massing mass _ VBG O 1 acl
                4 troops troop _ NNS O 3 obj
                5 while while _ IN O 6 mark
                6 attacking attack _ VBG O 3 advcl
                7 Gondor Gondor _ NNP LOCATION 6 obj
                """, "attacking")).isEqualTo("sources ARN:modified-noun | targets GON:argument");
    }

    @Test
    void weInAQuotationIsItsSpeaker() {
        List<SentenceView> views = FIXTURE.views(StepFixture.quoting(StepFixture.parse("""
                1 Gondor Gondor _ NNP LOCATION 2 nsubj
                2 spoke speak _ VBD O 0 root

                1 We we _ PRP O 2 nsubj
                2 criticized criticize _ VBD O 0 root
                3 Mordor Mordor _ NNP LOCATION 2 obj
                """), 1, 0));
        assertThat(described(extract(views.get(1), "criticized", CoderSettings.defaults())))
                .isEqualTo("sources GON:quotation-speaker | targets MOR:argument");
    }

    @Test
    void aRelativePronounStandsForItsAntecedent() {
        assertThat(args("""
                1 Mordor Mordor _ NNP LOCATION 0 root
                2 , , _ , O 4 punct
                3 which which _ WDT O 4 nsubj 4:nsubj|1:ref
                4 attacked attack _ VBD O 1 acl:relcl
                5 Gondor Gondor _ NNP LOCATION 4 obj
                """, "attacked")).isEqualTo("sources MOR:relative-pronoun | targets GON:argument");
    }

    @Test
    void withNewActorsOnAnUnknownNounPhraseBecomesAnActor() {
        String c = """
                1 The the _ DT O 2 det
                2 wizards wizard _ NNS O 3 nsubj
                3 attacked attack _ VBD O 0 root
                4 Gondor Gondor _ NNP LOCATION 3 obj
                """;
        assertThat(described(extract(FIXTURE.view(c), "attacked", CoderSettings.defaults().withNewActorLength(4))))
                .isEqualTo("sources \"THE WIZARDS\":new-actor | targets GON:argument");
        assertThat(args(c, "attacked")).isEqualTo("sources  | targets GON:argument");
    }

    @Test
    void theSubjectOfAVerbAnEventNounIsUnderUndergoesIt() {
        // "Gondor came under Arnor's attack"
        assertThat(args("""
                1 Gondor Gondor _ NNP LOCATION 2 nsubj
                2 came come _ VBD O 0 root
                3 under under _ IN O 6 case
                4 Arnor Arnor _ NNP LOCATION 6 nmod:poss
                5 's 's _ POS O 4 case
                6 attack attack _ NN O 2 obl
                """, "attack")).isEqualTo("sources ARN:noun-possessor | targets GON:undergoer");
    }

    @Test
    void thePartiesOfAnEventNounBetweenThemActOnEachOther() {
        // "talks between Arnor and Gondor resumed"
        assertThat(args("""
                1 talks talk _ NNS O 6 nsubj
                2 between between _ IN O 3 case
                3 Arnor Arnor _ NNP LOCATION 1 nmod
                4 and and _ CC O 5 cc
                5 Gondor Gondor _ NNP LOCATION 3 conj
                6 resumed resume _ VBD O 0 root
                """, "talks")).isEqualTo("sources  | targets  | compound ARN:between GON:between");
    }

    @Test
    void thePartiesOfTheEventNounThatIsAVerbsSubjectActOnEachOtherWhateverTheAct() {
        // "talks between Arnor and Gondor broke down": both halted them
        assertThat(args("""
                1 talks talk _ NNS O 6 nsubj
                2 between between _ IN O 3 case
                3 Arnor Arnor _ NNP LOCATION 1 nmod
                4 and and _ CC O 5 cc
                5 Gondor Gondor _ NNP LOCATION 3 conj
                6 broke break _ VBD O 0 root
                7 down down _ RP O 6 compound:prt
                """, "broke")).isEqualTo("sources  | targets  | compound ARN:subject GON:subject");
    }
}
