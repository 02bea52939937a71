package com.siyu.workbench.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BenchMainTest {
    @Test
    void kebabNamesMapToBenchClasses() {
        assertThat(BenchMain.className("contacts-search")).isEqualTo("com.siyu.workbench.bench.ContactsSearchBench");
        assertThat(BenchMain.className("sync")).isEqualTo("com.siyu.workbench.bench.SyncBench");
    }

    @Test
    void percentilesComeFromTheRecordedSamples() {
        Stopwatch watch = new Stopwatch();
        for (int i = 1; i <= 100; i++) {
            watch.record(i * 1_000_000L);
        }
        assertThat(watch.percentileMillis(50)).isEqualTo(50.0);
        assertThat(watch.percentileMillis(95)).isEqualTo(95.0);
        assertThat(watch.percentileMillis(100)).isEqualTo(100.0);
    }
}
