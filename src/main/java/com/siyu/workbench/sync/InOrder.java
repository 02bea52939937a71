package com.siyu.workbench.sync;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * Independent remote calls (one list per member, one get per new customer) with a few in flight at once, their
 * answers consumed in the original order on the caller's thread (which does the writing). At most
 * {@code window} calls are outstanding, so memory stays bounded however long the list is.
 */
final class InOrder {
    private InOrder() {
    }

    static <A, B> void map(Executor executor, List<A> items, int window, Function<A, B> call,
                           BiConsumer<A, B> consumer) {
        if (executor == null) {
            items.forEach(item -> consumer.accept(item, call.apply(item)));
            return;
        }
        Deque<CompletableFuture<B>> inFlight = new ArrayDeque<>();
        int next = 0;
        for (int done = 0; done < items.size(); done++) {
            while (next < items.size() && inFlight.size() < window) {
                A item = items.get(next++);
                inFlight.add(CompletableFuture.supplyAsync(() -> call.apply(item), executor));
            }
            consumer.accept(items.get(done), await(inFlight.poll()));
        }
    }

    private static <B> B await(CompletableFuture<B> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw e;
        } catch (CancellationException e) {
            throw e;
        }
    }
}
