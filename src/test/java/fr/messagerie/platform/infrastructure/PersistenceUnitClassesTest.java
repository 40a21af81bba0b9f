package fr.messagerie.platform.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * persistence.xml lists its managed classes because EclipseLink cannot discover them on WildFly: a
 * new entity that is not listed works on Payara and fails on WildFly only, so this test says so.
 */
class PersistenceUnitClassesTest {

    private static final Pattern MANAGED =
            Pattern.compile(
                    "^@(Entity|Embeddable|MappedSuperclass|Converter)\\b", Pattern.MULTILINE);

    @Test
    void every_managed_class_is_listed_in_persistence_xml() throws IOException {
        Path sources = Path.of("src/main/java");
        String unit = Files.readString(Path.of("src/main/resources/META-INF/persistence.xml"));
        List<String> managed;
        try (Stream<Path> files = Files.walk(sources)) {
            managed =
                    files.filter(file -> file.toString().endsWith(".java"))
                            .filter(file -> MANAGED.matcher(read(file)).find())
                            .map(file -> sources.relativize(file).toString())
                            .map(name -> name.replace(".java", "").replace('/', '.'))
                            .toList();
        }
        assertThat(managed).isNotEmpty();
        assertThat(managed)
                .allSatisfy(name -> assertThat(unit).contains("<class>" + name + "</class>"));
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
