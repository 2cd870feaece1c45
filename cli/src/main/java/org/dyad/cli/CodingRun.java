package org.dyad.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.dyad.coding.ArticleCoder;
import org.dyad.ingest.RecordCounter;
import org.dyad.model.Event;
import org.dyad.nlp.CoreNlpAnalyzer;
import org.dyad.nlp.TextAnalyzer;
import org.dyad.pipeline.EventJson;
import org.dyad.pipeline.Outcome;
import org.dyad.pipeline.Pipeline;
import org.dyad.pipeline.Progress;
import org.dyad.pipeline.RunSummary;

/** Codes inputs and prints events: the work shared by {@code dyad code} and {@code dyad demo}. */
final class CodingRun {
    private CodingRun() {
    }

    static RunSummary run(CodingOptions options, List<Path> inputs, OutputFormat format, Optional<Path> out,
            PrintStream stdout, PrintStream stderr) throws IOException {
        return run(options, () -> new CoreNlpAnalyzer(options.profile), inputs, format, out, stdout, stderr);
    }

    /** As above, with the analyzer given (tests share one loaded analyzer across runs). */
    static RunSummary run(CodingOptions options, Supplier<TextAnalyzer> analyzer, List<Path> inputs,
            OutputFormat format, Optional<Path> out, PrintStream stdout, PrintStream stderr) throws IOException {
        for (Path p : inputs) {
            if (!Files.exists(p)) {
                throw new IllegalArgumentException("input " + p + " does not exist");
            }
        }
        Pipeline pipeline = new Pipeline(options.reader(), analyzer,
                ArticleCoder.standard(), options.threads, options.maxChars);
        Writer target = out.isPresent() ? Files.newBufferedWriter(out.get(), StandardCharsets.UTF_8)
                : new BufferedWriter(new OutputStreamWriter(stdout, StandardCharsets.UTF_8));
        TerminalProgress bar = TerminalProgress.enabled() ? new TerminalProgress(stderr) : null;
        Progress progress = bar == null ? Progress.NONE : bar;
        long total = bar == null ? -1 : RecordCounter.count(inputs);
        Quarantine quarantine = new Quarantine(options.quarantine);
        RunSummary summary;
        try (PrintWriter w = new PrintWriter(target); quarantine) {
            TableWriter table = new TableWriter(w);
            summary = pipeline.run(inputs, outcome -> {
                if (outcome instanceof Outcome.Coded c) {
                    if (format == OutputFormat.TABLE) {
                        if (bar != null) {
                            bar.finish();
                        }
                        table.write(c.article());
                    } else {
                        for (Event e : c.article().events()) {
                            w.println(EventJson.mapper().writeValueAsString(EventJson.toJson(e)));
                        }
                        w.flush();
                    }
                } else {
                    quarantine.write(((Outcome.Quarantined) outcome).rejection());
                }
            }, progress, total);
        }
        if (bar != null) {
            bar.finish();
        }
        stderr.println("dyad: " + summary.line());
        if (summary.quarantined() > 0) {
            stderr.println("dyad: quarantined records are in " + options.quarantine.toAbsolutePath()
                    + " with their error codes and reasons");
        }
        out.ifPresent(p -> stderr.println("dyad: events written to " + p.toAbsolutePath()));
        return summary;
    }
}
