package com.siyu.workbench.sync;

import com.siyu.workbench.wecom.dto.Page;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Walks several cursor-paged lists ("chains") at once with read-ahead, handing their pages to one consumer (the
 * writer) in arrival order. Each chain is fetched by its own task on {@code fetchers}, so page n+1 of a chain is on
 * its way while page n is written, and the chains' round trips overlap (within a chain fetching stays sequential:
 * the next cursor comes with the previous answer). Without an executor the chains are walked one after another.
 * A failure on either side stops every chain; only pages handed to the consumer were ever written, so each chain's
 * stored position is that of its last written page.
 */
final class PagePipeline {
    /** Pages waiting to be written, over all chains. */
    static final int AHEAD = 32;

    private PagePipeline() {
    }

    /** Fetches one page of chain {@code chain} from {@code cursor}. */
    @FunctionalInterface
    interface Fetch<T> {
        Page<T> page(int chain, String cursor);
    }

    /** Receives each page with the index of its chain. */
    @FunctionalInterface
    interface PageConsumer<T> {
        void accept(int chain, Page<T> page);
    }

    /** What a fetcher hands over: a page, or the failure that ends the walk. */
    private record Item<T>(int chain, Page<T> page, RuntimeException failure) {
    }

    /**
     * Walks every chain whose start cursor is not null (null = that chain is already done), each from its cursor
     * ("" = from the beginning).
     */
    static <T> void walk(Executor fetchers, List<String> startCursors, Fetch<T> fetch, PageConsumer<T> consumer) {
        if (fetchers == null) {
            for (int chain = 0; chain < startCursors.size(); chain++) {
                String cursor = startCursors.get(chain);
                while (cursor != null) {
                    Page<T> page = fetch.page(chain, cursor);
                    consumer.accept(chain, page);
                    cursor = page.hasMore() ? page.nextCursor() : null;
                }
            }
            return;
        }
        BlockingQueue<Item<T>> ready = new ArrayBlockingQueue<>(AHEAD);
        AtomicBoolean stop = new AtomicBoolean();
        List<FutureTask<Void>> producers = new ArrayList<>();
        int open = 0;
        for (int chain = 0; chain < startCursors.size(); chain++) {
            if (startCursors.get(chain) == null) {
                continue;
            }
            int index = chain;
            String start = startCursors.get(chain);
            FutureTask<Void> producer = new FutureTask<>(() -> {
                produce(index, start, fetch, ready, stop);
                return null;
            });
            producers.add(producer);
            fetchers.execute(producer);
            open++;
        }
        try {
            while (open > 0) {
                Item<T> item = ready.take();
                if (item.failure() != null) {
                    throw item.failure();
                }
                consumer.accept(item.chain(), item.page());
                if (!item.page().hasMore()) {
                    open--;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException();
        } finally {
            stop.set(true);
            producers.forEach(p -> p.cancel(true)); // interrupts fetches in progress
            ready.clear();
        }
    }

    private static <T> void produce(int chain, String startCursor, Fetch<T> fetch, BlockingQueue<Item<T>> ready,
                                    AtomicBoolean stop) {
        String cursor = startCursor;
        while (!stop.get()) {
            Item<T> item;
            try {
                item = new Item<>(chain, fetch.page(chain, cursor), null);
            } catch (RuntimeException e) {
                item = new Item<>(chain, null, e);
            }
            if (!handOver(ready, item, stop) || item.failure() != null || !item.page().hasMore()) {
                return;
            }
            cursor = item.page().nextCursor();
        }
    }

    /** Waits for room in the queue unless the walk was stopped meanwhile. */
    private static <T> boolean handOver(BlockingQueue<Item<T>> ready, Item<T> item, AtomicBoolean stop) {
        try {
            while (!stop.get()) {
                if (ready.offer(item, 50, TimeUnit.MILLISECONDS)) {
                    return true;
                }
            }
        } catch (InterruptedException stopped) {
            Thread.currentThread().interrupt();
        }
        return false;
    }
}
