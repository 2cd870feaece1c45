package org.dyad.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The modules' POMs declare only dependencies that point down the layers of {@link ModuleGraph},
 * and CoreNLP only where the language analysis is.
 */
class ModuleDependenciesTest {
    /** The reactor's root folder: Maven runs the tests in this module's folder. */
    private static final Path ROOT = Path.of(System.getProperty("dyad.root", "..")).toAbsolutePath().normalize();

    @Test
    void everyModuleOfTheReactorIsPlacedInALayer() throws IOException {
        List<String> reactor = PomDependencies.read(ROOT.resolve("pom.xml")).modules();
        List<String> placed = ModuleGraph.MODULES.stream().map(ModuleGraph.Module::name).toList();

        assertThat(reactor)
                .as("modules of %s; a new module goes into ModuleGraph.MODULES (or TEST_ONLY)", ROOT.resolve("pom.xml"))
                .containsExactlyInAnyOrderElementsOf(concat(placed, ModuleGraph.TEST_ONLY));
    }

    @Test
    void eachModuleUsesOnlyModulesOfTheLayersBelowIt() {
        List<String> seen = new ArrayList<>();
        for (ModuleGraph.Module m : ModuleGraph.MODULES) {
            assertThat(seen).as("modules %s may use", m.name()).containsAll(m.uses());
            seen.add(m.name());
        }
    }

    @Test
    void thePomsDeclareOnlyTheModuleDependenciesTheLayersAllow() throws IOException {
        List<String> violations = new ArrayList<>();
        for (ModuleGraph.Module m : ModuleGraph.MODULES) {
            for (PomDependencies.Declared d : PomDependencies.read(ROOT.resolve(m.name()).resolve("pom.xml")).dependencies()) {
                String used = d.artifactId().replaceFirst("^dyad-", "");
                if (d.groupId().equals("org.dyad") && d.main() && !m.uses().contains(used)) {
                    violations.add(m.name() + " -> " + used + " (scope " + d.scope() + ")");
                }
            }
        }
        assertThat(violations).as("dependencies against ModuleGraph's layers").isEmpty();
    }

    @Test
    void onlyTheLanguageAnalysisDeclaresCoreNlp() throws IOException {
        List<String> declaring = new ArrayList<>();
        for (ModuleGraph.Module m : ModuleGraph.MODULES) {
            for (PomDependencies.Declared d : PomDependencies.read(ROOT.resolve(m.name()).resolve("pom.xml")).dependencies()) {
                if (d.groupId().equals("edu.stanford.nlp") && d.main()) {
                    declaring.add(m.name());
                }
            }
        }
        assertThat(Set.copyOf(declaring)).isEqualTo(ModuleGraph.CORENLP_USERS);
    }

    @Test
    void theStoreAndTheLayersUnderItReachNoCoreNlp() {
        for (String m : List.of("model", "format", "store")) {
            assertThat(ModuleGraph.reachable(m)).as("modules %s reaches", m).doesNotContainAnyElementsOf(
                    ModuleGraph.CORENLP_USERS);
        }
    }

    @Test
    void nothingBelowTheApplicationsUsesThem() {
        Set<String> applications = Set.of("server", "bench", "cli");
        List<String> below = ModuleGraph.MODULES.stream().map(ModuleGraph.Module::name)
                .filter(n -> !applications.contains(n)).toList();
        for (String m : below) {
            assertThat(ModuleGraph.reachable(m)).as("modules %s reaches", m).doesNotContainAnyElementsOf(applications);
        }
    }

    private static List<String> concat(List<String> a, Set<String> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).collect(Collectors.toList());
    }
}
