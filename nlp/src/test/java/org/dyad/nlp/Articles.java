package org.dyad.nlp;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dyad.ingest.ArticleReader;
import org.dyad.ingest.Ingested;
import org.dyad.model.Article;

/** Real articles bundled with the project, for integration tests. */
final class Articles {
    private static final Path EXAMPLES = Path.of("..", "examples");

    private Articles() {
    }

    /** The sample article of 2022-01-28 and the first {@code voa} VOA stories. */
    static List<Article> sampleAndVoa(int voa) {
        List<Article> out = new ArrayList<>(read(EXAMPLES.resolve("2022-01-28-putin-macron-call.txt"), 1));
        out.addAll(read(EXAMPLES.resolve("voa-stories.jsonl"), voa));
        return out;
    }

    /** The VOA story with this id. */
    static Article voa(String id) {
        return read(EXAMPLES.resolve("voa-stories.jsonl"), Integer.MAX_VALUE).stream().filter(a -> a.id().equals(id))
                .findFirst().orElseThrow(() -> new IllegalArgumentException("no VOA story " + id));
    }

    private static List<Article> read(Path file, int limit) {
        List<Article> out = new ArrayList<>();
        try {
            ArticleReader.withDefaults().read(file, i -> {
                if (i instanceof Ingested.Read r && out.size() < limit) {
                    out.add(r.article());
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
