package com.siyu.workbench.sandbox.model;

import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;

/**
 * The one lock of the in-memory model. Reads run concurrently; a write (or a handler that checks several stores and
 * then writes, such as mark_tag) holds the write lock, which also lets it read.
 */
public final class ModelLock {
    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();

    public <T> T read(Supplier<T> work) {
        lock.readLock().lock();
        try {
            return work.get();
        } finally {
            lock.readLock().unlock();
        }
    }

    public <T> T write(Supplier<T> work) {
        lock.writeLock().lock();
        try {
            return work.get();
        } finally {
            lock.writeLock().unlock();
        }
    }

    public void write(Runnable work) {
        write(() -> {
            work.run();
            return null;
        });
    }
}
