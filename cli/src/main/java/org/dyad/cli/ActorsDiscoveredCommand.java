package org.dyad.cli;

import java.io.PrintStream;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.dyad.actors.ActorDictionary;
import org.dyad.actors.ActorResolver;
import org.dyad.actors.DictionaryWriter;
import org.dyad.actors.Discovery;
import org.dyad.actors.DiscoveryTable;
import org.dyad.coding.ArticleCoder;
import org.dyad.ingest.Ingested;
import org.dyad.nlp.CoreNlpAnalyzer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code dyad actors discovered [INPUT...] [--table FILE] [--export FILE]}: the persons whose roles
 * the text gave (titles, appositions, affiliations), accumulated across a corpus in a reviewable
 * table, listed and exported as dictionary entries.
 */
@Command(name = "discovered", mixinStandardHelpOptions = true,
        description = {"List the actors discovered from the text: persons whose country and sector a title, an apposition"
                + " or an affiliation gave (\"German intelligence chief Bruno Kahl\" is DEUSPY), with first and last"
                + " seen, count and evidence. INPUT articles are analysed and their discoveries added to the table;"
                + " --table keeps the table in a file across runs.",
            "Example: dyad actors discovered examples/voa-stories.jsonl --table discovered.tsv --export discovered.actors.dyad"})
final class ActorsDiscoveredCommand implements Callable<Integer> {
    @Parameters(arity = "0..*", paramLabel = "INPUT", description = "Files or folders to analyse, as for 'dyad code'.")
    List<Path> inputs = new ArrayList<>();

    @Option(names = "--table", paramLabel = "FILE",
            description = "A table file (tab-separated) read first if it exists and written back with the new discoveries.")
    Path table;

    @Option(names = "--export", paramLabel = "FILE",
            description = "Write the table's names as actor entries in Dyad's dictionary format, for review and use.")
    Path export;

    @Option(names = "--min-count", paramLabel = "N",
            description = "Export only names seen at least N times (default: ${DEFAULT-VALUE}).")
    int minCount = 1;

    @Mixin
    CodingOptions options;

    @Override
    public Integer call() throws Exception {
        DiscoveryTable t = new DiscoveryTable();
        if (table != null && Files.exists(table)) {
            try (Reader r = Files.newBufferedReader(table, StandardCharsets.UTF_8)) {
                t = DiscoveryTable.read(r, table.toString());
            }
        }
        if (!inputs.isEmpty()) {
            List<Ingested> records = options.readAll(inputs);
            CoreNlpAnalyzer analyzer = new CoreNlpAnalyzer(options.profile);
            ActorResolver resolver = new ActorResolver(ActorDictionary.standard(), ArticleCoder.VERSION);
            for (Ingested i : records) {
                if (i instanceof Ingested.Read r) {
                    for (Discovery d : resolver.resolveAll(analyzer.analyze(r.article())).discoveries()) {
                        t.add(d);
                    }
                }
            }
        }
        if (table != null) {
            try (Writer w = Files.newBufferedWriter(table, StandardCharsets.UTF_8)) {
                t.write(w);
            }
        }
        PrintStream out = System.out;
        out.printf("%-32s %-12s %-10s %-10s %5s  %-14s %s%n", "name", "code", "first", "last", "count", "rule", "evidence");
        for (DiscoveryTable.Row r : t.rows()) {
            out.printf("%-32s %-12s %-10s %-10s %5d  %-14s %s%n", TableWriter.shorten(r.name(), 32), r.code(),
                    r.firstSeen(), r.lastSeen(), r.count(), r.rule(), TableWriter.shorten(r.evidence(), 90));
        }
        out.printf("%d discovered names%n", t.rows().size());
        if (export != null) {
            var entries = t.export(minCount);
            try (Writer w = Files.newBufferedWriter(export, StandardCharsets.UTF_8)) {
                DictionaryWriter.write(w, List.of("Actors discovered by 'dyad actors discovered' (titles, appositions,"
                        + " affiliations in the text).", "Review before use: each entry's source gives its evidence."),
                        entries, List.of());
            }
            out.printf("%d entries exported to %s%n", entries.size(), export);
        }
        return 0;
    }
}
