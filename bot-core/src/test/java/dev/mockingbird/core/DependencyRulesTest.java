package dev.mockingbird.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The engine stays platform-neutral: no chat library, no SQL, and ports named as ports. */
class DependencyRulesTest {

    private static JavaClasses core;

    @BeforeAll
    static void importCore() {
        core = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.mockingbird.core");
    }

    @Test
    void engineKnowsNothingOfTelegramOrDiscord() {
        noClasses().should().dependOnClassesThat()
                .resideInAnyPackage("org.telegram..", "net.dv8tion..", "dev.mockingbird.telegram..",
                        "dev.mockingbird.discord..", "dev.mockingbird.app..")
                .check(core);
    }

    @Test
    void engineKnowsNothingOfSqlOrItsDrivers() {
        // Storage over SQL lives in storage-jdbc; the core has ports and an in-memory store only.
        noClasses().should().dependOnClassesThat()
                .resideInAnyPackage("java.sql..", "javax.sql..", "org.jdbi..", "org.flywaydb..", "com.zaxxer..",
                        "org.sqlite..", "org.postgresql..", "dev.mockingbird.storage..")
                .check(core);
    }

    @Test
    void engineKnowsNothingOfTheGradersModelsOrSearchLibraries() {
        // The built-in and language-model graders live in the grader module, behind the core's Grader interface.
        noClasses().should().dependOnClassesThat()
                .resideInAnyPackage("dev.mockingbird.grader..", "org.apache.lucene..", "ai.onnxruntime..",
                        "ai.djl..", "dev.langchain4j..")
                .check(core);
    }

    @Test
    void outgoingStoragePortsEndInPort() {
        classes().that().resideInAnyPackage("dev.mockingbird.core.storage", "dev.mockingbird.core.transaction")
                .and().areInterfaces().and().arePublic().and().doNotHaveSimpleName("package-info")
                .should().haveSimpleNameEndingWith("Port")
                .check(core);
    }

    @Test
    void noHelperManagerOrUtilClasses() {
        noClasses().should().haveSimpleNameEndingWith("Helper").orShould().haveSimpleNameEndingWith("Manager")
                .orShould().haveSimpleNameEndingWith("Util").orShould().haveSimpleNameEndingWith("Utils")
                .check(core);
    }

    @Test
    void featurePackagesDoNotDependOnEachOtherInCircles() {
        slices().matching("dev.mockingbird.core.(*)..").should().beFreeOfCycles().check(core);
    }

    @Test
    void featuresAreBuiltWithThePortsTheyUseNotTheServicesBag() {
        // Practice, interviews, profiles and help name their ports in their constructors; the bag is for none of them.
        noClasses().that().resideInAnyPackage("dev.mockingbird.core.ask..", "dev.mockingbird.core.interview..",
                        "dev.mockingbird.core.profile..", "dev.mockingbird.core.help..")
                .should().dependOnClassesThat().haveFullyQualifiedName("dev.mockingbird.core.command.Services")
                .check(core);
    }
}
