package org.dyad.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The example of docs/actors.md, "Adding a rule": one class, named in the list at its place. */
class AddingARuleTest {
    /** A person the dictionaries lack, named after "Ambassador", is a diplomat of the article's country. */
    static final class StoryAmbassador implements PhraseRule {
        @Override
        public ActorRule id() {
            return ActorRule.ARTICLE_COUNTRY;
        }

        @Override
        public Rule.Stage stage() {
            return Rule.Stage.STORY;
        }

        @Override
        public boolean enabled(ActorResolver.Settings s) {
            return !s.bareAgents();
        }

        @Override
        public Optional<List<Found>> code(NounPhrase p, PhraseReading r) {
            Unit u = p.root();
            Optional<String> home = r.context().home();
            if (u.kind != Unit.Kind.PERSON || u.begin == 0 || home.isEmpty()
                    || !r.sentence().token(u.begin - 1).word().equals("Ambassador")) {
                return Optional.empty();
            }
            return Optional.of(List.of(r.found(p, null, home.get() + "GOV", r.text(u.begin, u.end),
                    ActorRule.ARTICLE_COUNTRY, home.get() + "+ambassador")));
        }
    }

    private static final String HASSAN = """
            1 Ambassador Ambassador _ NNP O 3 compound
            2 Ali Ali _ NNP PERSON 3 compound
            3 Hassan Hassan _ NNP PERSON 4 nsubj
            4 met meet _ VBD O 0 root
            5 officials official _ NNS O 4 obj
            """;

    private static List<String> hassan(List<Rule> rules) {
        ActorResolver resolver = new ActorResolver(RuleKit.DICTIONARY, "test", ActorResolver.Settings.standard(),
                Rules.of(rules));
        return RuleKit.found(resolver.resolve(RuleKit.document(RuleKit.SOMALI_STORY + HASSAN)), "Ali Hassan");
    }

    @Test
    void aNewRuleNamedBeforeTheCiviliansGuessTakesThePhrase() {
        List<Rule> rules = new ArrayList<>(ActorResolver.RULES.list());
        assertThat(hassan(rules)).containsExactly("SOMCVL article-country");
        rules.add(rules.indexOf(rules.stream().filter(r -> r instanceof StoryCivilian).findFirst().orElseThrow()),
                new StoryAmbassador());
        assertThat(hassan(rules)).containsExactly("SOMGOV article-country");
    }
}
