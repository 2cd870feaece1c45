package org.dyad.pipeline.gold;

import java.util.Objects;
import org.dyad.model.Event;

/**
 * What identifies a coded event for judging and scoring: its article, the sentence of its trigger,
 * its source and target codes ({@code ""} for none) and its CAMEO code. A judgment made once holds
 * for every later run that codes the same key.
 */
public record EventKey(String articleId, int sentence, String source, String target, String cameo) {
    public EventKey {
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(cameo, "cameo");
    }

    /** The key of an event. */
    public static EventKey of(Event e) {
        return new EventKey(e.articleId(), e.trigger().sentence(), e.source().code(), e.targetCode(), e.type().cameo());
    }

    /** The first three letters of an actor code: its country or organisation type; {@code ---} for none. */
    public static String country(String code) {
        return code.isEmpty() ? "---" : code.length() <= 3 ? code : code.substring(0, 3);
    }
}
