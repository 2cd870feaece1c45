package org.dyad.pipeline.gold;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.dyad.model.ActorRef;
import org.dyad.model.Event;

/**
 * A reproducible random sample of coded events for judges. The events are put in a canonical order
 * (by key, then id) and shuffled with the seed, so the same events and seed always give the same
 * sample, whatever order the articles were coded in. Each event is written for a judge with the
 * fields of the judges' brief and nothing of the rules that coded it: no provenance, no confidence.
 */
public final class EventSample {
    private EventSample() {
    }

    /**
     * Up to {@code n} events drawn with {@code seed}, leaving out events whose key is in
     * {@code skip} (already judged).
     */
    public static List<Event> draw(List<Event> events, int n, long seed, Set<EventKey> skip) {
        if (n < 0) {
            throw new IllegalArgumentException("sample size was " + n + "; give a size of at least 0");
        }
        List<Event> pool = new ArrayList<>(events.stream().filter(e -> !skip.contains(EventKey.of(e))).toList());
        pool.sort(Comparator.comparing((Event e) -> EventKey.of(e).toString()).thenComparing(Event::id));
        Collections.shuffle(pool, new Random(seed));
        return List.copyOf(pool.subList(0, Math.min(n, pool.size())));
    }

    /** The judge's line for the {@code n}-th event of a sample (numbered from 1). */
    public static ObjectNode forJudge(ObjectMapper json, int n, Event e) {
        ObjectNode o = json.createObjectNode();
        o.put("n", n);
        o.put("articleId", e.articleId());
        o.put("articleDate", e.articleDate().toString());
        o.put("eventDate", e.date().date().toString());
        o.set("source", actor(json, e.source()));
        if (e.target().isPresent()) {
            o.set("target", actor(json, e.target().get()));
        } else {
            o.putNull("target");
        }
        o.put("cameo", e.type().cameo());
        o.put("cameoName", e.type().name());
        o.put("trigger", e.trigger().text());
        o.put("sentenceIndex", e.trigger().sentence());
        o.put("sentence", e.evidence().get(0).text());
        return o;
    }

    private static ObjectNode actor(ObjectMapper json, ActorRef a) {
        ObjectNode o = json.createObjectNode();
        o.put("code", a.code());
        o.put("name", a.name());
        o.put("text", a.text());
        return o;
    }
}
