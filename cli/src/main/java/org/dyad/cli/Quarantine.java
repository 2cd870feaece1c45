package org.dyad.cli;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.dyad.format.EventJson;
import org.dyad.model.Rejection;

/** Appends quarantined records to a JSON Lines file, created on the first record. */
final class Quarantine implements Closeable {
    private final Path path;
    private BufferedWriter writer;

    Quarantine(Path path) {
        this.path = path;
    }

    void write(Rejection r) throws IOException {
        if (writer == null) {
            Path parent = path.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            writer = Files.newBufferedWriter(path, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE);
        }
        writer.write(EventJson.mapper().writeValueAsString(EventJson.toJson(r)));
        writer.newLine();
        writer.flush();
    }

    @Override
    public void close() throws IOException {
        if (writer != null) {
            writer.close();
        }
    }
}
