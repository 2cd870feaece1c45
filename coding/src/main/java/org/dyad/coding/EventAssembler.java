package org.dyad.coding;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.dyad.model.ActorRef;
import org.dyad.model.AnnotatedDocument;
import org.dyad.model.Event;
import org.dyad.model.EventDate;
import org.dyad.model.EventType;
import org.dyad.model.Evidence;
import org.dyad.model.Sentence;
import org.dyad.model.SentenceGraph;
import org.dyad.ontology.Cameo;

/**
 * The last step of event coding: turns a document's codings into its events.
 *
 * <p>Reads the codings (in sentence order), the document's sentences and time expressions. Each
 * coding is dated by its trigger ({@link EventDater}); codings with the same date, source, target
 * and code become one event that keeps every supporting sentence as evidence and the first coding's
 * trigger, reporter and provenance. An event's type (name, Goldstein value, QuadClass, PLOVER type)
 * comes from CAMEO; a code CAMEO does not know (PETRARCH's legacy test codes such as {@code 903})
 * gives no event. The confidence is the probability that the event is right, estimated from how it
 * was coded by the {@link ConfidenceModel}. The id is the article id and a hash of the event's key, so it is stable across
 * runs. Immutable and thread-safe.
 */
final class EventAssembler {
    private final Cameo cameo;
    private final EventDater dater = new EventDater();
    private final ConfidenceModel model;

    EventAssembler(Cameo cameo) {
        this(cameo, ConfidenceModel.standard());
    }

    EventAssembler(Cameo cameo, ConfidenceModel model) {
        this.cameo = Objects.requireNonNull(cameo, "cameo");
        this.model = Objects.requireNonNull(model, "model");
    }

    /**
     * The events of a document's codings: one per (date, source, target, code), keeping every
     * supporting sentence. Codings whose code CAMEO does not know give no event.
     */
    List<Event> events(AnnotatedDocument doc, List<Coding> codings) {
        return events(doc, codings, dates(doc, codings));
    }

    /** True when a coding gives an event: its code is a CAMEO event code of two to four digits. */
    boolean assembles(Coding c) {
        return cameo.nearest(c.code()).isPresent() && c.code().chars().allMatch(Character::isDigit)
                && c.code().length() >= 2 && c.code().length() <= 4;
    }

    /** The date of each coding's event, by its trigger; empty for a coding that gives no event. */
    List<Optional<EventDate>> dates(AnnotatedDocument doc, List<Coding> codings) {
        List<Optional<EventDate>> out = new ArrayList<>(codings.size());
        for (Coding c : codings) {
            if (!assembles(c)) {
                out.add(Optional.empty());
                continue;
            }
            Sentence s = doc.sentences().get(c.sentence());
            out.add(Optional.of(dater.date(doc, s, SentenceGraph.of(s), c.trigger().token())));
        }
        return out;
    }

    /** The events of a document's codings dated by {@code dates} (one for each coding, as {@link #dates} gives them). */
    List<Event> events(AnnotatedDocument doc, List<Coding> codings, List<Optional<EventDate>> dates) {
        if (dates.size() != codings.size()) {
            throw new IllegalArgumentException(dates.size() + " dates for " + codings.size()
                    + " codings; each coding needs its date");
        }
        Map<String, Event> merged = new LinkedHashMap<>();
        for (int i = 0; i < codings.size(); i++) {
            Coding c = codings.get(i);
            if (!assembles(c)) {
                continue;
            }
            Sentence s = doc.sentences().get(c.sentence());
            EventDate date = dates.get(i).orElseThrow(() -> new IllegalArgumentException(
                    "a coding that gives an event has no date; date it with dates(doc, codings)"));
            String key = date.date() + "|" + c.source().code() + "|" + c.targetCode() + "|" + c.code();
            Evidence evidence = Evidence.of(doc, s);
            Event prior = merged.get(key);
            if (prior != null) {
                if (prior.evidence().stream().noneMatch(e -> e.sentence() == s.index())) {
                    List<Evidence> more = new ArrayList<>(prior.evidence());
                    more.add(evidence);
                    Event told = prior.withEvidence(more);
                    merged.put(key, told.withConfidence(model.probability(told)));
                }
                continue;
            }
            EventType type = cameo.type(c.code());
            Event event = new Event(id(doc.article().id(), key), doc.article().id(), doc.article().date(), date,
                    c.source(), c.target(), type, Optional.empty(), c.reportedBy(), c.trigger(), List.of(evidence),
                    0.5, c.provenance());
            merged.put(key, event.withConfidence(model.probability(event)));
        }
        return new ArrayList<>(merged.values());
    }

    private static String id(String articleId, String key) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest((articleId + "|" + key).getBytes(StandardCharsets.UTF_8));
            return articleId + "#" + HexFormat.of().formatHex(h, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java runtime", e);
        }
    }
}
