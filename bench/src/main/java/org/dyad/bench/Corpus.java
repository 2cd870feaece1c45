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

    private final List<Part> slices;
    private final Part warmup;
    private final long rejected;

    private Corpus(List<Part> slices, Part warmup, long rejected) {
        this.slices = List.copyOf(slices);
        this.warmup = warmup;
        this.rejected = rejected;
    }

    /**
     * Reads the first {@code limit} articles of {@code source} (all when {@code limit} is 0), in
     * {@code slices} consecutive slices of about equal size; the first {@code warmup} of them also form
     * the warm-up part.
     */
    static Corpus read(ArticleReader reader, Path source, int limit, int warmup, int slices, Path scratch)
            throws IOException {
        if (limit < 0 || warmup < 0 || slices < 1) {
            throw new IllegalArgumentException("limit " + limit + " and warm-up " + warmup
                    + " must not be negative, slices " + slices + " must be at least 1");
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
        int n = Math.min(slices, articles.size());
        List<Part> parts = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            List<Article> slice = articles.subList(k * articles.size() / n, (k + 1) * articles.size() / n);
            parts.add(write(slice, scratch.resolve("slice-" + k + ".jsonl")));
        }
        return new Corpus(parts, write(first, scratch.resolve("warmup.jsonl")), rejected[0]);
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

    /** The measured articles, in consecutive slices. */
    List<Part> slices() {
        return slices;
    }

    /** Number of measured articles. */
    int size() {
        return slices.stream().mapToInt(p -> p.articles().size()).sum();
    }

    Part warmup() {
        return warmup;
    }

    /** Records of the source that the reader rejected. */
    long rejected() {
        return rejected;
    }
}
