package org.societyflow;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;

/**
 * The module rules of docs/ARCHITECTURE.md. Each package under {@code org.societyflow} is a module. The core that every
 * process builds on ({@link #CORE}) knows no process feature. A process feature — every module neither core nor
 * {@link #OUTER}: 变更, 成立, 年检, 换届, 软弱涣散, 项目资助, and each new application type without a line here — reads
 * the core and no other feature, but for the directions of {@link #FEATURE_READS}. The outer modules read whom they
 * need and nobody reads them. No cycles, and a Spring Data repository is used only in its own package: the other
 * modules go through its service.
 */
class ModuleStructureTest {

    private static final String BASE = "org.societyflow";
    /** What every process feature builds on; {@code shared} depends on no module, {@code identity} only on it. */
    private static final List<String> CORE = List.of("shared", "identity", "society", "document", "notification",
            "workflow");
    /** Read the modules they show, administer or seed; no module reads them. */
    private static final List<String> OUTER = List.of("reporting", "portal", "modeling", "demo", "onboarding", "operations",
            "audit");
    /** The reads between process features the design allows: a weak-society case weighs the 年检 outcomes. */
    private static final Map<String, Set<String>> FEATURE_READS = Map.of("exit", Set.of("inspection"));

    private static final ApplicationModules MODULES = ApplicationModules.of(SocietyFlowApplication.class);
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(BASE);

    @Test
    void theModulesHaveNoCyclesAndUseNoInternals() {
        MODULES.verify();
    }

    @Test
    void theModulesAreTheCoreTheOuterOnesAndTheProcessFeatures() {
        assertThat(processFeatures()).contains("change", "exit", "founding", "grant", "inspection", "reelection");
        assertThat(MODULES.stream().map(ApplicationModule::getName)).containsAll(CORE).containsAll(OUTER);
    }

    @Test
    void sharedDependsOnNoModule() {
        classes().that().resideInAPackage(packageOf("shared"))
                .should().onlyDependOnClassesThat(ownOrOutside("shared"))
                .check(CLASSES);
    }

    @Test
    void identityDependsOnlyOnShared() {
        classes().that().resideInAPackage(packageOf("identity"))
                .should().onlyDependOnClassesThat(ownOrOutside("identity", "shared"))
                .check(CLASSES);
    }

    @Test
    void theCoreKnowsNoProcessFeatureAndNoOuterModule() {
        noClasses().that().resideInAnyPackage(packagesOf(CORE.stream()))
                .should().dependOnClassesThat().resideInAnyPackage(
                        packagesOf(Stream.concat(processFeatures().stream(), OUTER.stream())))
                .check(CLASSES);
    }

    @Test
    void aProcessFeatureReadsTheCoreAndNoOtherFeature() {
        List<ArchRule> rules = new ArrayList<>();
        for (String feature : processFeatures()) {
            List<String> allowed = new ArrayList<>(CORE);
            allowed.add(feature);
            allowed.addAll(FEATURE_READS.getOrDefault(feature, Set.of()));
            rules.add(classes().that().resideInAPackage(packageOf(feature))
                    .should().onlyDependOnClassesThat(ownOrOutside(allowed.toArray(String[]::new))));
        }
        CompositeArchRule.of(rules).check(CLASSES);
    }

    @Test
    void noModuleReadsAnOuterModule() {
        CompositeArchRule.of(OUTER.stream().map(outer -> (ArchRule) noClasses()
                        .that().resideOutsideOfPackage(packageOf(outer))
                        .should().dependOnClassesThat().resideInAPackage(packageOf(outer))).toList())
                .check(CLASSES);
    }

    @Test
    void aRepositoryIsUsedOnlyInItsOwnPackage() {
        classes().that().areAssignableTo(Repository.class)
                .should(beUsedOnlyInTheirOwnPackage())
                .check(CLASSES);
    }

    private static List<String> processFeatures() {
        return MODULES.stream().map(ApplicationModule::getName)
                .filter(name -> !CORE.contains(name) && !OUTER.contains(name))
                .toList();
    }

    private static String packageOf(String module) {
        return BASE + "." + module + "..";
    }

    private static String[] packagesOf(Stream<String> modules) {
        return modules.map(ModuleStructureTest::packageOf).toArray(String[]::new);
    }

    /** A class of one of these modules, or of no module at all (the JDK, Spring, Camunda). */
    private static DescribedPredicate<JavaClass> ownOrOutside(String... modules) {
        return resideOutsideOfPackage(BASE + "..").or(resideInAnyPackage(packagesOf(Stream.of(modules))))
                .as("reside in " + String.join(", ", modules) + " or in no module");
    }

    private static ArchCondition<JavaClass> beUsedOnlyInTheirOwnPackage() {
        return new ArchCondition<>("be used only in their own package") {
            @Override
            public void check(JavaClass repository, ConditionEvents events) {
                for (Dependency use : repository.getDirectDependenciesToSelf()) {
                    if (!use.getOriginClass().getPackageName().equals(repository.getPackageName())) {
                        events.add(SimpleConditionEvent.violated(use, use.getDescription()));
                    }
                }
            }
        };
    }
}
