package org.dyad.architecture;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Dyad's modules, the packages each holds and the modules each may use: the layering that
 * {@link ModuleDependenciesTest} checks in the POMs and {@link LayeringTest} in the compiled classes.
 *
 * <p>Layers from the bottom: {@code model}; the serial forms, the ontology, the readers and the
 * language analysis (with the stage contract below it and the parser's speed-up beside CoreNLP)
 * on it; the gazetteer and the actors; the coder; the store (model and formats
 * only, so no CoreNLP); the pipeline that joins them; and at the top the applications {@code
 * server}, {@code bench} and {@code cli}, which nothing below them uses. A module added to the
 * reactor must be placed here, with the modules it may use, before the build passes.
 */
final class ModuleGraph {
    /**
     * One module: its artifact id, the packages of its main classes (ArchUnit package globs) and
     * the modules its POM may name as compile or runtime dependencies.
     */
    record Module(String name, List<String> packages, Set<String> uses) {
        Module {
            Objects.requireNonNull(name, "name");
            packages = List.copyOf(packages);
            uses = Set.copyOf(uses);
        }

        String artifactId() {
            return "dyad-" + name;
        }
    }

    /** Modules in the reactor that hold tests only: they may use any module, at test scope. */
    static final Set<String> TEST_ONLY = Set.of("fuzz", "architecture");

    /** The modules, lowest layer first; each may use only modules listed before it. */
    static final List<Module> MODULES = List.of(
            new Module("model", List.of("org.dyad.model.."), Set.of()),
            new Module("stage", List.of("org.dyad.stage.."), Set.of("model")),
            new Module("format", List.of("org.dyad.format.."), Set.of("model")),
            new Module("ontology", List.of("org.dyad.ontology.."), Set.of("model")),
            new Module("ingest", List.of("org.dyad.ingest.."), Set.of("model")),
            // the parser's speed-up classes live in CoreNLP's package to reach its package-private parts
            new Module("parser", List.of("edu.stanford.nlp.parser.nndep.."), Set.of()),
            new Module("nlp", List.of("org.dyad.nlp.."), Set.of("model", "stage", "parser")),
            new Module("geo", List.of("org.dyad.geo.."), Set.of("model", "stage", "ingest")),
            new Module("actors", List.of("org.dyad.actors.."), Set.of("model")),
            new Module("coding", List.of("org.dyad.coding.."), Set.of("model", "stage", "ontology", "actors", "geo")),
            new Module("store", List.of("org.dyad.store.."), Set.of("model", "format")),
            new Module("pipeline", List.of("org.dyad.pipeline.."),
                    Set.of("model", "stage", "format", "ontology", "ingest", "parser", "nlp", "geo", "actors",
                            "coding", "store")),
            new Module("server", List.of("org.dyad.server.."),
                    Set.of("model", "stage", "format", "ontology", "ingest", "parser", "nlp", "geo", "actors",
                            "coding", "store", "pipeline")),
            new Module("bench", List.of("org.dyad.bench.."),
                    Set.of("model", "stage", "format", "ontology", "ingest", "parser", "nlp", "geo", "actors",
                            "coding", "store", "pipeline", "server")),
            new Module("cli", List.of("org.dyad.cli.."),
                    Set.of("model", "stage", "format", "ontology", "ingest", "parser", "nlp", "geo", "actors",
                            "coding", "store", "pipeline", "server", "bench")));

    /** The only modules that may declare Stanford CoreNLP or see it on their compile classpath. */
    static final Set<String> CORENLP_USERS = Set.of("nlp", "parser");

    private ModuleGraph() {
    }

    static Optional<Module> named(String name) {
        return MODULES.stream().filter(m -> m.name().equals(name)).findFirst();
    }

    /** The modules a module reaches through the dependencies it may declare, itself excluded. */
    static Set<String> reachable(String name) {
        Set<String> seen = new LinkedHashSet<>();
        List<String> todo = new java.util.ArrayList<>(named(name).orElseThrow(() -> unknown(name)).uses());
        while (!todo.isEmpty()) {
            String next = todo.remove(todo.size() - 1);
            if (seen.add(next)) {
                todo.addAll(named(next).orElseThrow(() -> unknown(next)).uses());
            }
        }
        return seen;
    }

    /** Each module's layer name, as ArchUnit's layered architecture names it. */
    static Map<String, Module> layers() {
        Map<String, Module> out = new LinkedHashMap<>();
        MODULES.forEach(m -> out.put(m.name(), m));
        return out;
    }

    static IllegalArgumentException unknown(String name) {
        return new IllegalArgumentException("module '" + name + "' is not in ModuleGraph.MODULES; add it there with "
                + "the packages it holds and the modules it may use");
    }
}
