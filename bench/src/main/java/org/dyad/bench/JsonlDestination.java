package org.dyad.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dyad.coding.CodedArticle;
import org.dyad.model.Event;
import org.dyad.pipeline.EventJson;

/** Events written as Dyad's native JSON Lines, one file per pass, as {@code dyad code --format jsonl} does. */
final class JsonlDestination implements EventDestination {
    @Override
    public String description() {
        return "native JSON Lines";
    }

    @Override
    public Writer open(Path scratch) throws IOException {
        BufferedWriter out = Files.newBufferedWriter(scratch.resolve("events.jsonl"), StandardCharsets.UTF_8);
        return new Writer() {
            @Override
            public void write(CodedArticle article) throws IOException {
                for (Event e : article.events()) {
                    out.write(EventJson.mapper().writeValueAsString(EventJson.toJson(e)));
                    out.newLine();
                }
            }

            @Override
            public void close() throws IOException {
                out.close();
            }
        };
    }
}
