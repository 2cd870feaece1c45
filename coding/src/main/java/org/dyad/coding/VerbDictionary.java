package org.dyad.coding;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.dyad.model.TextDigest;
import org.dyad.model.WordFilter;

/**
 * Verbs and event nouns with their patterns and codes: a list of {@link VerbBlock}s and the
 * {@link WordSet}s their patterns use. Read from Dyad's format ({@link DyadVerbFormat}) or from
 * PETRARCH and TABARI verb files ({@link org.dyad.coding.petrarch.PetrarchVerbReader}).
 *
 * <p>Lookups by word are O(1): {@link #mayTrigger} answers whether a word or lemma can trigger an
 * event at all, for cheap filtering before parsing. When several blocks list the same trigger, the
 * block added last wins (a dictionary merged after another overrides it). Immutable and thread-safe.
 */
public final class VerbDictionary {
    /** A trigger of a block. */
    public record Entry(VerbBlock block, TriggerPhrase trigger) {
    }

    private final List<VerbBlock> blocks;
    private final Map<String, WordSet> sets;
    private final List<String> warnings;
    private final Map<String, List<Entry>> byHead = new HashMap<>();
    /** Answers "no" for most words that head no trigger, before {@link #byHead} is asked. */
    private final WordFilter heads;

    /** A dictionary of these blocks, without named word sets or warnings ({@code List.of()} gives an empty one). */
    public VerbDictionary(List<VerbBlock> blocks) {
        this(blocks, Map.of(), List.of());
    }

    public VerbDictionary(List<VerbBlock> blocks, Map<String, WordSet> sets, List<String> warnings) {
        this.blocks = List.copyOf(blocks);
        this.sets = Collections.unmodifiableMap(new LinkedHashMap<>(sets));
        this.warnings = List.copyOf(warnings);
        for (int b = this.blocks.size() - 1; b >= 0; b--) {
            VerbBlock block = this.blocks.get(b);
            for (TriggerPhrase t : block.triggers()) {
                byHead.computeIfAbsent(t.headWord(), k -> new ArrayList<>()).add(new Entry(block, t));
            }
        }
        heads = WordFilter.of(byHead.keySet());
        for (List<Entry> l : byHead.values()) {
            // longer triggers first ("break down" before "break"); the sort is stable, so later blocks stay first
            l.sort((x, y) -> Integer.compare(y.trigger().words().size(), x.trigger().words().size()));
        }
        for (VerbBlock block : this.blocks) {
            for (Pattern p : block.patterns()) {
                checkSets(p.items(), p.origin());
            }
        }
    }

    private void checkSets(List<PatternItem> items, String origin) {
        for (PatternItem i : items) {
            PatternElement e = i.element();
            if (e instanceof PatternElement.WordSet s && !sets.containsKey(s.name())) {
                throw new IllegalArgumentException(origin + ": pattern uses &" + s.name()
                        + ", which the dictionary does not define");
            }
            if (e instanceof PatternElement.Prepositional p) {
                checkSets(p.object(), origin);
            }
            if (e instanceof PatternElement.NounPhrase np) {
                List<PatternItem> words = new ArrayList<>();
                np.modifiers().forEach(m -> words.add(new PatternItem(m, false)));
                words.add(new PatternItem(np.head(), false));
                checkSets(words, origin);
            }
        }
    }

    /** The dictionary shipped with Dyad: PETRARCH2's CAMEO verbs converted, then Dyad's own entries. */
    public static VerbDictionary standard() {
        return Holder.STANDARD;
    }

    private static final class Holder {
        static final VerbDictionary STANDARD = load("cameo.verbs.dyad").merge(load("dyad.verbs.dyad"));
    }

