package org.sitrep.series;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.series.Claim.from;
import static org.sitrep.series.Claim.killed;

import org.junit.jupiter.api.Test;
import org.sitrep.core.Measure;

class SeriesJsonTest {
    @Test
    void writesTheSeriesShapeOfTheClaimFormat() {
        Series series = Claim.only(killed("3f9c2a1b", 100).bounds(100L, null).by(from("Lee Seong-kweun", "KR"),
                Claim.source("NIS")).in("a17"), killed("9a9a9a9a", 100).bounds(100L, null).in("a40"),
                killed("77d0e5c4", 300).about().on("2025-01-13").in("a50"));

        assertThat(SeriesJson.line(series)).isEqualTo("{\"key\":\"kp-military-killed-ru-kursk-oblast\","
                + "\"title\":\"KP military killed · RU Kursk Oblast\",\"measure\":\"killed\","
                + "\"subject\":{\"country\":\"KP\",\"role\":\"military\"},"
                + "\"place\":{\"name\":\"Kursk Oblast\",\"country\":\"RU\",\"precision\":\"region\"},"
                + "\"claims\":["
                + "{\"claim\":\"3f9c2a1b\",\"articles\":[\"a17\",\"a40\"],\"date\":\"2024-12-19\","
                + "\"value\":{\"low\":100,\"high\":null,\"approx\":false},"
                + "\"sources\":[\"Lee Seong-kweun\",\"National Intelligence Service\"],\"certainty\":\"asserted\"},"
                + "{\"claim\":\"77d0e5c4\",\"articles\":[\"a50\"],\"date\":\"2025-01-13\","
                + "\"value\":{\"low\":300,\"high\":300,\"approx\":true},"
                + "\"sources\":[\"National Intelligence Service\"],\"certainty\":\"asserted\"}],"
                + "\"revisions\":[{\"from\":\"3f9c2a1b\",\"to\":\"77d0e5c4\",\"source\":\"National Intelligence Service\"}],"
                + "\"conflicts\":[],"
                + "\"estimates\":[{\"date\":\"2024-12-19\",\"low\":100,\"best\":100,\"high\":100,\"claims\":[\"3f9c2a1b\"],"
                + "\"high_open\":true,\"disputed\":false,\"hedged\":false},"
                + "{\"date\":\"2025-01-13\",\"low\":300,\"best\":300,\"high\":300,\"claims\":[\"77d0e5c4\"],"
                + "\"high_open\":false,\"disputed\":false,\"hedged\":false}],"
                + "\"related\":[],\"checks\":[]}");
    }

    @Test
    void writesNoPlaceAndAnOpenCountryAsNull() {
        Series series = Claim.only(killed("c1", 5).subject(null, org.sitrep.core.Role.CIVILIAN).nowhere()
                .measure(Measure.WOUNDED));

        assertThat(SeriesJson.line(series)).contains("\"subject\":{\"country\":null,\"role\":\"civilian\"}",
                "\"place\":null");
    }

    @Test
    void escapesQuotesBackslashesAndControlCharacters() {
        assertThat(SeriesJson.string("a \"b\" \\ c\n\u0001")).isEqualTo("\"a \\\"b\\\" \\\\ c\\n\\u0001\"");
    }
}
