package org.dyad.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.library.Architectures;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The compiled main classes of every module keep to {@link ModuleGraph}'s layers: a class uses only
 * classes of its own module and of the modules its module may use, packages form no cycles, and
 * only the language analysis touches CoreNLP.
 */
class LayeringTest {
    /** Main classes of Dyad's own modules: their jars or class folders, never their tests. */
    private static final ImportOption DYAD_MAIN_CLASSES = new ImportOption() {
        private final Pattern jar = Pattern.compile(".*/dyad-[a-z]+-[^/]*(?<!-tests)\\.jar!/.*");
        private final Pattern folder = Pattern.compile(".*/target/classes/.*");

        @Override
        public boolean includes(Location location) {
            return location.matches(jar) || location.matches(folder);
        }
    };

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(DYAD_MAIN_CLASSES)
                .importPackages("org.dyad", "edu.stanford");
    }

    @Test
    void theImportSeesEveryModule() {
        // a rule over no classes passes whatever it says: make sure the classpath holds them all
        for (ModuleGraph.Module m : ModuleGraph.MODULES) {
            String pkg = m.packages().get(0).replace("..", "");
            org.assertj.core.api.Assertions.assertThat(classes.stream().anyMatch(c -> c.getPackageName().startsWith(pkg)))
                    .as("main classes of module %s (package %s) on the test classpath", m.name(), pkg).isTrue();
        }
    }

    @Test
    void eachModuleUsesOnlyItselfAndTheModulesBelowIt() {
        Architectures.LayeredArchitecture layers = Architectures.layeredArchitecture().consideringOnlyDependenciesInLayers();
        for (ModuleGraph.Module m : ModuleGraph.MODULES) {
            layers = layers.layer(m.name()).definedBy(m.packages().toArray(String[]::new));
        }
        for (ModuleGraph.Module m : ModuleGraph.MODULES) {
            List<String> reachable = new ArrayList<>(ModuleGraph.reachable(m.name()));
            layers = reachable.isEmpty() ? layers.whereLayer(m.name()).mayNotAccessAnyLayer()
                    : layers.whereLayer(m.name()).mayOnlyAccessLayers(reachable.toArray(String[]::new));
        }
        layers.because("modules point down toward the model (ModuleGraph)").check(classes);
    }

    @Test
    void everyClassBelongsToAModule() {
        String[] all = ModuleGraph.MODULES.stream().flatMap(m -> m.packages().stream()).toArray(String[]::new);
        classes().should().resideInAnyPackage(all)
                .because("a new module or top-level package is placed in ModuleGraph before it is used")
                .check(classes);
    }

    @Test
    void packagesFormNoCycles() {
        slices().matching("org.dyad.(**)").should().beFreeOfCycles()
                // the one known cycle: the dictionary loader dispatches PETRARCH verb files to their importer,
                // which builds the coder's types; it goes when the importer's entry point moves into coding
                .ignoreDependency(com.tngtech.archunit.base.DescribedPredicate.describe("the dictionary loader",
                        (com.tngtech.archunit.core.domain.JavaClass c) -> c.getName().equals("org.dyad.coding.Dictionaries")),
                        com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage("org.dyad.coding.petrarch"))
                .check(classes);
    }

    @Test
    void onlyTheLanguageAnalysisUsesCoreNlp() {
        noClasses().that().resideOutsideOfPackages("org.dyad.nlp..", "edu.stanford..")
                .should().dependOnClassesThat().resideInAPackage("edu.stanford..")
                .because("only the nlp module imports CoreNLP; the rest of Dyad sees its own types")
                .check(classes);
    }

    @Test
    void dyadPutsOnlyTheParserCodeIntoCoreNlpsPackages() {
        classes().that().resideInAPackage("edu.stanford..")
                .should().resideInAPackage("edu.stanford.nlp.parser.nndep..")
                .because("Dyad's classes in CoreNLP's packages are the parser's speed-up classes alone, which need "
                        + "its package-private parts")
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void theStoreAloneTouchesTheDatabase() {
        noClasses().that().resideOutsideOfPackage("org.dyad.store..")
                .should().dependOnClassesThat().resideInAPackage("org.duckdb..")
                .check(classes);
    }

    @Test
    void theStoreAloneTouchesTheSearchIndex() {
        // the merge evaluation of the bench module stems words with the analyzer the store indexes with
        noClasses().that().resideOutsideOfPackages("org.dyad.store..", "org.dyad.bench..")
                .should().dependOnClassesThat().resideInAPackage("org.apache.lucene..")
                .check(classes);
    }

    @Test
    void theServerAloneTouchesTheHttpFramework() {
        noClasses().that().resideOutsideOfPackage("org.dyad.server..")
                .should().dependOnClassesThat().resideInAnyPackage("io.javalin..", "com.rometools..", "org.jsoup..")
                .check(classes);
    }
}
