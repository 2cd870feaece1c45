package org.dyad.store;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;
import org.dyad.format.EventJson;
import org.dyad.model.Event;

/**
 * A real-world event as the store holds it: its number {@code id}, the first report of it
 * ({@code event}, whose fields describe the merged event), and GDELT's counts of its mentions
 * (supporting sentences), distinct sources and distinct articles.
 */
public record StoredEvent(long id, Event event, int numMentions, int numSources, int numArticles) {
    public StoredEvent {
        Objects.requireNonNull(event, "event");
        if (numMentions < 1 || numSources < 1 || numArticles < 1) {
            throw new IllegalArgumentException("event " + id + " has counts " + numMentions + "/" + numSources + "/"
                    + numArticles + "; each must be >= 1");
        }
    }

    /**
     * The native JSON of the first report ({@link EventJson}) with the merged event's number and counts
     * added as {@code eventId}, {@code numMentions}, {@code numSources}, {@code numArticles}.
     */
    public ObjectNode toJson() {
        ObjectNode o = EventJson.toJson(event);
        o.put("eventId", id);
        o.put("numMentions", numMentions);
        o.put("numSources", numSources);
        o.put("numArticles", numArticles);
        return o;
    }
}
