package org.dyad.actors;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.dyad.model.ActorRef;
import org.dyad.model.AnnotatedDocument;
import org.dyad.model.CorefChain;
import org.dyad.model.EntityMention;
import org.dyad.model.Layer;
import org.dyad.model.Mention;
import org.dyad.model.Provenance;
import org.dyad.model.Sentence;

/**
 * Finds the actors of a document and resolves each to its code on the article date.
 *
 * <p>Rules, in order of precedence:
 * <ol>
 *   <li><b>title-name</b>: a country name or adjective, then agent nouns, then a person's name:
 *       "Russian Foreign Minister Sergey Lavrov", "German intelligence chief Bruno Kahl". A person
 *       the dictionary knows takes the role valid on the date; an unknown person is discovered with
 *       the country's code and the agent's sector.</li>
 *   <li><b>adjective-agent</b>: a country adjective or name with agent nouns: "Russian troops",
 *       "the French government", "US officials".</li>
 *   <li><b>dictionary-name</b>: an actor's name: "Russia", "the Kremlin", "Mr Putin".</li>
 *   <li><b>definite-description</b>: "the (military) alliance" refers to the last actor mentioned
 *       whose class nouns include "alliance".</li>
 *   <li><b>coreference</b>: pronouns and short names take the actor of their coreference chain.</li>
 * </ol>
 * Immutable and thread-safe.
 */
public final class ActorResolver {
    private static final Set<String> HONORIFICS = Set.of("mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.");
    private final PhraseIndex<ActorEntry> names = new PhraseIndex<>();
    private final PhraseIndex<ActorEntry> adjectives = new PhraseIndex<>();
    private final PhraseIndex<Agent> agents = new PhraseIndex<>();
    private final Map<String, List<ActorEntry>> classNouns = new HashMap<>();
    private final String version;

    public ActorResolver(ActorDictionary dictionary, String version) {
        Objects.requireNonNull(dictionary, "dictionary");
        this.version = Objects.requireNonNull(version, "version");
        for (ActorEntry e : dictionary.actors()) {
            e.names().forEach(n -> names.add(n, e));
            e.adjectives().forEach(a -> adjectives.add(a, e));
            e.classNouns().forEach(c -> classNouns.computeIfAbsent(c.toLowerCase(Locale.ROOT), k -> new ArrayList<>())
                    .add(e));
        }
        for (Agent a : dictionary.agents()) {
            a.names().forEach(n -> agents.add(n, a));
        }
    }

    /** All actor mentions of the document, in text order. */
    public List<ActorMention> resolve(AnnotatedDocument doc) {
        doc.require(Layer.TOKENS, Layer.POS, Layer.ENTITIES);
        LocalDate date = doc.article().date();
        List<ActorMention> out = new ArrayList<>();
        for (Sentence s : doc.sentences()) {
            int i = 0;
            while (i < s.size()) {
                Optional<ActorMention> m = match(doc, s, i, date, out);
                if (m.isPresent()) {
                    out.add(m.get());
                    i = m.get().tokenEnd();
                } else {
                    i++;
                }
            }
        }
        out.addAll(throughCoreference(doc, out));
        out.sort((a, b) -> a.sentence() != b.sentence() ? Integer.compare(a.sentence(), b.sentence())
                : Integer.compare(a.tokenBegin(), b.tokenBegin()));
        return out;
    }

