package org.dyad.cli;

import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.dyad.actors.DictionaryProblem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code dyad actors convert --data DIR --out DIR}: converts the third-party actor data into the
 * dictionaries Dyad ships, and writes a report of every problem found on the way.
 */
@Command(name = "convert", mixinStandardHelpOptions = true,
        description = {"Convert the Phoenix, ISO, CountryInfo, world-countries and PLOVER actor data into Dyad's"
                + " dictionary format, one file per source and licence, validating it on the way.",
            "Example: dyad actors convert --data ../shared/data --out actors/src/main/resources/org/dyad/actors"
                + " --report actors-conversion-report.txt"})
final class ActorsConvertCommand implements Callable<Integer> {
    @Option(names = "--data", required = true, paramLabel = "DIR",
            description = "The third-party data folder (petrarch2/, ngec/, iso-codes/, countryinfo/, world-countries/).")
    Path data;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Where the dictionaries are written.")
    Path out;

    @Option(names = "--report", paramLabel = "FILE", description = "Write every problem found here.")
    Path report;

    @Override
    public Integer call() throws Exception {
        ActorDataConverter converter = new ActorDataConverter(data);
        converter.convert(out);
        PrintStream o = System.out;
        converter.counts().forEach((k, v) -> o.printf("%8d  %s%n", v, k));
        Map<String, Integer> kinds = new TreeMap<>();
        for (DictionaryProblem p : converter.problems()) {
            kinds.merge(kind(p.message()), 1, Integer::sum);
        }
        o.printf("%d problems found and resolved or reported:%n", converter.problems().size());
        kinds.forEach((k, v) -> o.printf("%8d  %s%n", v, k));
        if (report != null) {
            try (Writer w = Files.newBufferedWriter(report, StandardCharsets.UTF_8)) {
                for (DictionaryProblem p : converter.problems()) {
                    w.write(p + "\n");
                }
            }
            o.println("report written to " + report);
        }
        return 0;
    }

    /** A problem's message without its particulars, for the summary. */
    static String kind(String message) {
        if (message.startsWith("roles are not in date order")) {
            return "roles not in date order (read in date order)";
        }
        if (message.contains("overlap") && message.contains("different codes")) {
            return "overlapping roles with different codes (resolved by the precedence rule)";
        }
        if (message.contains("runs into") || message.contains("follows")) {
            return "entries without a code joined to the entry next to them";
        }
        if (message.contains("null code")) {
            return "entries without any code (left out)";
        }
        if (message.contains("several default codes")) {
            return "entries with several default codes (the last holds)";
        }
        if (message.contains("restriction") || message.contains("code line") || message.contains("empty code")) {
            return "unusable code lines (skipped)";
        }
        if (message.contains("agent")) {
            return "agent lines with problems";
        }
        return "other";
    }
}
