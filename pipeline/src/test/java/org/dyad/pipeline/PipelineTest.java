package org.dyad.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.dyad.coding.ArticleCoder;
import org.dyad.ingest.ArticleReader;
import org.dyad.model.AnnotatedDocument;
import org.dyad.model.Article;
import org.dyad.model.ErrorCode;
import org.dyad.model.Layer;
import org.dyad.nlp.TextAnalyzer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Counting, ordering and quarantine of the pipeline; the analysis is replaced by a stand-in. */
class PipelineTest {
    @TempDir
    Path dir;

    /** Returns a document without sentences, and fails on articles whose text says "crash". */
    private static final TextAnalyzer STAND_IN = new TextAnalyzer() {
        @Override
        public AnnotatedDocument analyze(Article a) {
            if (a.text().contains("crash")) {
                throw new IllegalStateException("analysis crashed on purpose");
            }
            return new AnnotatedDocument(a, List.of(), List.of(), List.of(), List.of(), List.of(), layers());
        }

        @Override
        public Set<Layer> layers() {
            return Layer.language();
        }
    };

    @Test
    void everyRecordEndsCodedOrQuarantinedInInputOrder() throws IOException {
        StringBuilder jsonl = new StringBuilder();
        for (int i = 0; i < 40; i++) {
            String text = i == 7 ? "crash" : i == 9 ? "y".repeat(200) : "fine " + i;
            String id = i == 12 ? "3" : String.valueOf(i);
            jsonl.append("{\"id\":\"").append(id).append("\",\"date\":\"2022-01-28\",\"text\":\"").append(text)
                    .append("\"}\n");
        }
        jsonl.append("{broken\n");
        Path f = Files.writeString(dir.resolve("in.jsonl"), jsonl);
        Pipeline p = new Pipeline(ArticleReader.withDefaults(), () -> STAND_IN, ArticleCoder.standard(), 2, 100);
        List<String> seen = new ArrayList<>();
        List<Long> progress = new ArrayList<>();
        RunSummary s = p.run(List.of(f), o -> seen.add(o.origin()), (done, total, sentences) -> progress.add(done), 41);

        assertThat(s.read()).isEqualTo(41);
        assertThat(s.coded()).isEqualTo(37);
        assertThat(s.quarantinedByCode()).containsEntry(ErrorCode.NLP_FAILED, 1L).containsEntry(ErrorCode.TOO_LONG, 1L)
                .containsEntry(ErrorCode.DUPLICATE_ID, 1L).containsEntry(ErrorCode.INVALID_JSON, 1L);
        assertThat(seen).hasSize(41);
        for (int i = 0; i < 41; i++) {
            assertThat(seen.get(i)).endsWith("in.jsonl:" + (i + 1));
        }
        assertThat(progress).hasSize(41).last().isEqualTo(41L);
        assertThat(s.line()).startsWith("read 41 = coded 37 + quarantined 4 (");
    }
}
