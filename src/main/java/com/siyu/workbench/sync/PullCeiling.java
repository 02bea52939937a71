package com.siyu.workbench.sync;

import com.siyu.workbench.wecom.WeComApi;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The ceiling a full contacts pull is measured against: the same externalcontact/list calls and the same
 * batch/get_by_user pages, split into the same side-by-side chains, fetched and parsed exactly as the sync does —
 * and nothing written. Used by the benchmark; the difference to a real run is the cost of the local copy.
 */
public final class PullCeiling {
    private PullCeiling() {
    }

    /** Relations read for {@code members}; {@code pages} receives the number of calls made. */
    public static long readAll(WeComApi api, List<String> members, Executor fetchers, AtomicLong pages) {
        Map<String, Integer> sizes = new LinkedHashMap<>();
        for (String member : members) {
            sizes.put(member, api.listExternalContacts(member).size());
            pages.incrementAndGet();
        }
        List<List<String>> chains = ContactPlanner.lanes(sizes);
        AtomicLong relations = new AtomicLong();
        PagePipeline.walk(fetchers, java.util.Collections.nCopies(chains.size(), ""),
                (chain, cursor) -> api.batchGetByUser(chains.get(chain), cursor, ContactPlanner.PAGE_LIMIT),
                (chain, page) -> {
                    relations.addAndGet(page.items().size());
                    pages.incrementAndGet();
                });
        return relations.get();
    }
}
