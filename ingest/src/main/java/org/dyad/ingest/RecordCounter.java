package org.dyad.ingest;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * Counts the records that {@link ArticleReader} will yield for some inputs, cheaply (files, and
 * non-blank lines of JSON Lines files), so that progress can show an ETA. Unreadable files count as
 * one record, as the reader quarantines them as one.
 */
public final class RecordCounter {
    private RecordCounter() {
    }

    /** The number of records in the inputs. */
    public static long count(List<Path> inputs) throws IOException {
        long n = 0;
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                try (Stream<Path> walk = Files.walk(input)) {
                    for (Path f : (Iterable<Path>) walk.filter(p -> !Files.isDirectory(p))::iterator) {
                        n += countFile(f);
                    }
                }
            } else {
                n += countFile(input);
            }
        }
        return n;
    }

    private static long countFile(Path f) {
        String name = f.getFileName().toString().toLowerCase(Locale.ROOT);
        boolean gzip = name.endsWith(".gz");
        String inner = gzip ? name.substring(0, name.length() - 3) : name;
        if (!(inner.endsWith(".jsonl") || inner.endsWith(".ndjson") || inner.endsWith(".json"))) {
            return 1;
        }
        try (InputStream raw = Files.newInputStream(f);
                InputStream in = new BufferedInputStream(gzip ? new GZIPInputStream(raw) : raw, 1 << 16)) {
            long lines = 0;
            boolean content = false;
            byte[] buf = new byte[1 << 16];
            for (int r; (r = in.read(buf)) > 0;) {
                for (int i = 0; i < r; i++) {
                    byte b = buf[i];
                    if (b == '\n') {
                        if (content) {
                            lines++;
                        }
                        content = false;
                    } else if (b != ' ' && b != '\t' && b != '\r') {
                        content = true;
                    }
                }
            }
            return lines + (content ? 1 : 0);
        } catch (IOException e) {
            return 1;
        }
    }
}
