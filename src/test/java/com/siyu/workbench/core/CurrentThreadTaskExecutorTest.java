package com.siyu.workbench.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class CurrentThreadTaskExecutorTest {
    @Test
    void deliversProgressThenSuccessThenFinished() {
        List<String> events = new ArrayList<>();
        BackgroundTask.wrap(progress -> {
                    progress.progress(1, 2, "half");
                    return 42;
                })
                .onProgress(p -> events.add("progress " + p.fraction()))
                .onSuccess(v -> events.add("success " + v))
                .onFinished(() -> events.add("finished"))
                .executeWith(new CurrentThreadTaskExecutor());
        assertThat(events).containsExactly("progress 0.5", "success 42", "finished");
    }

    @Test
    void aFailureWithoutItsOwnHandlerGoesToTheDefaultHandlerNotNowhere() {
        AtomicReference<Throwable> seen = new AtomicReference<>();
        BackgroundTask.wrap(progress -> {
            throw new IllegalStateException("disk full");
        }).executeWith(new CurrentThreadTaskExecutor(seen::set));
        assertThat(seen.get()).hasMessage("disk full");
    }

    @Test
    void cancellationIsReportedAsCancelled() {
        List<String> events = new ArrayList<>();
        BackgroundTask.wrap(progress -> {
            throw new java.util.concurrent.CancellationException();
        }).onCancelled(() -> events.add("cancelled")).onFailure(e -> events.add("failed"))
                .executeWith(new CurrentThreadTaskExecutor());
        assertThat(events).containsExactly("cancelled");
    }
}
