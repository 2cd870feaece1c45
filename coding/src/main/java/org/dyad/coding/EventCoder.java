package org.dyad.coding;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.dyad.actors.ActorMention;
import org.dyad.model.ActorRef;
import org.dyad.model.AnnotatedDocument;
import org.dyad.model.Dependency;
import org.dyad.model.Event;
import org.dyad.model.EventDate;
import org.dyad.model.EventType;
import org.dyad.model.Evidence;
import org.dyad.model.Layer;
import org.dyad.model.Provenance;
import org.dyad.model.Sentence;
import org.dyad.model.SentenceGraph;
import org.dyad.model.Trigger;
import org.dyad.ontology.Cameo;

/**
 * Codes the events of a parsed document from its verbs and their grammatical arguments.
 *
 * <p>For every token whose lemma the {@link VerbDictionary} knows, the coder finds the source among
 * the subjects (the agent of a passive; the controller of an infinitive; the subject of the clause
 * it modifies) and the target among the objects and prepositional arguments (the subject of a
 * passive), expands coordinations into one event each, applies the dictionary's refinements and the
 * {@link Modality} rules, and dates the event by a time expression that modifies the verb. Events
 * with the same date, source, target and code in one article are merged, keeping every supporting
 * sentence. Immutable and thread-safe.
 */
public final class EventCoder {
    private static final Set<String> TARGET_CASES = Set.of("with", "against", "to", "toward", "towards", "on", "at",
            "upon", "into");
    private static final Set<String> REPORTING = Set.of("say", "tell", "announce", "state", "add", "insist", "claim",
            "write", "report", "warn");

    private final VerbDictionary verbs;
    private final Cameo cameo;
    private final String version;
    private final EventDater dater = new EventDater();

    public EventCoder(VerbDictionary verbs, Cameo cameo, String version) {
        this.verbs = Objects.requireNonNull(verbs, "verbs");
        this.cameo = Objects.requireNonNull(cameo, "cameo");
        this.version = Objects.requireNonNull(version, "version");
    }

    /** True when a word with this lemma can trigger an event in this coder's dictionary. */
    public boolean triggers(String lemma) {
        return verbs.find(lemma).isPresent();
    }

    /** The events of a document whose actors have been resolved. */
    public List<Event> code(AnnotatedDocument doc, List<ActorMention> actors) {
        doc.require(Layer.TOKENS, Layer.POS, Layer.LEMMAS, Layer.DEPENDENCIES);
        Map<String, Event> merged = new LinkedHashMap<>();
        for (Sentence s : doc.sentences()) {
            if (!s.parsed()) {
                continue;
            }
            List<ActorMention> here = actors.stream().filter(a -> a.sentence() == s.index()).toList();
            if (here.isEmpty()) {
                continue;
            }
            SentenceGraph g = SentenceGraph.of(s);
            for (int v = 0; v < s.size(); v++) {
                var token = s.token(v);
                if (!token.isVerb()) {
                    continue;
                }
                Optional<VerbEntry> entry = verbs.find(token.lemma());
                if (entry.isEmpty() || Modality.negated(g, v)) {
                    continue;
                }
                codeTrigger(doc, s, g, v, entry.get(), here, merged);
            }
        }
        return new ArrayList<>(merged.values());
    }

    private void codeTrigger(AnnotatedDocument doc, Sentence s, SentenceGraph g, int v, VerbEntry entry,
            List<ActorMention> here, Map<String, Event> merged) {
        String code = refine(g, v, entry);
        String rule = "verb";
        if (Modality.intended(g, v)) {
            String intent = Modality.intentCode(code);
            if (!intent.equals(code)) {
                code = intent;
                rule = "verb+intent";
            }
        }
        if (!cameo.contains(code) && cameo.nearest(code).isEmpty()) {
            return;
        }
        boolean passive = !g.children(v, "nsubj:pass").isEmpty() || hasEnhanced(g, v, "nsubj:pass");
        List<ActorMention> sources = actorsOf(g, passive ? agents(g, v) : subjects(g, v), here);
        List<ActorMention> targets = actorsOf(g, passive ? passiveSubjects(g, v) : objects(g, v), here);
        if (sources.isEmpty() || targets.isEmpty()) {
            return;
        }
        EventType type = cameo.type(code);
        EventDate date = dater.date(doc, s, g, v);
        Optional<ActorRef> reporter = reporter(g, v, here);
        Evidence evidence = Evidence.of(doc, s);
        for (ActorMention src : sources) {
            for (ActorMention tgt : targets) {
                if (src.actor().code().equals(tgt.actor().code())) {
                    continue;
                }
                String key = date.date() + "|" + src.actor().code() + "|" + tgt.actor().code() + "|" + code;
                Event prior = merged.get(key);
                if (prior != null) {
                    if (prior.evidence().stream().noneMatch(e -> e.sentence() == s.index())) {
                        List<Evidence> more = new ArrayList<>(prior.evidence());
                        more.add(evidence);
                        merged.put(key, prior.withEvidence(more));
                    }
                    continue;
                }
                double confidence = confidence(src) * confidence(tgt);
                merged.put(key, new Event(id(doc.article().id(), key), doc.article().id(), doc.article().date(), date,
                        src.actor(), Optional.of(tgt.actor()), type, Optional.empty(), reporter, Trigger.of(s, v), List.of(evidence),
                        confidence, new Provenance(rule, entry.source() + " " + entry.id(), version)));
            }
        }
    }

