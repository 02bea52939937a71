package com.siyu.workbench.sync;

import com.siyu.workbench.wecom.dto.Page;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * Walks a cursor-paged list with one page of read-ahead: while page n is being written, page n+1 is already being
 * fetched on {@code fetcher}, so a sync costs about max(fetch, write) per page instead of their sum. With no
 * executor it is a plain loop. A failure of either side stops the walk; only pages handed to the consumer were
 * ever written, so the stored cursor is always that of the last written page.
 */
final class PagePipeline {
    private PagePipeline() {
    }

    @FunctionalInterface
    interface PageConsumer<T> {
        void accept(Page<T> page);
    }

    static <T> void walk(Executor fetcher, String startCursor, Function<String, Page<T>> fetch,
                         PageConsumer<T> consumer) {
        Future<Page<T>> pending = submit(fetcher, fetch, startCursor);
        try {
            while (pending != null) {
                Page<T> page = await(pending);
                pending = page.hasMore() ? submit(fetcher, fetch, page.nextCursor()) : null;
                consumer.accept(page);
            }
        } finally {
            if (pending != null) {
                pending.cancel(true);
            }
        }
    }

    private static <T> Future<Page<T>> submit(Executor fetcher, Function<String, Page<T>> fetch, String cursor) {
        if (fetcher == null) {
            CompletableFuture<Page<T>> now = new CompletableFuture<>();
            try {
                now.complete(fetch.apply(cursor));
            } catch (RuntimeException e) {
                now.completeExceptionally(e);
            }
            return now;
        }
        return CompletableFuture.supplyAsync(() -> fetch.apply(cursor), fetcher);
    }

    private static <T> T await(Future<T> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() instanceof java.util.concurrent.CompletionException ce
                    && ce.getCause() != null ? ce.getCause() : e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        }
    }
}
