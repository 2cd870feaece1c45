package org.dyad.coding.suite;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.dyad.coding.CoderSettings;
import org.dyad.coding.Coding;
import org.dyad.model.ActorRef;
import org.dyad.model.Provenance;
import org.dyad.model.Trigger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ValidationSuiteTest {
    private static ValidationSuite suite;

    @BeforeAll
    static void readPetrarchsUnitTests() throws IOException {
        try (var in = ValidationSuiteTest.class.getResourceAsStream("/org/dyad/coding/petrarch/PETR.UnitTest.records.xml")) {
            suite = ValidationSuite.readXml(in, "PETR.UnitTest.records.xml");
        }
    }

    private static SuiteCase byKey(String key) {
        return suite.cases().stream().filter(c -> c.key().equals(key)).findFirst().orElseThrow();
    }

    @Test
    void readsAllCasesCodingsAndExpectations() {
        assertThat(suite.cases()).hasSize(284);
        assertThat(suite.cases().stream().mapToInt(c -> c.expected().size()).sum()).isEqualTo(359);
        assertThat(suite.cases().stream().filter(SuiteCase::noEvents).count()).isEqualTo(19);
        assertThat(suite.cases().stream().filter(c -> !c.error().isEmpty()).count()).isEqualTo(7);
        SuiteCase first = suite.cases().get(0);
        assertThat(first.id()).isEqualTo("DEMO-00");
        assertThat(first.date()).isEqualTo(LocalDate.of(1995, 1, 1));
        assertThat(first.text()).isEqualTo("Arnor is about to restore full diplomatic ties with Gondor almost five years "
                + "after crowds trashed its embassy.");
        assertThat(first.expected()).containsExactly(new ExpectedCoding("ARN", "GON", "064"));
        // repeated ids get distinct keys
        assertThat(suite.cases()).extracting(SuiteCase::key).doesNotHaveDuplicates().contains("AGENTS-18#2");
        // text entities are decoded
        assertThat(byKey("SYNSET-02").text()).contains("&TIETYPE ties");
    }

    @Test
    void appliesTheConfigLinesToTheCasesAfterThem() {
        assertThat(byKey("COMPOUND-02").settings().targets()).isEqualTo(CoderSettings.TargetRule.REQUIRED);
        assertThat(byKey("COMPOUND-03").settings().targets()).isEqualTo(CoderSettings.TargetRule.OPTIONAL);
        assertThat(byKey("COMPOUND-05").settings().targets()).isEqualTo(CoderSettings.TargetRule.REQUIRED);
        assertThat(byKey("ACTOR-01").settings().newActorLength()).isEqualTo(4);
        assertThat(byKey("ACTOR-03").settings().newActorLength()).isEqualTo(3);
        assertThat(byKey("ACTOR-04").settings().newActorLength()).isZero();
        assertThat(byKey("ACTOR-01").expected().get(0).source()).isEqualTo("\"GRYFFINDOR HEAD MINERVA MCGONAGALL\"");
    }

    @Test
    void readsTheJsonLinesForm() throws IOException {
        String jsonl = """
                {"id": "A-1", "date": "19950101", "category": "DEMO", "text": "Arnor  visits\\nGondor.", "expected": [{"sourcecode": "ARN", "targetcode": "GON", "eventcode": "042"}]}
                {"id": "A-2", "date": "1995-01-02", "text": "Nothing here.", "expected": [{"noevents": "True"}], "config": {"require_dyad": "false"}}
                {"id": "A-2", "date": "950103", "text": "Typhoon.", "expected": [{"error": "storydiscard"}]}
                """;
        ValidationSuite s = ValidationSuite.readJsonLines(new ByteArrayInputStream(jsonl.getBytes(StandardCharsets.UTF_8)),
                "t.jsonl");
        assertThat(s.cases()).extracting(SuiteCase::key).containsExactly("A-1", "A-2", "A-2#2");
        assertThat(s.cases().get(0).text()).isEqualTo("Arnor visits Gondor.");
        assertThat(s.cases().get(1).noEvents()).isTrue();
        assertThat(s.cases().get(1).settings().targets()).isEqualTo(CoderSettings.TargetRule.OPTIONAL);
        assertThat(s.cases().get(2).date()).isEqualTo(LocalDate.of(1995, 1, 3));
        assertThat(s.cases().get(2).error()).isEqualTo("storydiscard");
        // a case with a bad date is left out and named, and the rest of the suite is read
        ValidationSuite bad = ValidationSuite.readJsonLines(new ByteArrayInputStream(("{\"id\":\"x\",\"date\":\"1995\","
                + "\"text\":\"t\"}\n{\"id\":\"y\",\"date\":\"19950101\",\"text\":\"t\"}").getBytes(StandardCharsets.UTF_8)),
                "bad.jsonl");
        assertThat(bad.cases()).extracting(SuiteCase::key).containsExactly("y");
        assertThat(bad.issues()).singleElement().satisfies(i -> {
            assertThat(i.record()).isEqualTo("bad.jsonl:1");
            assertThat(i.kind()).isEqualTo(org.dyad.model.GoldIssue.Kind.SKIPPED);
            assertThat(i.reason()).contains("YYYYMMDD");
        });
    }

    private static Coding coding(String source, String target, String code) {
        Provenance p = Provenance.rule("test", "t");
        ActorRef s = new ActorRef(source, source, source, 0, 1, p);
        Optional<ActorRef> t = target.equals("---") ? Optional.empty()
                : Optional.of(new ActorRef(target, target, target, 2, 3, p));
        return new Coding(0, new Trigger(0, 1, 1, 2, "x"), s, t, code, Optional.empty(), p);
    }

    @Test
    void scoresExactMatchesOnceEachAndCountsTheRestAsExtras() {
        SuiteCase c = byKey("COMPOUND-03");
        CaseResult r = CaseResult.score(c, List.of(coding("FOR", "OSG", "041"), coding("FOR", "OSG", "041"),
                coding("GON", "OSG", "040"), coding("---GOV", "---", "023")));
        assertThat(r.predicted()).hasSize(3);
        assertThat(r.matched()).containsExactly(new ExpectedCoding("FOR", "OSG", "041"),
                new ExpectedCoding("---GOV", "---", "023"));
        assertThat(r.missed()).containsExactly(new ExpectedCoding("GON", "OSG", "041"));
        assertThat(r.extra()).containsExactly(new ExpectedCoding("GON", "OSG", "040"));
        SuiteResult all = new SuiteResult("t", List.of(r, CaseResult.score(byKey("DEMO-24"), List.of(coding("A", "B", "010")))));
        Tally t = all.total();
        assertThat(t).isEqualTo(new Tally(2, 3, 2, 2));
        assertThat(t.recall()).isEqualTo(2.0 / 3);
        assertThat(t.extraRate()).isEqualTo(2.0 / 3);
        assertThat(all.noEventViolations()).hasSize(1);
        assertThat(all.byCategory()).containsKeys("COMPOUND", "DEMO");
        ObjectNode json = all.toJson(new ObjectMapper());
        assertThat(json.get("expected").asInt()).isEqualTo(3);
        assertThat(json.get("matched").asInt()).isEqualTo(2);
        assertThat(json.get("recall").asDouble()).isEqualTo(0.6667);
        assertThat(json.get("extra").asInt()).isEqualTo(2);
        assertThat(json.get("extraRate").asDouble()).isEqualTo(0.6667);
        assertThat(json.get("noEventCasesCoded").asInt()).isEqualTo(1);
        assertThat(json.get("misses")).hasSize(1);
        assertThat(json.get("extras")).hasSize(2);
    }
}
