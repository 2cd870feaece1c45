package org.dyad.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.dyad.ingest.ArticleReader;
import org.dyad.ingest.Ingested;
import org.dyad.model.Article;

/**
 * The articles a benchmark runs over, read once from the user's corpus and written again as Dyad
 * JSON Lines in a scratch folder, so that every workload sees exactly the same articles and Dyad's
 * pipeline still starts from a file of raw text. Records the reader rejects are counted and left out.
 */
final class Corpus {
    /** Some articles, in memory and as a file of JSON Lines. */
    record Part(List<Article> articles, Path file) {
        Part {
            articles = List.copyOf(articles);
            Objects.requireNonNull(file, "file");
        }
    }

    private final Part measured;
    private final Part warmup;
    private final long rejected;

    private Corpus(Part measured, Part warmup, long rejected) {
        this.measured = measured;
        this.warmup = warmup;
        this.rejected = rejected;
    }

    /**
     * Reads the first {@code limit} articles of {@code source} (all when {@code limit} is 0); the first
     * {@code warmup} of them also form the warm-up part.
     */
    static Corpus read(ArticleReader reader, Path source, int limit, int warmup, Path scratch) throws IOException {
        if (limit < 0 || warmup < 0) {
            throw new IllegalArgumentException("limit " + limit + " and warm-up " + warmup + " must not be negative");
        }
        List<Article> articles = new ArrayList<>();
        long[] rejected = new long[1];
        reader.read(source, ingested -> {
            if (ingested instanceof Ingested.Read r) {
                if (limit == 0 || articles.size() < limit) {
                    articles.add(r.article());
                }
            } else {
                rejected[0]++;
            }
        });
        if (articles.isEmpty()) {
            throw new IllegalArgumentException("no readable article in " + source + " (" + rejected[0]
                    + " records rejected); give a file or folder of articles with --corpus");
        }
        List<Article> first = articles.subList(0, Math.min(warmup, articles.size()));
        return new Corpus(write(articles, scratch.resolve("measured.jsonl")),
                write(first, scratch.resolve("warmup.jsonl")), rejected[0]);
    }

    private static Part write(List<Article> articles, Path file) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (Article a : articles) {
                ObjectNode o = mapper.createObjectNode();
                o.put("id", a.id());
                o.put("date", a.date().toString());
                o.put("title", a.title());
                o.put("text", a.text());
                o.put("url", a.url());
                o.put("source", a.source());
                w.write(mapper.writeValueAsString(o));
                w.newLine();
            }
        }
        return new Part(articles, file);
    }

    Part measured() {
        return measured;
    }

    Part warmup() {
        return warmup;
    }

    /** Records of the source that the reader rejected. */
    long rejected() {
        return rejected;
    }
}
