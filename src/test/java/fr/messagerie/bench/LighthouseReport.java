package fr.messagerie.bench;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The figures the harness keeps from one Lighthouse JSON report. */
record LighthouseReport(
        int score,
        double firstContentfulPaintMs,
        double largestContentfulPaintMs,
        double totalBlockingTimeMs,
        double totalKb) {

    static LighthouseReport read(Path json) throws IOException {
        try (Reader in = Files.newBufferedReader(json, StandardCharsets.UTF_8);
                JsonReader reader = Json.createReader(in)) {
            JsonObject report = reader.readObject();
            JsonObject audits = report.getJsonObject("audits");
            return new LighthouseReport(
                    (int)
                            Math.round(
                                    100
                                            * report.getJsonObject("categories")
                                                    .getJsonObject("performance")
                                                    .getJsonNumber("score")
                                                    .doubleValue()),
                    value(audits, "first-contentful-paint"),
                    value(audits, "largest-contentful-paint"),
                    value(audits, "total-blocking-time"),
                    value(audits, "total-byte-weight") / 1024);
        }
    }

    /** The error code of a run that measured nothing (Lighthouse's runtimeError), else null. */
    static String runtimeError(Path json) throws IOException {
        try (Reader in = Files.newBufferedReader(json, StandardCharsets.UTF_8);
                JsonReader reader = Json.createReader(in)) {
            JsonObject error = reader.readObject().getJsonObject("runtimeError");
            return error == null ? null : error.getString("code", "unknown");
        }
    }

    private static double value(JsonObject audits, String audit) {
        return audits.getJsonObject(audit).getJsonNumber("numericValue").doubleValue();
    }
}
