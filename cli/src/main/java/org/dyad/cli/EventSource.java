package org.dyad.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dyad.coding.ArticleCoder;
import org.dyad.format.EventJson;
import org.dyad.model.Event;
import org.dyad.nlp.CoreNlpAnalyzer;
import org.dyad.pipeline.EventSentenceSelector;
import org.dyad.pipeline.Outcome;
import org.dyad.pipeline.Pipeline;
import org.dyad.pipeline.Progress;
import org.dyad.pipeline.RunSummary;
import picocli.CommandLine.Option;

/**
 * Where the evaluation commands take coded events from: articles coded now with the shipped (or
 * given) dictionaries, as {@code dyad code} codes them, or a file of events in Dyad's native JSON
 * Lines that an earlier {@code dyad code --format jsonl} wrote.
 */
final class EventSource {
    @Option(names = "--articles", paramLabel = "FILE",
            description = "The articles: coded now, or with --events the set the events are scored over (any input dyad code reads).")
    List<Path> articles = new ArrayList<>();

    @Option(names = "--events", paramLabel = "FILE",
            description = "Events already coded, in Dyad's native JSON Lines (dyad code --format jsonl).")
    Path events;

    /**
     * The ids of the articles of {@code --articles}, in input order, or without it those of the events
     * read (an article with no event is then not counted).
     */
    List<String> articleIds(List<Event> coded, CodingOptions options) throws IOException {
        List<String> ids = new ArrayList<>();
        if (!articles.isEmpty()) {
            options.readAll(articles).forEach(r -> {
                if (r instanceof org.dyad.ingest.Ingested.Read read) {
                    ids.add(read.article().id());
                }
            });
        } else {
            coded.stream().map(Event::articleId).distinct().forEach(ids::add);
        }
        return ids;
    }

    /**
     * The events: read from {@code --events} when given (the articles of {@code --articles}, if any,
     * then only name the set scored), else coded from {@code --articles}.
     */
    List<Event> events(CodingOptions options, PrintStream log) throws IOException {
        if (articles.isEmpty() && events == null) {
            throw new IllegalArgumentException("give --articles FILE (to code them), or --events FILE (events dyad "
                    + "code --format jsonl wrote) with --articles FILE naming the articles they are from");
        }
        if (events != null) {
            return read(events);
        }
        ArticleCoder coder = options.coder();
        Pipeline pipeline = new Pipeline(options.reader(), () -> new CoreNlpAnalyzer(options.profile,
                new EventSentenceSelector(coder)), coder, options.threads, options.maxChars);
        List<Event> out = new ArrayList<>();
        RunSummary summary = pipeline.run(articles, o -> {
            if (o instanceof Outcome.Coded c) {
                out.addAll(c.article().events());
            }
        }, Progress.NONE, -1);
        log.println("dyad: " + summary.line());
        return out;
    }

    /** Reads native JSON Lines events. */
    static List<Event> read(Path file) throws IOException {
        List<Event> out = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (!line.startsWith("{")) {
                    continue;
                }
                try {
                    JsonNode o = EventJson.mapper().readTree(line);
                    out.add(EventJson.fromJson(o));
                } catch (IOException | RuntimeException e) {
                    throw new IOException(file + " line " + n + ": not an event in Dyad's native JSON ("
                            + e.getMessage() + ")", e);
                }
            }
        }
        return out;
    }
}
