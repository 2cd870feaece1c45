package org.dyad.ingest;

import java.util.Objects;
import org.dyad.model.Article;
import org.dyad.model.Rejection;

/** What a reader yields for each input record: an article, or the reason it was rejected. */
public sealed interface Ingested {
    /** Where the record came from: {@code path} or {@code path:line}. */
    String origin();

    /** A record read as an article. */
    record Read(Article article, String origin) implements Ingested {
        public Read {
            Objects.requireNonNull(article, "article");
            Objects.requireNonNull(origin, "origin");
        }
    }

    /** A record that could not be read. */
    record Rejected(Rejection rejection) implements Ingested {
        public Rejected {
            Objects.requireNonNull(rejection, "rejection");
        }

        @Override
        public String origin() {
            return rejection.origin();
        }
    }
}
