package org.dyad.coding;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dyad.actors.ActorMention;
import org.dyad.geo.PlaceKind;
import org.dyad.geo.Toponym;
import org.dyad.model.AnnotatedDocument;
import org.dyad.model.Sentence;
import org.dyad.model.SentenceGraph;
import org.dyad.model.Token;

/**
 * A place that tells where an event happened by modifying its noun: "the Jeddah talks", "the Istanbul
 * agreement". The name of a town, province or region compounding a common noun is the venue, not a
 * party; a country's name is a party ("the Iran talks"), and a place inside an agent's phrase
 * ("Kabul officials") is part of that actor, not a mention of its own. Which names are towns,
 * provinces or regions is the geoparser's answer in context ({@code Layer.PLACES}), so this applies
 * when the coder places events. Stateless.
 */
final class Venues {
    private Venues() {
    }

    /** The mentions that are not venues of an event noun. */
    static List<ActorMention> without(AnnotatedDocument doc, List<ActorMention> mentions, List<Toponym> toponyms) {
        // the places by sentence, found once: a scan of every place for each mention grows with the square
        // of an article's length
        Map<Integer, List<Toponym>> bySentence = new HashMap<>();
        for (Toponym t : toponyms) {
            bySentence.computeIfAbsent(t.mention().sentence(), k -> new ArrayList<>()).add(t);
        }
        List<ActorMention> out = new ArrayList<>(mentions.size());
        for (ActorMention m : mentions) {
            if (!venue(doc, m, bySentence.getOrDefault(m.sentence(), List.of()))) {
                out.add(m);
            }
        }
        return out;
    }

    /**
     * True when mention {@code m} is a place below a country compounding a common noun, among the
     * {@code toponyms} of its sentence.
     */
    static boolean venue(AnnotatedDocument doc, ActorMention m, List<Toponym> toponyms) {
        if (m.sentence() < 0 || m.sentence() >= doc.sentences().size()) {
            return false;
        }
        Sentence s = doc.sentences().get(m.sentence());
        if (!s.parsed()) {
            return false;
        }
        SentenceGraph g = s.graph();
        int h = m.head();
        int governor = g.head(h);
        if (governor < 0 || !g.relation(h).equals("compound") || m.covers(governor)) {
            return false;
        }
        Token noun = s.token(governor);
        if (!noun.isNoun() || noun.isProperNoun() || !s.token(h).ner().equals("LOCATION")) {
            return false;
        }
        for (Toponym t : toponyms) {
            if (t.mention().sentence() == m.sentence() && t.mention().begin() <= m.actor().begin()
                    && t.mention().end() >= m.actor().end()) {
                PlaceKind k = t.place().kind();
                return k == PlaceKind.CITY || k == PlaceKind.ADMIN1 || k == PlaceKind.ADMIN2;
            }
        }
        return false;
    }
}
