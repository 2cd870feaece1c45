package org.dyad.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dyad.ingest.ArticleReader;
import org.dyad.ingest.FieldNames;
import org.dyad.nlp.NlpProfile;
import org.dyad.pipeline.Pipeline;
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
            description = "Quarantine articles longer than this (default: ${DEFAULT-VALUE}).")
    int maxChars = Pipeline.DEFAULT_MAX_CHARS;

    @Option(names = "--field", paramLabel = "ATTR=NAME",
            description = "Read article attribute ATTR (id, date, title, text, url, source) from JSON field NAME.")
    List<String> fields = new ArrayList<>();

    ArticleReader reader() {
        FieldNames names = FieldNames.defaults();
        for (String f : fields) {
            int eq = f.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("--field needs ATTR=NAME, e.g. --field date=published_at; got '" + f
                        + "'");
            }
            names = names.with(f.substring(0, eq).strip(), f.substring(eq + 1).strip());
        }
        return new ArticleReader(names);
    }
}
