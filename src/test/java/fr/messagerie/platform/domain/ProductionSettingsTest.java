package fr.messagerie.platform.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProductionSettingsTest {

    private static final String POSTGRESQL = "jdbc:postgresql://db.internal:5432/messagerie";
    private static final String H2 = "jdbc:h2:mem:messagerie";

    @Test
    void aServerGivenItsSettingsMayTakeTraffic() {
        assertThat(
                        new ProductionSettings(
                                        false, POSTGRESQL, "k-123", "https://portail.example.org")
                                .problems())
                .isEmpty();
    }

    @Test
    void theEmbeddedDefaultsWithoutDemoDataAreEachNamedWithTheirSetting() {
        assertThat(
                        new ProductionSettings(
                                        false, H2, "demo-key", "http://localhost:8080/messagerie")
                                .problems())
                .hasSize(3)
                .anySatisfy(p -> assertThat(p).contains("H2 in memory", "MESSAGERIE_DB_URL"))
                .anySatisfy(p -> assertThat(p).contains("MESSAGERIE_SMS_GATEWAY_KEY"))
                .anySatisfy(
                        p ->
                                assertThat(p)
                                        .contains("not https", "MESSAGERIE_PUBLIC_BASE_URL")
                                        .contains("http://localhost:8080/messagerie"));
    }

    @Test
    void theDemoRunsOnItsDefaults() {
        assertThat(new ProductionSettings(true, H2, "demo-key", "http://localhost:8080").problems())
                .isEmpty();
    }

    @Test
    void aMissingKeyIsAProblemToo() {
        assertThat(new ProductionSettings(false, POSTGRESQL, " ", "https://p.org").problems())
                .singleElement()
                .asString()
                .contains("MESSAGERIE_SMS_GATEWAY_KEY");
    }
}
