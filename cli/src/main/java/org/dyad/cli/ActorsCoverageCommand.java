package org.dyad.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.dyad.actors.ActorResolver;
import org.dyad.actors.MentionCoverage;
import org.dyad.coding.VerbDictionary;
import org.dyad.ingest.Ingested;
import org.dyad.model.AnnotatedDocument;
import org.dyad.nlp.CoreNlpAnalyzer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code dyad actors coverage INPUT...}: the share of named people, organisations and places in the
 * subject or object of an event verb that resolve to an actor code, and the most frequent names that
 * do not (see {@link MentionCoverage}).
 */
@Command(name = "coverage", mixinStandardHelpOptions = true,
        description = {"Measure actor coverage: the share of PERSON, ORGANIZATION and LOCATION mentions in the subject"
                + " or object of an event verb (a verb of the shipped verb dictionary) that resolve to an actor code,"
                + " by class, with the most frequent unresolved names.",
            "Example: dyad actors coverage examples/voa-stories.jsonl"})
final class ActorsCoverageCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Files or folders, as for 'dyad code'.")
    List<Path> inputs;

    @Option(names = "--top", paramLabel = "N", description = "How many unresolved names to list (default: ${DEFAULT-VALUE}).")
    int top = 30;

    @Option(names = "--list", description = "List every counted mention with its article, sentence and outcome.")
    boolean list;

    @Mixin
    CodingOptions options;

    @Override
    public Integer call() throws Exception {
        List<Ingested> records = options.readAll(inputs);
        CoreNlpAnalyzer analyzer = new CoreNlpAnalyzer(options.profile);
        // the coder's own resolver, gazetteer included: coverage counts what the coder would resolve
        ActorResolver resolver = options.coder().actors();
        VerbDictionary verbs = VerbDictionary.standard();
        MentionCoverage coverage = new MentionCoverage(t -> !verbs.entries(t.word(), t.lemma()).isEmpty());
        int articles = 0;
        int rejected = 0;
        for (Ingested i : records) {
            if (!(i instanceof Ingested.Read r)) {
                rejected++;
                continue;
            }
            AnnotatedDocument doc = analyzer.analyze(r.article());
            coverage.add(doc, resolver.resolve(doc));
            articles++;
        }
        PrintStream out = System.out;
        out.printf("articles %d (rejected %d); event verbs: the shipped verb dictionary (%d blocks)%n", articles,
                rejected, verbs.blocks().size());
        out.printf("%-13s %8s %8s %6s%n", "class", "resolved", "mentions", "share");
        for (Map.Entry<String, MentionCoverage.Tally> e : coverage.byType().entrySet()) {
            out.printf("%-13s %8d %8d %6.3f%n", e.getKey(), e.getValue().resolved(), e.getValue().counted(),
                    e.getValue().share());
        }
        MentionCoverage.Tally t = coverage.total();
        out.printf("%-13s %8d %8d %6.3f%n", "all", t.resolved(), t.counted(), t.share());
        out.println("most frequent unresolved names:");
        for (Map.Entry<String, Integer> e : coverage.unresolved(top)) {
            out.printf("%6d  %s%n", e.getValue(), e.getKey());
        }
        if (list) {
            for (MentionCoverage.Counted c : coverage.counted()) {
                out.printf("%s\t%s\ts%d\t%s\t%s%n", c.resolved() ? "resolved" : "UNRESOLVED", c.articleId(),
                        c.sentence(), c.type(), c.text());
            }
        }
        return 0;
    }
}