    private static VerbDictionary load(String resource) {
        try (InputStream in = VerbDictionary.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("resource " + resource + " missing from the coding jar");
            }
            return DyadVerbFormat.read(new InputStreamReader(in, StandardCharsets.UTF_8), resource);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + resource, e);
        }
    }

    /**
     * The triggers whose head word is this word form or lemma, the most specific and most recently
     * added first. Case is ignored.
     */
    public List<Entry> entries(String word, String lemma) {
        List<Entry> byWord = headed(word.toLowerCase(Locale.ROOT));
        List<Entry> byLemma = headed(lemma.toLowerCase(Locale.ROOT));
        if (byLemma.isEmpty() || byLemma == byWord) {
            return byWord;
        }
        if (byWord.isEmpty()) {
            return byLemma;
        }
        // an inflected form listed on its own ("said") is more specific than the lemma ("say")
        List<Entry> out = new ArrayList<>(byWord);
        byLemma.stream().filter(e -> !out.contains(e)).forEach(out::add);
        return out;
    }

    private List<Entry> headed(String lower) {
        return heads.mayContain(lower) ? byHead.getOrDefault(lower, List.of()) : List.of();
    }

    /** True when a word or lemma is the head of some trigger: a cheap test for "may code an event". */
    public boolean mayTrigger(String wordOrLemma) {
        String lower = wordOrLemma.toLowerCase(Locale.ROOT);
        return heads.mayContain(lower) && byHead.containsKey(lower);
    }

    /**
     * A digest of what a sentence selector reads of this dictionary: the head words of its triggers
     * ({@link #mayTrigger}) and, for each, whether an event-noun trigger has it as head (what
     * {@link EventCoder#codesAlone} asks). Dictionaries with the same digest trigger on the same words;
     * their patterns and codes may differ.
     */
    public String headsDigest() {
        TextDigest md = new TextDigest();
        for (String head : new java.util.TreeSet<>(byHead.keySet())) {
            boolean noun = byHead.get(head).stream().anyMatch(e -> e.trigger().kind() == TriggerPhrase.Kind.NOUN);
            md.add(head + (noun ? "\tnoun\n" : "\n"));
        }
        return md.hex();
    }

    /** A word set by name (upper case, without {@code &}). */
    public Optional<WordSet> set(String name) {
        return Optional.ofNullable(sets.get(name));
    }

    /** All blocks, in the order they were added. */
    public List<VerbBlock> blocks() {
        return blocks;
    }

    /** All word sets, by name. */
    public Map<String, WordSet> sets() {
        return sets;
    }

    /** Problems met while importing (skipped patterns and lines), for the user to review. */
    public List<String> warnings() {
        return warnings;
    }

    /**
     * This dictionary with another's blocks and sets added after its own: the other's triggers win
     * where both have one, and its sets replace sets of the same name. A block of the other with the
     * id of one of this dictionary's blocks extends it: its triggers, patterns and refinements are
     * added (and tried first), and its code, when it has one, replaces the block's code.
     */
    public VerbDictionary merge(VerbDictionary other) {
        List<VerbBlock> b = new ArrayList<>(blocks);
        for (VerbBlock o : other.blocks) {
            int at = -1;
            for (int i = 0; i < b.size(); i++) {
                if (b.get(i).id().equals(o.id())) {
                    at = i;
                }
            }
            if (at < 0) {
                b.add(o);
                continue;
            }
            VerbBlock base = b.get(at);
            List<TriggerPhrase> t = new ArrayList<>(o.triggers());
            t.addAll(base.triggers());
            List<Pattern> p = new ArrayList<>(o.patterns());
            p.addAll(base.patterns());
            List<Refinement> r = new ArrayList<>(o.refinements());
            r.addAll(base.refinements());
            b.set(at, new VerbBlock(base.id(), o.code().isNone() ? base.code() : o.code(), t, p, r,
                    base.origin() + " + " + o.origin()));
        }
        Map<String, WordSet> s = new LinkedHashMap<>(sets);
        s.putAll(other.sets);
        List<String> w = new ArrayList<>(warnings);
        w.addAll(other.warnings);
        return new VerbDictionary(b, s, w);
    }
}
