package fr.messagerie.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** French is the reference; English must say the same things under the same keys. */
class MessagesBundleTest {

    @Test
    void frenchAndEnglishHaveTheSameKeys() throws IOException {
        assertThat(load("messages_en.properties").stringPropertyNames())
                .isEqualTo(load("messages.properties").stringPropertyNames());
    }

    @Test
    void noTextIsLeftEmpty() throws IOException {
        Properties french = load("messages.properties");
        Properties english = load("messages_en.properties");

        assertThat(french.stringPropertyNames())
                .allSatisfy(key -> assertThat(french.getProperty(key)).as(key).isNotBlank())
                .allSatisfy(key -> assertThat(english.getProperty(key)).as(key).isNotBlank());
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in =
                MessagesBundleTest.class.getResourceAsStream("/fr/messagerie/i18n/" + name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
