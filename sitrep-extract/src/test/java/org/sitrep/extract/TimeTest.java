package org.sitrep.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.sitrep.core.Article;
import org.sitrep.core.Figure;
import org.sitrep.core.Precision;

/** Times resolved against the article's date. */
class TimeTest {
    private static Figure at(String text, String published) {
        Article a = new Article("t", null, null, null, LocalDate.parse(published), text);
        return Extracted.figures(a).get(0);
    }

    @Test
    void weekdayResolvesToTheLastSuchDayOnOrBeforePublication() {
        Figure f = at("Twelve civilians were killed on Monday, officials said.", "2024-12-26");
        assertThat(f.time().start()).isEqualTo(LocalDate.parse("2024-12-23"));
        assertThat(f.time().precision()).isEqualTo(Precision.DAY);
        assertThat(f.time().text()).isEqualTo("Monday");
    }

    @Test
    void dateWithoutYearTakesThePublicationYearUnlessThatIsLater() {
        assertThat(at("On March 17, 61 bodies were found.", "2017-03-26").time().start())
                .isEqualTo(LocalDate.parse("2017-03-17"));
        assertThat(at("On 30 December, 61 bodies were found.", "2025-01-02").time().start())
                .isEqualTo(LocalDate.parse("2024-12-30"));
    }

    @Test
    void sinceDateIsARangeUpToPublication() {
        Figure f = at("At least 7,028 Palestinians have been killed since October 7.", "2023-10-26");
        assertThat(f.time().start()).isEqualTo(LocalDate.parse("2023-10-07"));
        assertThat(f.time().end()).isEqualTo(LocalDate.parse("2023-10-26"));
    }

    @Test
    void monthAndYearHaveTheirPrecision() {
        assertThat(at("In December, 100 soldiers were killed.", "2025-01-13").time().precision()).isEqualTo(Precision.MONTH);
        assertThat(at("In 2023, 4,360 people were killed.", "2024-01-01").time().precision()).isEqualTo(Precision.YEAR);
    }

    @Test
    void noTimeWordsGiveNoTime() {
        assertThat(at("Twelve civilians were killed.", "2024-01-01").time()).isNull();
    }

    @Test
    void sinceAnEventInAYearRunsToPublication() {
        Figure f = at("Pyongyang has sent thousands of soldiers since Russia's invasion of Ukraine in 2022.", "2025-01-13");
        assertThat(f.time().start()).isEqualTo(LocalDate.parse("2022-01-01"));
        assertThat(f.time().end()).isEqualTo(LocalDate.parse("2025-01-13"));
    }
}
