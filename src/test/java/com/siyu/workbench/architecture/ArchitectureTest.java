package com.siyu.workbench.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The layering the codebase promises, checked on every build. */
class ArchitectureTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("com.siyu.workbench");
    }

    @Test
    void storageSyncAndWecomNeverImportJavaFx() {
        ArchRule rule = noClasses().that().resideInAnyPackage("..store..", "..core..", "..wecom..", "..sandbox..",
                        "..sync..", "..members..", "..settings..", "..i18n..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..");
        rule.check(classes);
    }

    @Test
    void viewModelsImportNoControls() {
        ArchRule rule = noClasses().that().haveSimpleNameEndingWith("ViewModel")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..");
        rule.check(classes);
    }

    @Test
    void servicesAndRepositoriesImportNoJavaFx() {
        ArchRule rule = noClasses().that().haveSimpleNameEndingWith("Repository")
                .or().haveSimpleNameEndingWith("Service").and().doNotHaveSimpleName("DialogService")
                .and().doNotHaveSimpleName("FxDialogService")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..");
        rule.check(classes);
    }

    @Test
    void nobodyStartsRawThreads() {
        ArchRule rule = noClasses().should().callConstructor(Thread.class)
                .orShould().callConstructor(Thread.class, Runnable.class)
                .orShould().callConstructor(Thread.class, Runnable.class, String.class)
                .because("background work goes through TaskExecutor or an injected executor");
        rule.check(classes);
    }

    @Test
    void onlyTheCommandLineWritesToStandardStreams() {
        ArchRule rule = noClasses().that().resideOutsideOfPackages("..cli..")
                .and().haveSimpleNameNotEndingWith("Command")
                .and().doNotHaveSimpleName("Main").and().doNotHaveSimpleName("WorkbenchApp")
                .should().accessField(System.class, "out").orShould().accessField(System.class, "err")
                .because("logs go through SLF4J and stdout belongs to the CLI's JSON output");
        rule.check(classes);
    }

    @Test
    void featuresDoNotReachIntoTheUiShell() {
        ArchRule rule = noClasses().that().resideInAnyPackage("..store..", "..wecom..", "..sync..", "..sandbox..")
                .should().dependOnClassesThat().resideInAnyPackage("..ui..", "..app..");
        rule.check(classes);
    }
}
