package org.dyad.pipeline;

import java.util.Objects;
import org.dyad.coding.CodedArticle;
import org.dyad.model.Rejection;

/** What became of one input record: coded, or quarantined with its reason. */
public sealed interface Outcome {
    /** Where the record came from: {@code path} or {@code path:line}. */
    String origin();

    /** A record that was analysed and coded (possibly with no events). */
    record Coded(CodedArticle article, String origin) implements Outcome {
        public Coded {
            Objects.requireNonNull(article, "article");
            Objects.requireNonNull(origin, "origin");
        }
    }

    /** A record that was quarantined. */
    record Quarantined(Rejection rejection) implements Outcome {
        public Quarantined {
            Objects.requireNonNull(rejection, "rejection");
        }

        @Override
        public String origin() {
            return rejection.origin();
        }
    }
}
