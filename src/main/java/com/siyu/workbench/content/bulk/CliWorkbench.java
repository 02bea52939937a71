package com.siyu.workbench.content.bulk;

import com.siyu.workbench.audit.JdbcActivityLog;
import com.siyu.workbench.content.ContentModule;
import com.siyu.workbench.members.Actor;
import com.siyu.workbench.members.JdbcMemberRepository;
import com.siyu.workbench.members.JdbcRoleRepository;
import com.siyu.workbench.members.Member;
import com.siyu.workbench.members.Role;
import com.siyu.workbench.store.Database;
import com.siyu.workbench.store.DatabaseOpenException;
import com.siyu.workbench.sync.JdbcOutbox;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Set;

/** A database and the content module for a headless command, and who the command acts as. */
final class CliWorkbench implements AutoCloseable {
    /** Without {@code --as}, the command acts as a content editor named after the tool. */
    static final Actor COMMAND_LINE = new Actor("cli", "命令行", Set.of(Role.REVIEWER));

    final Database db;
    final ContentModule content;

    CliWorkbench(Path dbFile) throws DatabaseOpenException {
        this.db = Database.open(dbFile);
        Clock clock = Clock.system(ZoneId.of("Asia/Shanghai"));
        this.content = new ContentModule(db, clock, new JdbcActivityLog(db, clock), new JdbcOutbox(db, clock));
    }

    Actor actor(String userid) {
        if (userid == null) {
            return COMMAND_LINE;
        }
        Clock clock = Clock.systemUTC();
        Set<Role> roles = new JdbcRoleRepository(db, clock).rolesOf(userid);
        String name = new JdbcMemberRepository(db, clock).find(userid).map(Member::name).orElse(userid);
        return new Actor(userid, name, roles);
    }

    @Override
    public void close() {
        db.close();
    }
}
