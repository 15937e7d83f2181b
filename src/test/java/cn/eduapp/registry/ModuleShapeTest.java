package cn.eduapp.registry;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;

/**
 * The one module shape (issue 19, docs/architecture.md): SQL only in {@code internal.persistence}, controllers only
 * in {@code internal.web}, a domain free of JDBC and web, no open module but {@code shared}, and files a newcomer
 * can read: none over 300 lines, nine in ten at most 150.

 */
class ModuleShapeTest {

    static final JavaClasses MAIN = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("cn.eduapp.registry");

    @Test
    void sqlLivesInPersistence() {
        noClasses().that().resideOutsideOfPackages("..internal.persistence..", "cn.eduapp.registry.system..")
                .should().dependOnClassesThat().haveFullyQualifiedName("org.springframework.jdbc.core.simple.JdbcClient")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("org.springframework.jdbc.core.JdbcTemplate")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate")
                .because("every SQL statement of a module lives in its internal.persistence package")
                .check(MAIN);
    }

    @Test
    void controllersLiveInWeb() {
        classes().that().areAnnotatedWith(org.springframework.stereotype.Controller.class)
                .or().areAnnotatedWith(org.springframework.web.bind.annotation.RestController.class)
                .should().resideInAnyPackage("..internal.web..", "cn.eduapp.registry.system..")
                .check(MAIN);
    }

    @Test
    void theDomainKnowsNeitherTheDatabaseNorTheWeb() {
        noClasses().that().resideInAPackage("..internal.domain..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework.jdbc..", "org.springframework.web..",
                        "jakarta.servlet..")
                .check(MAIN);
    }

    @Test
    void onlySharedIsOpen() {
        assertThat(ModularityTests.MODULES.stream().filter(ApplicationModule::isOpen).map(ApplicationModule::getIdentifier)
                .map(Object::toString)).containsExactly("shared");
    }

    @Test
    void filesStaySmall() throws IOException {
        List<Long> sizes;
        List<String> large;
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            List<Path> java = files.filter(p -> p.toString().endsWith(".java")).toList();
            sizes = java.stream().map(ModuleShapeTest::lines).sorted().toList();
            large = java.stream().filter(p -> lines(p) > 300).map(p -> p + " (" + lines(p) + ")").toList();
        }
        assertThat(large).as("files over 300 lines").isEmpty();
        long p90 = sizes.get((int) Math.ceil(sizes.size() * 0.9) - 1);
        assertThat(p90).as("90th percentile of file length").isLessThanOrEqualTo(150);
    }

    private static long lines(Path file) {
        try (Stream<String> lines = Files.lines(file)) {
            return lines.count();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
