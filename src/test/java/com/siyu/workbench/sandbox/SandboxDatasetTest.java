package com.siyu.workbench.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.siyu.workbench.members.DefaultRoles;
import com.siyu.workbench.members.Role;
import com.siyu.workbench.sandbox.data.Channel;
import com.siyu.workbench.sandbox.data.DatasetGenerator;
import com.siyu.workbench.sandbox.data.TimeGenerator;
import com.siyu.workbench.sandbox.model.Contact;
import com.siyu.workbench.sandbox.model.Follow;
import com.siyu.workbench.sandbox.model.Member;
import com.siyu.workbench.sandbox.model.SandboxModel;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The generated demo corp looks like a real one and is the same for the same seed. */
class SandboxDatasetTest {
    private static final Instant NOW = Instant.parse("2025-03-10T02:00:00Z");

    private static SandboxModel generate(long seed) {
        return new DatasetGenerator(seed, 20, NOW).generate(3000);
    }

    @Test
    void theSameSeedGivesTheSameCorpAndAnotherSeedAnotherOne() {
        SandboxModel a = generate(7);
        SandboxModel b = generate(7);
        assertThat(a.org().members()).isEqualTo(b.org().members());
        assertThat(a.contacts().contacts()).isEqualTo(b.contacts().contacts());
        assertThat(a.contacts().allFollows()).isEqualTo(b.contacts().allFollows());
        assertThat(a.tags().allGroups()).isEqualTo(b.tags().allGroups());
        assertThat(a.groupChats().chats()).isEqualTo(b.groupChats().chats());
        assertThat(generate(8).contacts().contacts()).isNotEqualTo(a.contacts().contacts());
    }

    @Test
    void membersSitInStoresWithPositionsTheAppDerivesRolesFrom() {
        SandboxModel model = generate(7);
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (Member member : model.org().members()) {
            roles.addAll(DefaultRoles.derive(new com.siyu.workbench.members.Member(member.userid(), member.name(),
                    member.position(), member.mainDepartment(), member.department(),
                    member.leadsAnyDepartment() ? member.department() : List.of(), member.customerContact())));
        }
        assertThat(roles).containsExactlyInAnyOrder(Role.values());
        assertThat(model.org().departments().stream().filter(d -> d.parentId() == 3).count()).isEqualTo(4);
        assertThat(model.org().members().stream().filter(Member::leadsAnyDepartment).map(Member::position))
                .containsOnly("店长");
    }

    @Test
    void everyRepHasCustomersAddedTodayAndYesterday() {
        SandboxModel model = generate(7);
        long today = TimeGenerator.dayStart(NOW.getEpochSecond());
        for (Member rep : model.org().followUsers()) {
            List<Follow> follows = model.contacts().follows(rep.userid());
            assertThat(follows.stream().filter(f -> f.createtime() >= today)).hasSizeGreaterThanOrEqualTo(2);
            assertThat(follows.stream().filter(f -> f.createtime() >= today - 86_400 && f.createtime() < today))
                    .hasSizeGreaterThanOrEqualTo(2);
            assertThat(follows).allMatch(f -> f.createtime() <= NOW.getEpochSecond()
                    && f.createtime() > NOW.getEpochSecond() - 181 * 86_400L);
        }
    }

    @Test
    void contactsLookReal() {
        SandboxModel model = generate(7);
        List<Contact> contacts = model.contacts().contacts();
        List<Follow> follows = model.contacts().allFollows();
        assertThat(contacts).hasSize(3000);
        assertThat(contacts.stream().filter(c -> c.unionid() != null).count()).isBetween(1500L, 2400L);
        assertThat(contacts.stream().filter(c -> c.name().matches(".*[A-Za-z].*")).count()).isGreaterThan(100);
        assertThat(contacts.stream().filter(c -> c.name().codePoints().anyMatch(cp -> cp > 0x1F000)).count())
                .isGreaterThan(50);
        assertThat(contacts.stream().filter(c -> c.type() == 2).count()).isPositive();
        Map<String, Long> followersPerContact = follows.stream()
                .collect(Collectors.groupingBy(Follow::externalUserid, Collectors.counting()));
        assertThat(followersPerContact.values().stream().filter(n -> n > 1).count()).isGreaterThan(150);
        assertThat(follows.stream().filter(Follow::lost).count()).isBetween(50L, 250L);
        assertThat(follows.stream().filter(f -> f.remarkMobiles().isEmpty()).count()).isPositive();
        assertThat(follows.stream().map(Follow::remark).filter(r -> r.contains("-") || r.contains(" ")))
                .isNotEmpty();
        Set<String> states = Channel.ALL.stream().map(Channel::state).collect(Collectors.toSet());
        assertThat(follows.stream().map(Follow::state).filter(s -> s != null).collect(Collectors.toSet()))
                .isEqualTo(states);
        assertThat(model.ways().contactWays().stream().map(w -> w.state()).collect(Collectors.toSet()))
                .isEqualTo(states);
        Map<String, String> groupOfTag = model.tags().allGroups().stream().flatMap(g -> g.tags().stream())
                .collect(Collectors.toMap(t -> t.id(), t -> t.groupId()));
        String stageGroup = model.tags().liveGroupNamed("客户阶段").orElseThrow().groupId();
        assertThat(follows).allMatch(f -> f.tagIds().stream().filter(t -> groupOfTag.get(t).equals(stageGroup))
                .count() == 1);
        assertThat(model.groupChats().chats()).isNotEmpty().allMatch(c -> c.chatId().startsWith("wr")
                && c.members().size() > 5);
        assertThat(model.messageTasks().tasks()).isNotEmpty();
        assertThat(contacts.stream().map(Contact::externalUserid).collect(Collectors.toSet())).hasSize(3000);
        assertThat(contacts.stream().collect(Collectors.toMap(Contact::externalUserid, Function.identity())))
                .hasSize(3000);
    }
}
