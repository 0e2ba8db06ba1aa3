package org.sitrep.series;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.series.Claim.from;
import static org.sitrep.series.Claim.killed;

import org.junit.jupiter.api.Test;
import org.sitrep.core.Measure;

class EstimatesCsvTest {
    @Test
    void headerNamesTheColumnsUcdpGedShares() {
        assertThat(EstimatesCsv.HEADER).isEqualTo("id,series,year,measure,subject_country,subject_role,country,"
                + "adm_1,where_description,where_prec,date_start,date_end,date_prec,low,best,high,high_open,"
                + "disputed,hedged,number_of_sources,source_original,source_office,source_article,claims");
    }

    @Test
    void writesARowPerSeriesAndDateWithLowBestHighAndTheSources() {
        Series series = Claim.only(killed("s", 1100).about().measure(Measure.CASUALTIES).on("2024-12-23")
                .by("JCS").in("a06"), killed("k", 0).bounds(3000L, null).measure(Measure.CASUALTIES)
                .on("2024-12-23").by(from("Volodymyr Zelenskiy", "UA")).in("a05"),
                killed("k2", 0).bounds(3000L, null).measure(Measure.CASUALTIES)
                .on("2024-12-23").by(from("Volodymyr Zelenskyy", "UA")).in("a05b"));

        assertThat(EstimatesCsv.rows(series)).containsExactly("kp-military-casualties-ru-kursk-oblast@2024-12-23,"
                + "kp-military-casualties-ru-kursk-oblast,2024,casualties,KP,military,RU,Kursk Oblast,Kursk Oblast,4,"
                + "2024-12-23,2024-12-23,1,1100,1100,3000,false,true,false,2,"
                + "Volodymyr Zelensky; South Korean Joint Chiefs of Staff,Outlet of a05; Outlet of a05b; Outlet of a06,"
                + "a05; a05b; a06,k; s");
    }

    @Test
    void leavesPlaceColumnsEmptyForTheNoPlaceSeriesAndQuotesCommas() {
        Series series = Claim.only(killed("c1", 7).nowhere().by("Ministry of Health, Gaza"));

        assertThat(EstimatesCsv.rows(series)).singleElement().satisfies(row -> assertThat(row)
                .startsWith("kp-military-killed@2024-12-19,kp-military-killed,2024,killed,KP,military,,,,,")
                .contains(",\"Ministry of Health, Gaza\","));
    }
}