    private static String refine(SentenceGraph g, int v, VerbEntry entry) {
        for (VerbEntry.Refinement r : entry.refinements()) {
            for (int c : g.children(v)) {
                String rel = g.relation(c);
                if ((rel.equals(r.relation()) || rel.startsWith(r.relation() + ":"))
                        && r.lemmas().contains(g.sentence().token(c).lemma().toLowerCase(Locale.ROOT))) {
                    return r.code();
                }
                if ((rel.equals(r.relation()) || rel.startsWith(r.relation() + ":"))
                        && r.lemmas().contains(g.sentence().token(c).word().toLowerCase(Locale.ROOT))) {
                    return r.code();
                }
            }
        }
        return entry.code();
    }

    private static boolean hasEnhanced(SentenceGraph g, int v, String rel) {
        return g.enhancedChildren(v).stream().anyMatch(d -> d.relation().equals(rel));
    }

    /** Subjects: enhanced subjects (incl. controlled ones), else the subject of the governing clause. */
    static List<Integer> subjects(SentenceGraph g, int v) {
        List<Integer> out = new ArrayList<>();
        for (Dependency d : g.enhancedChildren(v)) {
            if (d.relation().equals("nsubj") || d.relation().equals("nsubj:xsubj")) {
                out.add(d.dependent());
            }
        }
        if (out.isEmpty()) {
            out.addAll(g.children(v, "nsubj"));
            out.removeIf(i -> g.relation(i).equals("nsubj:pass"));
        }
        int k = v;
        for (int steps = 0; out.isEmpty() && g.head(k) >= 0 && steps < 4; steps++) {
            String r = g.baseRelation(k);
            int head = g.head(k);
            if (r.equals("acl")) {
                out.add(head);
            } else if (r.equals("xcomp") || r.equals("advcl") || r.equals("conj")) {
                out.addAll(g.children(head, "nsubj"));
                out.removeIf(i -> g.relation(i).equals("nsubj:pass"));
                k = head;
            } else {
                break;
            }
        }
        return out;
    }

    private static List<Integer> agents(SentenceGraph g, int v) {
        List<Integer> out = new ArrayList<>(g.children(v, "obl:agent"));
        for (Dependency d : g.enhancedChildren(v)) {
            if (d.relation().equals("obl:agent") && !out.contains(d.dependent())) {
                out.add(d.dependent());
            }
        }
        return out;
    }

    private static List<Integer> passiveSubjects(SentenceGraph g, int v) {
        List<Integer> out = new ArrayList<>();
        for (Dependency d : g.enhancedChildren(v)) {
            if (d.relation().equals("nsubj:pass")) {
                out.add(d.dependent());
            }
        }
        if (out.isEmpty()) {
            out.addAll(g.children(v, "nsubj:pass"));
        }
        return out;
    }

    /** Objects: direct and indirect objects, case-marked obliques, and such arguments of a non-actor object. */
    static List<Integer> objects(SentenceGraph g, int v) {
        List<Integer> out = new ArrayList<>();
        out.addAll(g.children(v, "obj"));
        out.addAll(g.children(v, "iobj"));
        for (int c : g.children(v, "obl")) {
            if (hasCase(g, c)) {
                out.add(c);
            }
        }
        for (int o : g.children(v, "obj")) {
            for (int c : g.children(o, "nmod")) {
                if (hasCase(g, c)) {
                    out.add(c);
                }
            }
        }
        return out;
    }

    private static boolean hasCase(SentenceGraph g, int c) {
        for (int k : g.children(c, "case")) {
            if (TARGET_CASES.contains(g.sentence().token(k).lemma().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** The actor mentions for argument tokens, through coordination and relative pronouns. */
    private static List<ActorMention> actorsOf(SentenceGraph g, List<Integer> tokens, List<ActorMention> here) {
        List<ActorMention> out = new ArrayList<>();
        List<Integer> expanded = new ArrayList<>();
        for (int t : tokens) {
            expanded.add(t);
            expanded.addAll(g.children(t, "conj"));
            for (Dependency d : g.enhancedHeads(t)) {
                if (d.relation().equals("ref")) {
                    expanded.add(d.governor());
                }
            }
        }
        for (int t : expanded) {
            Optional<ActorMention> m = here.stream().filter(a -> a.covers(t)).findFirst();
            if (m.isEmpty()) {
                // "a ban on Kiev": the first actor within the argument's phrase
                for (int u : g.subtree(t)) {
                    m = here.stream().filter(a -> a.head() == u).findFirst();
                    if (m.isPresent()) {
                        break;
                    }
                }
            }
            m.filter(x -> !out.contains(x)).ifPresent(out::add);
        }
        return out;
    }

    /** The speaker when the trigger sits in the complement of a reporting verb. */
    private static Optional<ActorRef> reporter(SentenceGraph g, int v, List<ActorMention> here) {
        for (int k = v, steps = 0; g.head(k) >= 0 && steps < 4; k = g.head(k), steps++) {
            int head = g.head(k);
            if (g.baseRelation(k).equals("ccomp")
                    && REPORTING.contains(g.sentence().token(head).lemma().toLowerCase(Locale.ROOT))) {
                for (int sub : g.children(head, "nsubj")) {
                    Optional<ActorMention> m = here.stream().filter(a -> a.covers(sub)).findFirst();
                    if (m.isPresent()) {
                        return Optional.of(m.get().actor());
                    }
                }
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    private static double confidence(ActorMention m) {
        return switch (m.actor().provenance().rule()) {
            case "dictionary-name", "title-name" -> 1.0;
            case "adjective-agent" -> 0.9;
            case "coreference" -> 0.8;
            default -> 0.7;
        };
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
