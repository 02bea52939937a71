package com.siyu.workbench.queue;

import com.siyu.workbench.queue.generate.GenerationResult;
import com.siyu.workbench.queue.generate.QueueGenerator;
import com.siyu.workbench.store.Database;
import com.siyu.workbench.store.Sql;
import java.util.ArrayList;
import java.util.List;

/**
 * When the app regenerates queues. Each call is idempotent and runs from the local copy, so calling it more often
 * than needed costs a little time and never duplicates a task. Call it off the FX thread.
 */
public final class QueueRefresh {
    private final Database db;
    private final QueueGenerator generator;

    public QueueRefresh(Database db, QueueGenerator generator) {
        this.db = db;
        this.generator = generator;
    }

    /** A member signed in (or switched to): their queue for today. */
    public GenerationResult onSignIn(String userid) {
        return generator.generate(userid, generator.today());
    }

    /** The date changed while the app was open: everyone's queue for the new day. */
    public List<GenerationResult> onDayRollover() {
        return everyone();
    }

    /** A sync brought new or changed contacts: today's queues, so new contacts get their greet task at once. */
    public List<GenerationResult> afterSync() {
        return everyone();
    }

    /** A rule was saved: today's queues follow the new revision (only that rule's untouched tasks change). */
    public List<GenerationResult> afterRuleEdit() {
        return everyone();
    }

    private List<GenerationResult> everyone() {
        List<String> members = db.read(c -> Sql.query(c, "SELECT userid FROM members WHERE is_follow_user = 1"
                + " UNION SELECT DISTINCT userid FROM follows ORDER BY 1", rs -> rs.getString(1)));
        List<GenerationResult> results = new ArrayList<>();
        for (String member : members) {
            results.add(generator.generate(member, generator.today()));
        }
        return results;
    }
}
