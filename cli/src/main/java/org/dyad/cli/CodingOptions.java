package org.dyad.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dyad.coding.ArticleCoder;
import org.dyad.coding.Dictionaries;
import org.dyad.geo.EventLocator;
import org.dyad.ingest.ArticleDates;
import org.dyad.ingest.ArticleReader;
import org.dyad.ingest.FieldNames;
import org.dyad.ingest.Ingested;
import org.dyad.nlp.NlpProfile;
import org.dyad.pipeline.ArticleLimits;
import picocli.CommandLine.Option;

/** Options shared by the commands that code articles. */
final class CodingOptions {
    @Option(names = "--threads", paramLabel = "N",
            description = "Worker threads (default: one per core).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--profile", paramLabel = "P",
            description = "Language analysis: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    NlpProfile profile = NlpProfile.SELECTIVE;

    @Option(names = "--quarantine", paramLabel = "FILE",
            description = "Where records that cannot be coded are written, one JSON object a line"
                    + " (default: ${DEFAULT-VALUE}; created only when needed).")
    Path quarantine = Path.of("dyad-quarantine.jsonl");

    @Option(names = "--max-chars", paramLabel = "N",
            description = "Quarantine articles longer than this many characters as DYAD-N02 TOO_LONG"
                    + " (default: ${DEFAULT-VALUE}, about 5 MB).")
    int maxChars = ArticleLimits.DEFAULT_MAX_CHARS;

    @Option(names = "--chunk-chars", paramLabel = "N",
            description = "Analyse articles longer than this many characters in chunks of at most N, cut at"
                    + " paragraph breaks (default: ${DEFAULT-VALUE}).")
    int chunkChars = ArticleLimits.DEFAULT_CHUNK_CHARS;

    @Option(names = "--article-timeout", paramLabel = "TIME",
            description = "Quarantine an article still being worked on after TIME (90s, 2m, 500ms) as DYAD-N03"
                    + " TIMEOUT, naming the sentence it was on, and go on (default: ${DEFAULT-VALUE}: 60 s plus"
                    + " 1 s per 1,000 characters).")
    String articleTimeout = "scaled";

    @Option(names = "--dictionaries", paramLabel = "DIR",
            description = "Folder of dictionaries in PETRARCH's or Dyad's format (*.actors.txt, *.agents.txt, "
                    + "*.verbs.txt or CAMEO*.txt, *.discards.txt, *.issues.txt, *.dyad); they replace the shipped ones "
                    + "kind by kind.")
    Path dictionaries;

    @Option(names = "--date-format", paramLabel = "PATTERN",
            description = "Also read article dates written in this pattern of Java's DateTimeFormatter"
                    + " (e.g. 'dd MMM yyyy HH:mm'), before the forms Dyad knows.")
    String dateFormat;

    @Option(names = "--date-order", paramLabel = "ORDER",
            description = "How numeric dates whose day could be the month are read: DMY (05/12/2016 is 5 December) or"
                    + " MDY (12 May); default: month first with slashes, day first with dots and dashes.")
    ArticleDates.Order dateOrder = ArticleDates.Order.DEFAULT;

    @Option(names = "--allow-future-dates",
            description = "Keep articles dated after tomorrow (by default quarantined as DYAD-I03 BAD_DATE).")
    boolean allowFutureDates;

    @Option(names = "--field", paramLabel = "ATTR=NAME",
            description = "Read article attribute ATTR (id, date, title, text, url, source) from JSON field NAME.")
    List<String> fields = new ArrayList<>();

    @Option(names = "--min-confidence", paramLabel = "P",
            description = "Report only events at least this likely right, from 0 to 1 (default: ${DEFAULT-VALUE}, all). "
                    + "An event's confidence estimates the probability that it is right (docs/evaluation.md).")
    double minConfidence = 0;

    /** The coder over the shipped dictionaries, or over those of {@code --dictionaries}; both place events. */
    ArticleCoder coder() throws java.io.IOException {
        ArticleCoder coder = dictionaries == null ? ArticleCoder.standard()
                : Dictionaries.load(dictionaries).coder().withLocator(Optional.of(EventLocator.standard()));
        return minConfidence > 0 ? coder.withSettings(coder.settings().withMinConfidence(minConfidence)) : coder;
    }

    /** The limits of length and time per article these options give. */
    ArticleLimits limits() {
        return new ArticleLimits(maxChars, chunkChars, ArticleLimits.parseTimeout(articleTimeout));
    }

    ArticleReader reader() {
        return new ArticleReader(FieldNames.fromOptions(fields), new ArticleDates(Optional.ofNullable(dateFormat),
                dateOrder, allowFutureDates, Clock.systemDefaultZone()));
    }

    /** Every record of the inputs, read and rejected alike, in input order. */
    List<Ingested> readAll(List<Path> inputs) throws IOException {
        List<Ingested> records = new ArrayList<>();
        reader().readAll(inputs, records::add);
        return records;
    }
}
