package org.dyad.actors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class RulesTest {
    /** "German intelligence chief Bruno Kahl said." */
    private static final String KAHL = """
            1 German German _ JJ O 3 amod
            2 intelligence intelligence _ NN O 3 compound
            3 chief chief _ NN O 5 compound
            4 Bruno Bruno _ NNP PERSON 5 compound
            5 Kahl Kahl _ NNP PERSON 6 nsubj
            6 said say _ VBD O 0 root
            """;

    /** A rule written for this test: every person the dictionary lacks is a civilian of Arnor. */
    private static class ArnorCivilians implements PhraseRule {
        private final Rule.Stage stage;
        private final boolean withCode;

        ArnorCivilians(Rule.Stage stage, boolean withCode) {
            this.stage = stage;
            this.withCode = withCode;
        }

        @Override
        public ActorRule id() {
            return ActorRule.ARTICLE_COUNTRY;
        }

        @Override
        public Rule.Stage stage() {
            return stage;
        }

        @Override
        public Optional<List<Found>> code(NounPhrase p, PhraseReading r) {
            if (p.kind() != Unit.Kind.PERSON) {
                return Optional.empty();
            }
            return Optional.of(withCode ? List.of(r.found(p, null, "ARNCVL", "test", ActorRule.ARTICLE_COUNTRY, "ARN"))
                    : List.of());
        }
    }

    /** The same rule in another class, since a list names each rule class once. */
    private static final class AgainArnorCivilians extends ArnorCivilians {
        AgainArnorCivilians(Rule.Stage stage, boolean withCode) {
            super(stage, withCode);
        }
    }

    private static List<String> codes(Rule... rules) {
        return RuleKit.resolve(RuleKit.document(KAHL), rules).stream()
                .map(m -> m.actor().text() + " " + m.actor().code()).toList();
    }

    @Test
    void theResolverNamesItsRulesStageByStage() {
        assertThat(ActorResolver.RULES.list()).extracting(r -> r.getClass().getSimpleName()).containsExactly(
                "DefiniteDescription", "GazetteerPlace", "TitleName", "DictionaryName", "AdjectiveAgent", "Owner",
                "DiscoveredName", "NamePart", "StoryTitle", "BareAgent", "Appositive", "Affiliation", "Nationality",
                "CoordinatedApposition", "StoryApposition", "PlacedOrganisation", "StoryOrganisation",
                "StoryCivilian", "StoryInstitution", "StoryAgent", "BareArmedAgent", "BoundPronoun", "Coreference");
        assertThat(ActorResolver.RULES.list()).extracting(Rule::stage).isSorted();
    }

    @Test
    void everyRuleIdButTheCandidatesIsTheIdOfARule() {
        Set<ActorRule> ids = ActorResolver.RULES.list().stream().map(Rule::id).collect(Collectors.toSet());
        EnumSet<ActorRule> expected = EnumSet.allOf(ActorRule.class);
        expected.remove(ActorRule.CANDIDATE);
        assertThat(ids).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void aRuleBeforeARuleOfAnEarlierStageIsRejected() {
        assertThatThrownBy(() -> Rules.of(List.of(new Appositive(), new TitleName())))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("TitleName").hasMessageContaining("HEAD").hasMessageContaining("DESCRIPTION");
    }

    @Test
    void aRuleListedTwiceIsRejected() {
        assertThatThrownBy(() -> Rules.of(List.of(new TitleName(), new TitleName())))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("TitleName is listed twice");
    }

    @Test
    void aPhraseRuleOutsideThePhraseStagesIsRejected() {
        assertThatThrownBy(() -> Rules.of(List.of(new ArnorCivilians(Rule.Stage.ARTICLE, true))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("HEAD, DESCRIPTION or STORY");
    }

    @Test
    void aRuleClaimingAnotherStageThanItsKindsIsRejected() {
        UnitRule misplaced = new UnitRule() {
            @Override
            public ActorRule id() {
                return ActorRule.GAZETTEER_PLACE;
            }

            @Override
            public Rule.Stage stage() {
                return Rule.Stage.STORY;
            }

            @Override
            public void findUnits(PhraseReading r) {
            }
        };
        assertThatThrownBy(() -> Rules.of(List.of(misplaced))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("works at UNITS");
    }

    @Test
    void theSettingsChooseTheRulesThatApply() {
        assertThat(ActorResolver.RULES.enabledUnder(ActorResolver.Settings.standard()).list())
                .extracting(r -> r.getClass().getSimpleName()).doesNotContain("BareAgent").contains("StoryTitle");
        assertThat(ActorResolver.RULES.enabledUnder(ActorResolver.Settings.petrarch()).list())
                .extracting(r -> r.getClass().getSimpleName()).contains("BareAgent").doesNotContain("GazetteerPlace",
                        "StoryTitle", "StoryApposition", "PlacedOrganisation", "StoryOrganisation", "StoryCivilian",
                        "StoryInstitution");
    }

    @Test
    void theFirstRuleThatClaimsAPhraseGivesItsCodes() {
        assertThat(codes(new ArnorCivilians(Rule.Stage.HEAD, true), new TitleName()))
                .containsExactly("intelligence chief Bruno Kahl ARNCVL");
        assertThat(codes(new TitleName(), new ArnorCivilians(Rule.Stage.HEAD, true)))
                .containsExactly("German intelligence chief Bruno Kahl DEUSPY");
    }

    @Test
    void aPhraseClaimedWithoutACodeIsNotOfferedToTheStagesLaterRules() {
        assertThat(codes(new ArnorCivilians(Rule.Stage.HEAD, false), new AgainArnorCivilians(Rule.Stage.HEAD, true)))
                .isEmpty();
    }

    @Test
    void aPhraseLeftWithoutACodeIsOfferedToTheNextStage() {
        assertThat(codes(new ArnorCivilians(Rule.Stage.HEAD, false), new AgainArnorCivilians(Rule.Stage.STORY, true)))
                .containsExactly("intelligence chief Bruno Kahl ARNCVL");
    }

    @Test
    void aDescriptionDoesNotReplaceACodeTheHeadStageGave() {
        assertThat(RuleKit.resolve(RuleKit.document(AppositiveTest.KAHL_APPOSITION),
                new ArnorCivilians(Rule.Stage.HEAD, true), new AdjectiveAgent(), new Appositive()).stream()
                .map(m -> m.actor().text() + " " + m.actor().code()))
                .containsExactly("Bruno Kahl ARNCVL", "Germany 's intelligence chief DEUSPY");
    }

    @Test
    void everyRuleIsStateless() {
        assertThat(ActorResolver.RULES.list()).allSatisfy(r -> assertThat(Arrays.stream(r.getClass()
                .getDeclaredFields()).filter(f -> !java.lang.reflect.Modifier.isStatic(f.getModifiers()))).isEmpty());
    }
}
