package org.sitrep.series;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class SourceAliasesTest {
    private final SourceAliases aliases = SourceAliases.bundled();

    @Test
    void namesSouthKoreasSpyAgencyTheNationalIntelligenceService() {
        assertThat(List.of("South Korea's spy agency", "NIS", "National Intelligence Service",
                "South Korea’s National Intelligence Service")).allSatisfy(name ->
                assertThat(aliases.canonicalName(name)).isEqualTo("National Intelligence Service"));
        assertThat(aliases.country("NIS")).contains("KR");
    }

    @Test
    void namesBothRomanisationsOfTheLawmakerAlike() {
        assertThat(aliases.canonicalName("Lee Sung-gwen")).isEqualTo("Lee Seong-kweun");
        assertThat(aliases.canonicalName("Lee Seong-kweun")).isEqualTo("Lee Seong-kweun");
    }

    @Test
    void namesEverySpellingOfZelenskyAlike() {
        assertThat(List.of("Volodymyr Zelenskiy", "Volodymyr Zelenskyy", "Zelensky", "Volodymyr Zelensky"))
                .allSatisfy(name -> assertThat(aliases.canonicalName(name)).isEqualTo("Volodymyr Zelensky"));
    }

    @Test
    void namesKyivAndUkraineTheGovernmentOfUkraine() {
        assertThat(aliases.canonicalName("Kyiv")).isEqualTo("Government of Ukraine");
        assertThat(aliases.canonicalName("Ukraine")).isEqualTo("Government of Ukraine");
        assertThat(aliases.canonicalName("the Ukrainian government")).isEqualTo("Government of Ukraine");
    }

    @Test
    void namesHealthMinistryVariantsAlike() {
        assertThat(List.of("Gaza's Health Ministry", "the Health Ministry in Gaza", "Hamas-run health ministry",
                "Gaza Ministry of Health")).allSatisfy(name ->
                assertThat(aliases.canonicalName(name)).isEqualTo("Gaza Health Ministry"));
    }

    @Test
    void namesMonitorsAndUnOfficesByTheirFullNames() {
        assertThat(aliases.canonicalName("SOHR")).isEqualTo("Syrian Observatory for Human Rights");
        assertThat(aliases.canonicalName("Britain-based Syrian Observatory for Human Rights"))
                .isEqualTo("Syrian Observatory for Human Rights");
        assertThat(aliases.canonicalName("OCHA")).isEqualTo("UN Office for the Coordination of Humanitarian Affairs");
        assertThat(aliases.country("OCHA")).isEmpty();
    }

    @Test
    void matchingIgnoresCaseDotsAccentsAndALeadingThe() {
        assertThat(aliases.canonicalName("the pentagon")).isEqualTo("U.S. Department of Defense");
        assertThat(aliases.canonicalName("US Department of Defense")).isEqualTo("U.S. Department of Defense");
        assertThat(aliases.canonicalName("Volodymyr Zelénskiy")).isEqualTo("Volodymyr Zelensky");
    }

    @Test
    void unknownNameStandsForItself() {
        assertThat(aliases.canonicalName(" Joint Chiefs of Staff ")).isEqualTo("Joint Chiefs of Staff");
        assertThat(aliases.country("Joint Chiefs of Staff")).isEmpty();
    }

    @Test
    void refusesASpellingGivenToTwoSources() {
        assertThatThrownBy(() -> SourceAliases.parse(List.of("alias\tname\tcountry", "NIS\tA\tKR", "nis\tB\tKR")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("line 3");
    }

    @Test
    void bundledTableHasAHeaderSayingWhereItsFactsComeFrom() throws Exception {
        try (var in = SourceAliases.class.getResourceAsStream(SourceAliases.RESOURCE)) {
            String text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertThat(text).startsWith("# source-aliases.tsv").contains("# Facts from").contains("\nalias\tname\tcountry\n");
            assertThat(text.lines().filter(l -> !l.startsWith("#"))).allSatisfy(line ->
                    assertThat(line.split("\t", -1)).hasSize(3));
        }
        assertThat(aliases.size()).isGreaterThan(100);
    }
}
