package org.dyad.coding;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.dyad.actors.ActorDictionary;
import org.dyad.actors.ActorResolver;
import org.dyad.actors.tabari.TabariActorReader;
import org.dyad.actors.tabari.TabariImport;
import org.dyad.coding.petrarch.PetrarchVerbReader;
import org.dyad.ontology.Cameo;

/**
 * The dictionaries a coder uses: actors and agents, verbs, discards and issues. {@link #standard()}
 * gives the ones shipped with Dyad; {@link #load(Path)} reads a folder of the user's files, which
 * replace the shipped ones kind by kind. Files are recognised by PETRARCH's naming ({@code *.actors.txt},
 * {@code *.agents.txt}, {@code *.verbs.txt} or {@code CAMEO*.txt}, {@code *.discards.txt},
 * {@code *.issues.txt} or {@code *IssueCoding*}) and by Dyad's ({@code *.actors.dyad},
 * {@code *.verbs.dyad}, {@code *.discards.dyad}, {@code *.issues.dyad}). Immutable.
 */
public record Dictionaries(ActorDictionary actors, ActorResolver.Settings actorSettings, VerbDictionary verbs,
        DiscardList discards, IssueList issues, List<String> sources, List<String> problems) {
    public Dictionaries {
        Objects.requireNonNull(actors, "actors");
        Objects.requireNonNull(actorSettings, "actorSettings");
        Objects.requireNonNull(verbs, "verbs");
        Objects.requireNonNull(discards, "discards");
        Objects.requireNonNull(issues, "issues");
        sources = List.copyOf(sources);
        problems = List.copyOf(problems);
    }

    /** The dictionaries shipped with Dyad. */
    public static Dictionaries standard() {
        return Holder.STANDARD;
    }

    private static final class Holder {
        static final Dictionaries STANDARD = new Dictionaries(ActorDictionary.standard(),
                ActorResolver.Settings.standard(), VerbDictionary.standard(),
                resource("phoenix.discards.dyad", DiscardList::readDyad),
                resource("phoenix.issues.dyad", IssueList::readDyad), List.of("(shipped with Dyad)"), List.of());
    }

    private interface Parser<T> {
        T parse(Reader r, String name) throws IOException;
    }

    private static <T> T resource(String name, Parser<T> parser) {
        try (InputStream in = Dictionaries.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("resource " + name + " missing from the coding jar");
            }
            return parser.parse(new InputStreamReader(in, StandardCharsets.UTF_8), name);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + name, e);
        }
    }

    /**
     * Reads the dictionaries of a folder. Kinds the folder has replace the shipped ones; kinds it lacks
     * are taken from {@link #standard()}. Files of a kind are merged in name order. When the actors
     * come from PETRARCH files, they are resolved with PETRARCH's conventions (an agent without a
     * country is coded {@code ---GOV}). Lines the importers skip are listed in {@link #problems}.
     *
     * @throws IllegalArgumentException when the folder holds no dictionary Dyad recognises, or a file
     *     is malformed (naming the file and line)
     */
    public static Dictionaries load(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException("dictionary folder " + dir + " does not exist or is not a folder");
        }
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(Files::isRegularFile).sorted().toList();
        }
        Optional<ActorDictionary> actors = Optional.empty();
        Optional<VerbDictionary> verbs = Optional.empty();
        Optional<DiscardList> discards = Optional.empty();
        Optional<IssueList> issues = Optional.empty();
        List<String> used = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        List<Path> tabariActors = new ArrayList<>();
        List<Path> tabariAgents = new ArrayList<>();
        for (Path f : files) {
            String name = f.getFileName().toString();
            String lower = name.toLowerCase(Locale.ROOT);
            if (lower.endsWith(".actors.txt")) {
                tabariActors.add(f);
            } else if (lower.endsWith(".agents.txt")) {
                tabariAgents.add(f);
            } else if (lower.endsWith(".actors.dyad")) {
                ActorDictionary d = read(f, ActorDictionary::parse);
                actors = Optional.of(actors.map(a -> a.merge(d)).orElse(d));
            } else if (lower.endsWith(".verbs.txt") || lower.startsWith("cameo") && lower.endsWith(".txt")) {
                VerbDictionary d = read(f, PetrarchVerbReader::read);
                verbs = Optional.of(verbs.map(v -> v.merge(d)).orElse(d));
            } else if (lower.endsWith(".verbs.dyad")) {
                VerbDictionary d = read(f, DyadVerbFormat::read);
                verbs = Optional.of(verbs.map(v -> v.merge(d)).orElse(d));
            } else if (lower.endsWith(".discards.txt")) {
                DiscardList d = read(f, DiscardList::readPetrarch);
                discards = Optional.of(discards.map(x -> x.merge(d)).orElse(d));
            } else if (lower.endsWith(".discards.dyad")) {
                DiscardList d = read(f, DiscardList::readDyad);
                discards = Optional.of(discards.map(x -> x.merge(d)).orElse(d));
            } else if (lower.endsWith(".issues.txt") || lower.contains("issuecoding")) {
                IssueList d = read(f, IssueList::readPetrarch);
                issues = Optional.of(issues.map(x -> x.merge(d)).orElse(d));
            } else if (lower.endsWith(".issues.dyad")) {
                IssueList d = read(f, IssueList::readDyad);
                issues = Optional.of(issues.map(x -> x.merge(d)).orElse(d));
            } else {
                continue;
            }
            used.add(name);
        }
        boolean petrarchActors = !tabariActors.isEmpty() || !tabariAgents.isEmpty();
        if (petrarchActors) {
            TabariImport imported = TabariActorReader.load(tabariActors, tabariAgents);
            imported.problems().forEach(p -> problems.add(p.toString()));
            ActorDictionary d = imported.dictionary();
            actors = Optional.of(actors.map(a -> a.merge(d)).orElse(d));
        }
        verbs.ifPresent(v -> problems.addAll(v.warnings()));
        if (used.isEmpty()) {
            throw new IllegalArgumentException("no dictionary in " + dir + "; Dyad reads *.actors.txt, *.agents.txt, "
                    + "*.verbs.txt or CAMEO*.txt, *.discards.txt, *.issues.txt (PETRARCH) and *.actors.dyad, "
                    + "*.verbs.dyad, *.discards.dyad, *.issues.dyad (Dyad)");
        }
        Dictionaries base = standard();
        return new Dictionaries(actors.orElse(base.actors()),
                petrarchActors ? ActorResolver.Settings.petrarch() : base.actorSettings(), verbs.orElse(base.verbs()),
                discards.orElse(base.discards()), issues.orElse(base.issues()), used, problems);
    }

    private static <T> T read(Path f, Parser<T> parser) throws IOException {
        try (Reader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
            return parser.parse(r, f.getFileName().toString());
        }
    }

    /** A coder over these dictionaries, with the default settings. */
    public ArticleCoder coder() {
        return new ArticleCoder(new ActorResolver(actors, ArticleCoder.VERSION, actorSettings),
                new EventCoder(verbs, Cameo.standard(), ArticleCoder.VERSION), discards, issues,
                CoderSettings.defaults());
    }
}
