package org.sitrep.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.io.ReadOptions;

class JobOptionsTest {
    @Test
    void takesSeveralInputsAfterOneFlagAndRepeatedFlags() {
        JobOptions options = JobOptions.parse("--input", "a.jsonl", "crawl/", "--output", "out", "--input", "b.warc.gz");

        assertThat(options).isEqualTo(new JobOptions(List.of("a.jsonl", "crawl/", "b.warc.gz"), "out", 0,
                ReadOptions.DEFAULT_MAX_BYTES));
    }

    @Test
    void readsPartitionsAndSizeLimit() {
        JobOptions options = JobOptions.parse("--input", "a", "--output", "o", "--partitions", "64", "--max-bytes", "100");

        assertThat(options.partitions()).isEqualTo(64);
        assertThat(options.maxBytes()).isEqualTo(100);
    }

    @Test
    void refusesMissingInputMissingOutputAndUnknownArguments() {
        assertThatThrownBy(() -> JobOptions.parse("--output", "o")).hasMessage("no --input given");
        assertThatThrownBy(() -> JobOptions.parse("--input", "a")).hasMessage("no --output given");
        assertThatThrownBy(() -> JobOptions.parse("--input", "--output", "o"))
                .hasMessage("--input needs at least one path");
        assertThatThrownBy(() -> JobOptions.parse("--input", "a", "--output", "o", "--fast"))
                .hasMessage("unknown argument: --fast");
        assertThatThrownBy(() -> JobOptions.parse("--input", "a", "--output", "o", "--partitions", "many"))
                .hasMessage("--partitions needs a whole number: many");
    }
}
