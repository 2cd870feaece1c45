package org.dyad.actors;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dyad.model.AnnotatedDocument;

/**
 * An ordered list of {@link Rule}s and how a reading applies them. A sentence is read in this order:
 * <ol>
 *   <li>{@link Rule.Stage#TOKENS}: the token rules, in order;</li>
 *   <li>{@link Rule.Stage#UNITS}: the units ({@link UnitFinder}, with the unit rules in order), then
 *       the noun phrases they form ({@link NounPhrases});</li>
 *   <li>{@link Rule.Stage#HEAD}: each noun phrase in text order takes the codes of the first head rule
 *       that claims it, then what every head rule gives {@link PhraseRule#alongside alongside};</li>
 *   <li>{@link Rule.Stage#DESCRIPTION}, then {@link Rule.Stage#STORY}: each noun phrase still without a
 *       code, in text order, takes the codes of the first rule of the stage that claims it;</li>
 *   <li>the {@link DiscourseContext} learns from the codes, and the codes become mentions.</li>
 * </ol>
 * {@link Rule.Stage#ARTICLE} rules run once the article's sentences are read. Immutable and
 * thread-safe.
 */
final class Rules {
    private final List<Rule> rules;
    private final List<TokenRule> tokens = new ArrayList<>();
    private final List<UnitRule> units = new ArrayList<>();
    private final Map<Rule.Stage, List<PhraseRule>> phrases = new EnumMap<>(Rule.Stage.class);
    private final List<ArticleRule> article = new ArrayList<>();

    private Rules(List<Rule> rules) {
        this.rules = List.copyOf(rules);
        for (Rule.Stage stage : List.of(Rule.Stage.HEAD, Rule.Stage.DESCRIPTION, Rule.Stage.STORY)) {
            phrases.put(stage, new ArrayList<>());
        }
        for (Rule r : this.rules) {
            if (r instanceof TokenRule t) {
                tokens.add(t);
            } else if (r instanceof UnitRule u) {
                units.add(u);
            } else if (r instanceof PhraseRule p) {
                phrases.get(p.stage()).add(p);
            } else if (r instanceof ArticleRule a) {
                article.add(a);
            }
        }
    }

    /**
     * The rules in this order.
     *
     * @throws IllegalArgumentException when a rule comes before a rule of an earlier stage, a rule
     *                                  names a stage it does not work at, or a rule class appears twice
     */
    static Rules of(List<Rule> rules) {
        Rule.Stage last = Rule.Stage.TOKENS;
        Set<Class<?>> seen = new HashSet<>();
        for (Rule r : rules) {
            String name = r.getClass().getSimpleName();
            if (r.stage().compareTo(last) < 0) {
                throw new IllegalArgumentException("rule " + name + " of stage " + r.stage() + " comes after a rule of"
                        + " stage " + last + "; list the rules in the order of Rule.Stage");
            }
            if (r instanceof PhraseRule && r.stage() != Rule.Stage.HEAD && r.stage() != Rule.Stage.DESCRIPTION
                    && r.stage() != Rule.Stage.STORY) {
                throw new IllegalArgumentException("phrase rule " + name + " has stage " + r.stage()
                        + "; a phrase rule works at HEAD, DESCRIPTION or STORY");
            }
            Rule.Stage own = r instanceof TokenRule ? Rule.Stage.TOKENS : r instanceof UnitRule ? Rule.Stage.UNITS
                    : r instanceof ArticleRule ? Rule.Stage.ARTICLE : r.stage();
            if (r.stage() != own) {
                throw new IllegalArgumentException("rule " + name + " has stage " + r.stage() + " but works at "
                        + own + "; do not override stage() of a " + own + " rule");
            }
            if (!seen.add(r.getClass())) {
                throw new IllegalArgumentException("rule " + name + " is listed twice");
            }
            last = r.stage();
        }
        return new Rules(rules);
    }

    /** The rules that apply under these settings, in the same order. */
    Rules enabledUnder(ActorResolver.Settings settings) {
        return new Rules(rules.stream().filter(r -> r.enabled(settings)).toList());
    }

    /** The rules, in order. */
    List<Rule> list() {
        return rules;
    }

    /** Reads the sentence of {@code r}, adding the mentions it resolves to the reading's mentions. */
    void read(PhraseReading r) {
        readThrough(r, Rule.Stage.STORY);
        r.learn();
        r.emit();
    }

    /**
     * Reads the sentence of {@code r} through stage {@code last} (at most {@link Rule.Stage#STORY}),
     * leaving the codes found in the reading; a sentence without units stops after them.
     */
    void readThrough(PhraseReading r, Rule.Stage last) {
        List<ActorMention> earlier = r.earlier();
        for (TokenRule t : tokens) {
            t.read(r, earlier);
        }
        if (last == Rule.Stage.TOKENS) {
            return;
        }
        UnitFinder.find(r, units);
        if (r.units().isEmpty()) {
            return;
        }
        r.phrases().attach();
        if (last == Rule.Stage.UNITS) {
            return;
        }
        List<PhraseRule> head = phrases.get(Rule.Stage.HEAD);
        for (Unit u : r.units()) {
            if (u.isRoot()) {
                NounPhrase p = r.phrase(u);
                List<Found> found = new ArrayList<>(claim(head, p, r).orElse(List.of()));
                for (PhraseRule rule : head) {
                    found.addAll(rule.alongside(p, r));
                }
                r.setCodes(u, found);
            }
        }
        for (Rule.Stage stage : List.of(Rule.Stage.DESCRIPTION, Rule.Stage.STORY)) {
            if (stage.compareTo(last) > 0) {
                return;
            }
            for (Unit u : r.units()) {
                if (u.isRoot() && r.codes(u).isEmpty()) {
                    claim(phrases.get(stage), r.phrase(u), r).ifPresent(found -> r.setCodes(u, found));
                }
            }
        }
    }

    private static Optional<List<Found>> claim(List<PhraseRule> rules, NounPhrase p, PhraseReading r) {
        for (PhraseRule rule : rules) {
            Optional<List<Found>> found = rule.code(p, r);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    /** The mentions the article rules add, in order, to the article's mentions {@code found}. */
    List<ActorMention> afterArticle(AnnotatedDocument doc, List<ActorMention> found, String version) {
        List<ActorMention> all = new ArrayList<>(found);
        List<ActorMention> added = new ArrayList<>();
        for (ArticleRule a : article) {
            List<ActorMention> more = a.resolve(doc, all, version);
            all.addAll(more);
            added.addAll(more);
        }
        return added;
    }
}
