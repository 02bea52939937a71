package com.siyu.workbench.sandbox;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * A snapshot for GET /sandbox/stats and {@link SandboxServer#stats()}: the model's size, and how many calls each
 * path served, which faults hit and which errcodes went out (keys sorted).
 */
public record SandboxStats(long now, int members, int contacts, long activeFollows, long lostFollows,
                           int tagGroups, int tags, int groupChats, int messageTasks, int pendingSends,
                           int contactWays, int joinWays, int welcomeTemplates, int tokensIssued,
                           Map<String, Long> requests, Map<String, Long> faults, Map<String, Long> errcodes) {
    public SandboxStats {
        requests = Collections.unmodifiableMap(new TreeMap<>(requests));
        faults = Collections.unmodifiableMap(new TreeMap<>(faults));
        errcodes = Collections.unmodifiableMap(new TreeMap<>(errcodes));
    }

    public long requests(String path) {
        return requests.getOrDefault(path, 0L);
    }

    public long faults(Fault fault) {
        return faults.getOrDefault(fault.key(), 0L);
    }

    public long errcodes(int errcode) {
        return errcodes.getOrDefault(String.valueOf(errcode), 0L);
    }
}