    private Optional<ActorMention> match(AnnotatedDocument doc, Sentence s, int i, LocalDate date,
            List<ActorMention> earlier) {
        // a country adjective or name, possibly followed by agents and a person
        PhraseIndex.Match<ActorEntry> country = adjectives.longest(s, i);
        PhraseIndex.Match<ActorEntry> name = names.longest(s, i);
        PhraseIndex.Match<ActorEntry> lead = country != null && (name == null || country.end() >= name.end()) ? country
                : name;
        if (lead != null) {
            ActorEntry entry = lead.values().get(0);
            Optional<Role> role = entry.roleOn(date);
            int j = lead.end();
            List<Agent> found = new ArrayList<>();
            List<String> agentText = new ArrayList<>();
            while (j < s.size()) {
                PhraseIndex.Match<Agent> a = agents.longest(s, j);
                if (a == null) {
                    break;
                }
                found.add(a.values().get(0));
                agentText.add(doc.text(s, a.begin(), a.end()));
                j = a.end();
            }
            if (role.isPresent() && !found.isEmpty()) {
                String code = compose(role.get().code(), found.get(0).code());
                // a person's name after the title: "Russian President Vladimir Putin"
                Optional<EntityMention> person = personAt(doc, s, j);
                if (person.isPresent()) {
                    EntityMention p = person.get();
                    PhraseIndex.Match<ActorEntry> known = names.longest(s, p.tokenBegin());
                    if (known != null && known.end() == p.tokenEnd()) {
                        Optional<Role> r = known.values().get(0).roleOn(date);
                        if (r.isPresent()) {
                            return Optional.of(mention(doc, s, i, p.tokenEnd(), p.tokenEnd() - 1, r.get().code(),
                                    known.values().get(0).displayName(), "title-name", known.values().get(0).id()));
                        }
                    }
                    return Optional.of(mention(doc, s, i, p.tokenEnd(), p.tokenEnd() - 1, code, p.text(),
                            "title-name", entry.id() + "+" + String.join("+", agentText)));
                }
                return Optional.of(mention(doc, s, i, j, j - 1, code,
                        entry.displayName() + " (" + String.join(" ", agentText) + ")", "adjective-agent",
                        entry.id() + "+" + String.join("+", agentText)));
            }
            if (name != null) {
                ActorEntry named = name.values().get(0);
                Optional<Role> r = named.roleOn(date);
                if (r.isPresent()) {
                    return Optional.of(mention(doc, s, i, name.end(), name.end() - 1, r.get().code(),
                            named.displayName(), "dictionary-name", named.id()));
                }
            }
        }
        // "the French government" and "the military alliance" start with a determiner
        String w = s.token(i).word().toLowerCase(Locale.ROOT);
        if (w.equals("the") || HONORIFICS.contains(w)) {
            if (w.equals("the")) {
                Optional<ActorMention> described = definite(doc, s, i, earlier);
                if (described.isPresent()) {
                    return described;
                }
            }
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** "the (adj)* classNoun" referring back to the last actor of that class. */
    private Optional<ActorMention> definite(AnnotatedDocument doc, Sentence s, int i, List<ActorMention> earlier) {
        for (int j = i + 1; j < Math.min(s.size(), i + 4); j++) {
            String noun = s.token(j).word().toLowerCase(Locale.ROOT);
            List<ActorEntry> candidates = classNouns.get(noun);
            if (candidates != null && s.token(j).isNoun()) {
                for (int k = earlier.size() - 1; k >= 0; k--) {
                    ActorMention prior = earlier.get(k);
                    for (ActorEntry c : candidates) {
                        if (prior.actor().provenance().entry().equals(c.id())) {
                            return Optional.of(mention(doc, s, i, j + 1, j, prior.actor().code(), prior.actor().name(),
                                    "definite-description", c.id()));
                        }
                    }
                }
                return Optional.empty();
            }
            if (!s.token(j).pos().startsWith("JJ") && !s.token(j).isNoun()) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    private static Optional<EntityMention> personAt(AnnotatedDocument doc, Sentence s, int j) {
        for (EntityMention e : doc.entities()) {
            if (e.sentence() == s.index() && e.type().equals("PERSON") && e.tokenBegin() == j) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    /** Country code plus agent sector, without repeating a sector the code already has. */
    static String compose(String code, String sector) {
        return code.endsWith(sector) ? code : code + sector;
    }

    private ActorMention mention(AnnotatedDocument doc, Sentence s, int begin, int end, int head, String code,
            String name, String rule, String entry) {
        // "the French government": the determiner is not part of the actor's text
        int first = begin;
        if (s.token(first).word().equalsIgnoreCase("the") && end - first > 1) {
            first++;
        }
        int b = s.token(first).begin();
        int e = s.token(end - 1).end();
        ActorRef ref = new ActorRef(code, name, doc.text(b, e), b, e, new Provenance(rule, entry, version));
        return new ActorMention(s.index(), first, end, head, ref);
    }

    /** Mentions of coreference chains whose other mentions were resolved. */
    private List<ActorMention> throughCoreference(AnnotatedDocument doc, List<ActorMention> found) {
        List<ActorMention> out = new ArrayList<>();
        for (CorefChain chain : doc.coreference()) {
            Optional<ActorMention> anchor = Optional.empty();
            for (Mention m : chain.mentions()) {
                anchor = found.stream().filter(a -> a.sentence() == m.sentence() && a.covers(m.head())).findFirst();
                if (anchor.isPresent()) {
                    break;
                }
            }
            if (anchor.isEmpty()) {
                continue;
            }
            ActorRef a = anchor.get().actor();
            for (Mention m : chain.mentions()) {
                boolean covered = found.stream().anyMatch(f -> f.sentence() == m.sentence() && f.covers(m.head()))
                        || out.stream().anyMatch(f -> f.sentence() == m.sentence() && f.covers(m.head()));
                if (!covered) {
                    out.add(new ActorMention(m.sentence(), m.tokenBegin(), m.tokenEnd(), m.head(),
                            new ActorRef(a.code(), a.name(), m.text(), m.begin(), m.end(),
                                    new Provenance("coreference", a.provenance().entry(), version))));
                }
            }
        }
        return out;
    }
}
