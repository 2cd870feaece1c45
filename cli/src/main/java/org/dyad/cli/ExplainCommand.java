package org.dyad.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.dyad.coding.ArticleCoder;
import org.dyad.coding.EventCoder;
import org.dyad.ingest.Ingested;
import org.dyad.model.AnnotatedDocument;
import org.dyad.model.Sentence;
import org.dyad.nlp.CoreNlpAnalyzer;
import org.dyad.nlp.NlpProfile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code dyad explain}: why each sentence gave the events it gave. */
@Command(name = "explain", mixinStandardHelpOptions = true,
        description = {"Show, sentence by sentence, every word that can carry an event (a trigger of the verb "
                + "dictionaries), the codings it gave (source -> target code) and what became of it: coded, or why "
                + "not (no code in its sense, not an event: a condition, claim, role or question, negated, no "
                + "source, no target, or dropped for the clause around it). Every sentence is parsed."})
final class ExplainCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Files or folders, as for 'dyad code'.")
    List<Path> inputs;

    @Mixin
    CodingOptions options;

    @Override
    public Integer call() throws Exception {
        ArticleCoder coder = options.coder();
        CoreNlpAnalyzer analyzer = new CoreNlpAnalyzer(NlpProfile.STANDARD);
        PrintStream out = System.out;
        for (Ingested record : options.readAll(inputs)) {
            if (!(record instanceof Ingested.Read read)) {
                continue;
            }
            AnnotatedDocument doc = analyzer.analyze(read.article());
            out.println("# " + doc.article().id() + " " + doc.article().date());
            List<EventCoder.TriggerReport> reports = coder.explain(doc);
            for (Sentence s : doc.sentences()) {
                List<EventCoder.TriggerReport> here = reports.stream().filter(r -> r.sentence() == s.index()).toList();
                if (here.isEmpty()) {
                    continue;
                }
                out.println("s" + s.index() + "  " + doc.text(s.begin(), s.end()));
                for (EventCoder.TriggerReport r : here) {
                    out.printf("    %-14s %-22s %s%s%n", r.word(), "[" + r.block() + "]", r.outcome(),
                            r.codings().isEmpty() ? "" : "  " + String.join("; ", r.codings()));
                }
            }
        }
        return 0;
    }
}
