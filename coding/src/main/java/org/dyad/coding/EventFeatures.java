package org.dyad.coding;

import java.util.LinkedHashSet;
import java.util.Set;
import org.dyad.model.ActorRef;
import org.dyad.model.Event;

/**
 * What an event's confidence is estimated from: the signals of how it was coded, read from the event
 * alone (its provenance and its actors' provenance), so that a stored event can be scored again.
 * Each feature is a name; an event has it or not.
 * <ul>
 *   <li>{@code code=pattern|refinement|verb} and {@code intent}: how the code was chosen;</li>
 *   <li>{@code source=STRATEGY}, {@code target=STRATEGY}: how argument extraction found them
 *       ({@code subject}, {@code argument}, {@code phrase}, {@code implicit-agent} ...);</li>
 *   <li>{@code source-actor=RULE}, {@code target-actor=RULE}: how the actors were resolved
 *       ({@code dictionary-name}, {@code article-country}, {@code coreference} ...);</li>
 *   <li>{@code root=NN}: the CAMEO root; {@code no-target}; {@code reported} (someone else's words);
 *       {@code domestic} (both actors of one country); {@code evidence=2+} (told in more than one
 *       sentence).</li>
 * </ul>
 */
public final class EventFeatures {
    private EventFeatures() {
    }

    /** The features of an event, in a stable order. */
    public static Set<String> of(Event e) {
        Set<String> out = new LinkedHashSet<>();
        String rule = e.provenance().rule();
        String selection = rule.split("[ +]", 2)[0];
        out.add("code=" + selection);
        if (rule.contains("+intent")) {
            out.add("intent");
        }
        for (String part : rule.split(" ")) {
            if (part.startsWith("source=") || part.startsWith("target=")) {
                out.add(part);
            }
        }
        out.add("source-actor=" + actorRule(e.source()));
        if (e.target().isPresent()) {
            out.add("target-actor=" + actorRule(e.target().get()));
            if (e.source().root().equals(e.target().get().root())) {
                out.add("domestic");
            }
        } else {
            out.add("no-target");
        }
        out.add("root=" + e.type().cameo().substring(0, 2));
        if (e.reportedBy().isPresent()) {
            out.add("reported");
        }
        if (e.evidence().size() > 1) {
            out.add("evidence=2+");
        }
        return out;
    }

    private static String actorRule(ActorRef a) {
        return a.provenance().rule();
    }
}
