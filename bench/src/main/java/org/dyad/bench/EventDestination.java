package org.dyad.bench;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import org.dyad.coding.CodedArticle;

/**
 * Where the measured Dyad pipeline puts its events: the last stage of "raw text to events".
 * A destination is opened per pass, receives every coded article on the pipeline's calling thread,
 * and is closed when the pass ends (inside the timed interval).
 */
interface EventDestination {
    /** What it writes to, for the report: {@code "native JSON Lines"}. */
    String description();

    /** Opens a writer for one pass, with a scratch folder of its own. */
    Writer open(Path scratch) throws IOException;

    /** Receives the coded articles of one pass. */
    interface Writer extends Closeable {
        void write(CodedArticle article) throws IOException;
    }
}
