package org.dyad.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.dyad.ingest.ArticleReader;
import org.dyad.ingest.Ingested;
import org.dyad.model.Article;

/**
 * The article readers on made-up files (plain text, JSON Lines, gzipped or not): every file gives at
 * least one record, each an article or a rejection with its code; the reader itself never throws.
 */
public class ArticleReaderFuzzTest {
    private static final String[] NAMES = {"a.txt", "a.jsonl", "a.json", "a.txt.gz", "a.jsonl.gz", "a.html"};
    private static final Path DIR = temporaryFolder();

    private static Path temporaryFolder() {
        try {
            return Files.createTempDirectory("dyad-fuzz-articles");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @FuzzTest(maxDuration = "5s")
    void everyFileEndsAsArticlesOrRejections(FuzzedDataProvider data) throws IOException {
        String name = data.pickValue(NAMES);
        boolean text = data.consumeBoolean();
        byte[] content = text ? data.consumeRemainingAsString().getBytes(java.nio.charset.StandardCharsets.UTF_8)
                : data.consumeRemainingAsBytes();
        Path file = DIR.resolve(name);
        if (name.endsWith(".gz") && content.length > 0 && (content[0] & 1) == 0) {
            try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
                out.write(content);
            }
        } else {
            Files.write(file, content);
        }
        List<Ingested> records = new ArrayList<>();
        ArticleReader.withDefaults().read(file, records::add);
        assertThat(records).as("a file gives at least one record").isNotEmpty();
        for (Ingested i : records) {
            if (i instanceof Ingested.Read r) {
                Article a = r.article();
                assertThat(a.text()).isNotBlank();
                assertThat(a.id()).isNotBlank();
            } else {
                assertThat(((Ingested.Rejected) i).rejection().reason()).isNotBlank();
            }
        }
    }

    /** The same check for Jazzer's own command line, for long runs (docs/fuzzing.md). */
    public static void fuzzerTestOneInput(FuzzedDataProvider data) throws Exception {
        new ArticleReaderFuzzTest().everyFileEndsAsArticlesOrRejections(data);
    }
}
