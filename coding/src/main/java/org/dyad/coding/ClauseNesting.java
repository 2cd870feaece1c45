package org.dyad.coding;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dyad.actors.ActorMention;
import org.dyad.model.ActorRef;
import org.dyad.model.Lexicon;

/**
 * The fourth step of coding, over a whole sentence: which of its coded triggers count when one sits
 * inside another's clause, and who reported each.
 *
 * <p>Reads the coded triggers of one sentence ({@link TriggerCoder.Coded}, in token order), the
 * parse and the quotations' speakers. Writes the sentence's codings, each with its reporter. The
 * rules:
 * <ul>
 *   <li><b>Reported and intended clauses.</b> A coded trigger in the clausal complement of a verb
 *       of reporting or intention is kept and the outer verb dropped ("Lavrov said he expected to
 *       meet Blinken": the meeting), unless the outer verb coded a consultation (04x: "in their phone
 *       call, Putin told Macron that ..." keeps the call). The reporting verb's first source becomes
 *       the reporter ({@code reportedBy}) of what it reports. A verb of reporting also takes the
 *       clause it introduces without "that", which the parser may attach as parataxis.</li>
 *   <li><b>Other complements.</b> Under any other coded verb the outer action is kept and a verb in
 *       its complement dropped ("urged Eriador to respond" codes the urging), as in PETRARCH.</li>
 *   <li><b>Background clauses.</b> A verb in a temporal adverbial clause of a coded trigger ("five
 *       years after crowds burned its embassy") tells of another time and is dropped.</li>
 *   <li><b>Event nouns under coded verbs.</b> An event noun that is the object of a coded verb is
 *       that verb's event ("imposed sanctions on Moscow") and is dropped.</li>
 *   <li><b>Quotations.</b> A kept trigger inside a quotation whose speaker is an actor, and that no
 *       verb reports, is reported by that speaker.</li>
 * </ul>
 * Stateless.
 */
final class ClauseNesting {
    /** The codings of a sentence's coded triggers that count, with their reporters. */
    List<Coding> apply(SentenceView v, List<TriggerCoder.Coded> coded) {
        boolean[] dropped = new boolean[coded.size()];
        Map<Integer, ActorRef> reporter = new LinkedHashMap<>();
        for (int i = 0; i < coded.size(); i++) {
            TriggerCoder.Coded outer = coded.get(i);
            if (!outer.codings().isEmpty()) {
                // an action told as the background of a coded one is not coded again as news
                BitSet background = backgroundClauses(v, outer.occurrence().head());
                for (int j = 0; j < coded.size(); j++) {
                    if (j != i && background.get(coded.get(j).occurrence().head())
                            && coded.get(j).occurrence().trigger().kind() == TriggerPhrase.Kind.VERB) {
                        dropped[j] = true;
                    }
                }
            }
            BitSet region = complement(v, outer.occurrence().head());
            if (region.isEmpty()) {
                continue;
            }
            String lemma = v.lemma(outer.occurrence().head());
            boolean frame = Modality.reporting(lemma) || Modality.intending(lemma);
            for (int j = 0; j < coded.size(); j++) {
                TriggerCoder.Coded inner = coded.get(j);
                if (j == i || !region.get(inner.occurrence().head()) || inner.codings().isEmpty()) {
                    continue;
                }
                if (frame) {
                    // a phone call in which something was said is an event of its own (041)
                    if (outer.codings().stream().noneMatch(c -> c.code().startsWith("04"))) {
                        dropped[i] = true;
                    }
                    if (Modality.reporting(lemma) && !outer.sources().isEmpty()) {
                        reporter.putIfAbsent(j, outer.sources().get(0).actor());
                    }
                } else if (!outer.codings().isEmpty()
                        && inner.occurrence().trigger().kind() == TriggerPhrase.Kind.VERB) {
                    dropped[j] = true;
                }
            }
        }
        dropEventNounsOfCodedVerbs(v, coded, dropped);
        List<Coding> out = new ArrayList<>();
        for (int i = 0; i < coded.size(); i++) {
            if (dropped[i]) {
                continue;
            }
            Optional<ActorRef> by = Optional.ofNullable(reporter.get(i));
            if (by.isEmpty()) {
                // said inside a quotation: its speaker reports it
                by = v.speakerAt(coded.get(i).occurrence().head()).map(ActorMention::actor);
            }
            for (Coding c : coded.get(i).codings()) {
                out.add(by.isEmpty() ? c : new Coding(c.sentence(), c.trigger(), c.source(), c.target(), c.code(), by,
                        c.provenance()));
            }
        }
        return out;
    }

    /** "imposed sanctions on Moscow": an event noun that is the object of a coded verb is that verb's event. */
    private static void dropEventNounsOfCodedVerbs(SentenceView v, List<TriggerCoder.Coded> coded, boolean[] dropped) {
        for (int j = 0; j < coded.size(); j++) {
            int noun = coded.get(j).occurrence().head();
            String r = v.graph.baseRelation(noun);
            if (coded.get(j).occurrence().trigger().kind() != TriggerPhrase.Kind.NOUN
                    || !(r.equals("obj") || v.graph.relation(noun).equals("nsubj:pass"))) {
                continue;
            }
            for (int i = 0; i < coded.size(); i++) {
                TriggerCoder.Coded verb = coded.get(i);
                if (!dropped[i] && verb.occurrence().head() == v.graph.head(noun) && !verb.codings().isEmpty()
                        && verb.occurrence().trigger().kind() == TriggerPhrase.Kind.VERB) {
                    dropped[j] = true;
                }
            }
        }
    }

    /**
     * The tokens of a trigger's clausal complements ("said [he would meet]", "urged X [to help]"), and
     * for a verb of reporting the clause it introduces without "that" ("announced [he would hold ...]").
     */
    private static BitSet complement(SentenceView v, int head) {
        BitSet out = new BitSet(v.size());
        boolean reporting = Modality.reporting(v.lemma(head));
        for (int c : v.graph.children(head)) {
            String r = v.graph.baseRelation(c);
            if (r.equals("ccomp") || r.equals("xcomp") || reporting && r.equals("parataxis") && c > head) {
                for (int t : v.graph.subtree(c)) {
                    out.set(t);
                }
            }
        }
        return out;
    }

    /** The tokens of a trigger's temporal adverbial clauses ("[five years after crowds burned its embassy]"). */
    private static BitSet backgroundClauses(SentenceView v, int head) {
        BitSet out = new BitSet(v.size());
        for (int c : v.graph.children(head)) {
            if (!v.graph.baseRelation(c).equals("advcl")) {
                continue;
            }
            for (int m : v.graph.children(c, "mark")) {
                if (Lexicon.TEMPORAL_SUBORDINATORS.contains(v.word(m))) {
                    for (int t : v.graph.subtree(c)) {
                        out.set(t);
                    }
                }
            }
        }
        return out;
    }
}
