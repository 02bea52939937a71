package com.siyu.workbench.sandbox.model;

import java.util.function.BiFunction;

/**
 * A follow relation as stored: the current {@link Follow} and {@link Contact} plus the serialised
 * batch/get_by_user item built from exactly those two records. A write swaps the records; the cached bytes are then
 * stale by identity and rebuilt on the next read, so no reader ever sees bytes of an older state.
 */
public final class FollowEntry {
    private final long seq;
    private volatile Follow follow;
    private final Contact contact;
    private volatile Cached cached;

    FollowEntry(Follow follow, Contact contact) {
        this.seq = follow.seq();
        this.follow = follow;
        this.contact = contact;
    }

    public long seq() {
        return seq;
    }

    public Follow follow() {
        return follow;
    }

    public Contact contact() {
        return contact;
    }

    void replace(Follow newFollow) {
        this.follow = newFollow;
    }

    /** The item's JSON bytes, built by {@code serializer} when the cache is missing or stale. */
    public byte[] json(BiFunction<Follow, Contact, byte[]> serializer) {
        Follow f = follow;
        Contact c = contact;
        Cached current = cached;
        if (current != null && current.follow == f && current.contact == c) {
            return current.bytes;
        }
        byte[] bytes = serializer.apply(f, c);
        if (follow == f && contact == c) {
            cached = new Cached(f, c, bytes);
        }
        return bytes;
    }

    private record Cached(Follow follow, Contact contact, byte[] bytes) {
    }
}
