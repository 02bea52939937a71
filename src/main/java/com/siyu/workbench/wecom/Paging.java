package com.siyu.workbench.wecom;

import com.siyu.workbench.wecom.dto.Page;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Walks cursor-paged WeCom lists lazily: a page is fetched only when the previous one has been consumed, so at most
 * one page is held in memory. A failure of any page surfaces from the stream's terminal operation.
 */
public final class Paging {
    private Paging() {
    }

    /** All items of a cursor-paged list, starting with cursor "" and following {@code next_cursor} to the end. */
    public static <T> Stream<T> stream(Function<String, Page<T>> fetchPage) {
        Iterator<T> items = new PageIterator<>(fetchPage);
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(items, Spliterator.ORDERED), false);
    }

    /** Splits a list into consecutive chunks of at most {@code size} (batch/get_by_user takes ≤100 userids). */
    public static <T> List<List<T>> chunks(List<T> all, int size) {
        List<List<T>> chunks = new ArrayList<>();
        for (int from = 0; from < all.size(); from += size) {
            chunks.add(List.copyOf(all.subList(from, Math.min(all.size(), from + size))));
        }
        return chunks;
    }

    private static final class PageIterator<T> implements Iterator<T> {
        /** A runaway server cannot make a caller page forever (a repeated cursor also ends the walk). */
        private static final int MAX_PAGES = 1_000_000;
        private final Function<String, Page<T>> fetchPage;
        private Iterator<T> current = List.<T>of().iterator();
        private String nextCursor = "";
        private boolean lastFetched;
        private int pages;

        PageIterator(Function<String, Page<T>> fetchPage) {
            this.fetchPage = fetchPage;
        }

        @Override
        public boolean hasNext() {
            while (!current.hasNext() && !lastFetched) {
                if (++pages > MAX_PAGES) {
                    throw new IllegalStateException("WeCom paging did not end after " + MAX_PAGES + " pages");
                }
                String cursor = nextCursor;
                Page<T> page = fetchPage.apply(cursor);
                current = page.items().iterator();
                lastFetched = !page.hasMore() || page.nextCursor().equals(cursor);
                nextCursor = page.nextCursor();
            }
            return current.hasNext();
        }

        @Override
        public T next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            return current.next();
        }
    }
}
