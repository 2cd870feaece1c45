package org.dyad.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.dyad.actors.ActorDictionary;
import org.dyad.actors.ActorMention;
import org.dyad.actors.ActorResolver;
import org.dyad.actors.CodeRecall;
import org.dyad.actors.tabari.TabariActorReader;
import org.dyad.actors.tabari.TabariImport;
import org.dyad.model.AnnotatedDocument;
import org.dyad.model.Article;
import org.dyad.nlp.CoreNlpAnalyzer;
import org.dyad.nlp.NlpProfile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code dyad actors suite RECORDS --actors FILE --agents FILE}: analyses each sentence of a PETRARCH
 * validation suite (JSON Lines: id, date YYYYMMDD, category, text, expected[{sourcecode, targetcode}])
 * with CoreNLP, resolves its actors with TABARI dictionaries under PETRARCH's conventions, and prints
 * the share of expected source and target codes found in the sentence.
 */
@Command(name = "suite", mixinStandardHelpOptions = true,
        description = {"Measure actor resolution on a PETRARCH validation suite: the share of the expected source and"
                + " target codes that the resolver finds in each sentence, with the suite's own TABARI dictionaries.",
            "Example: dyad actors suite ../shared/data/petrarch2/text/PETR.UnitTest.records.jsonl"
                + " --actors ../shared/data/petrarch2/dictionaries/PETR.Validate.actors.txt"
                + " --agents ../shared/data/petrarch2/dictionaries/PETR.Validate.agents.txt"})
final class ActorsSuiteCommand implements Callable<Integer> {
    private static final DateTimeFormatter YYYYMMDD = DateTimeFormatter.BASIC_ISO_DATE;

    @Parameters(index = "0", paramLabel = "RECORDS", description = "The suite as JSON Lines.")
    Path records;

    @Option(names = "--actors", required = true, paramLabel = "FILE", description = "TABARI .actors files.")
    List<Path> actorFiles;

    @Option(names = "--agents", required = true, paramLabel = "FILE", description = "TABARI .agents files.")
    List<Path> agentFiles;

    @Option(names = "--misses", description = "List each expected code that was not found.")
    boolean misses;

    @Override
    public Integer call() throws Exception {
        PrintStream out = System.out;
        TabariImport imported = TabariActorReader.load(actorFiles, agentFiles);
        ActorDictionary dictionary = imported.dictionary();
        ActorResolver resolver = new ActorResolver(dictionary, "suite", ActorResolver.Settings.petrarch());
        out.printf("dictionaries: %d actors, %d agents, %d problems%n", dictionary.actors().size(),
                dictionary.agents().size(), imported.problems().size());
        imported.problems().forEach(p -> out.println("  problem " + p));
        CoreNlpAnalyzer analyzer = new CoreNlpAnalyzer(NlpProfile.STANDARD);
        ObjectMapper json = new ObjectMapper();
        CodeRecall recall = new CodeRecall();
        int n = 0;
        try (BufferedReader r = Files.newBufferedReader(records, StandardCharsets.UTF_8)) {
            for (String line; (line = r.readLine()) != null;) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode rec = json.readTree(line);
                String id = rec.path("id").asText();
                LocalDate date = LocalDate.parse(rec.path("date").asText(), YYYYMMDD);
                Article article = Article.of(id + "#" + n++, date, rec.path("text").asText());
                AnnotatedDocument doc = analyzer.analyze(article);
                List<ActorMention> mentions = resolver.resolve(doc);
                List<String> expected = new ArrayList<>();
                for (JsonNode e : rec.path("expected")) {
                    expected.add(e.path("sourcecode").asText(""));
                    expected.add(e.path("targetcode").asText(""));
                }
                recall.add(id, rec.path("category").asText(""), expected, mentions);
            }
        }
        out.printf("%-10s %6s %8s %6s%n", "category", "found", "expected", "share");
        for (Map.Entry<String, CodeRecall.Tally> e : recall.byCategory().entrySet()) {
            out.printf("%-10s %6d %8d %6.3f%n", e.getKey(), e.getValue().found(), e.getValue().expected(),
                    e.getValue().share());
        }
        CodeRecall.Tally t = recall.total();
        out.printf("%-10s %6d %8d %6.3f%n", "all", t.found(), t.expected(), t.share());
        out.printf("records %d; expected codes that stand for no actor (---, ###, empty), not counted: %d%n", n,
                recall.skipped());
        if (misses) {
            for (CodeRecall.Check c : recall.checks()) {
                if (!c.found()) {
                    out.printf("miss %-16s %-9s expected %-12s found %s%n", c.record(), c.category(), c.expected(),
                            c.codes());
                }
            }
        }
        return 0;
    }
}
