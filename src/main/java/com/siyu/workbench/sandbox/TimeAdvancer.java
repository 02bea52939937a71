package com.siyu.workbench.sandbox;

import com.siyu.workbench.sandbox.data.Channel;
import com.siyu.workbench.sandbox.data.ContactFactory;
import com.siyu.workbench.sandbox.data.IdFactory;
import com.siyu.workbench.sandbox.data.NameGenerator;
import com.siyu.workbench.sandbox.data.TagGenerator;
import com.siyu.workbench.sandbox.model.Contact;
import com.siyu.workbench.sandbox.model.Follow;
import com.siyu.workbench.sandbox.model.Member;
import com.siyu.workbench.sandbox.model.SandboxModel;
import com.siyu.workbench.sandbox.model.Tag;
import com.siyu.workbench.sandbox.model.TagGroup;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Moves the sandbox clock on and lets the corp live meanwhile: new customers arrive for several reps, some customers
 * delete their rep (churn), stages and remarks change. Each advance draws from its own seeded stream, so the same
 * sequence of advances gives the same changes.
 */
final class TimeAdvancer {
    private final SandboxModel model;
    private final SandboxClock clock;
    private final IdFactory ids;
    private final long seed;
    private int advances;

    TimeAdvancer(SandboxModel model, SandboxClock clock, IdFactory ids, long seed) {
        this.model = model;
        this.clock = clock;
        this.ids = ids;
        this.seed = seed;
    }

    AdvanceSummary advance(AdvanceRequest request) {
        return model.lock().write(() -> {
            SplittableRandom random = new SplittableRandom(seed * 7919 + advances++);
            ContactFactory factory = new ContactFactory(random, ids, new NameGenerator(random.split()));
            clock.advance(request.days() * 86_400L);
            long now = clock.now();
            long windowStart = now - Math.max(3600, request.days() * 86_400L);
            List<Member> reps = model.org().followUsers();
            var arrivals = new ArrayList<AdvanceSummary.Arrival>();
            for (int i = 0; i < request.newContacts() && !reps.isEmpty(); i++) {
                arrivals.add(arrive(factory, reps.get(random.nextInt(reps.size())), windowStart, now, random));
            }
            Set<String> arrived = new LinkedHashSet<>();
            arrivals.forEach(a -> arrived.add(a.externalUserid()));
            List<Follow> candidates = pick(model.contacts().allFollows().stream()
                    .filter(f -> !f.lost() && !arrived.contains(f.externalUserid())).toList(),
                    request.lostContacts() + request.tagChanges() + request.remarkChanges(), random);
            var churn = new ArrayList<AdvanceSummary.Churn>();
            var tagChanges = new ArrayList<AdvanceSummary.TagChange>();
            var remarks = new ArrayList<AdvanceSummary.RemarkChange>();
            for (int i = 0; i < candidates.size(); i++) {
                Follow follow = candidates.get(i);
                if (i < request.lostContacts()) {
                    long at = windowStart + (long) (random.nextDouble() * (now - windowStart));
                    model.contacts().update(follow.userid(), follow.externalUserid(), f -> f.lostAt(at));
                    churn.add(new AdvanceSummary.Churn(follow.userid(), follow.externalUserid(), at));
                } else if (i < request.lostContacts() + request.tagChanges()) {
                    restage(follow, random).ifPresent(tagChanges::add);
                } else {
                    String remark = nonEmptyRemark(factory);
                    model.contacts().update(follow.userid(), follow.externalUserid(),
                            f -> f.withRemarks(remark, f.description(), f.remarkCorpName(), f.remarkMobiles()));
                    remarks.add(new AdvanceSummary.RemarkChange(follow.userid(), follow.externalUserid(), remark));
                }
            }
            return new AdvanceSummary(now, request.days(), arrivals, churn, tagChanges, remarks);
        });
    }

    private AdvanceSummary.Arrival arrive(ContactFactory factory, Member rep, long from, long now,
                                          SplittableRandom random) {
        Contact contact = factory.newContact();
        model.contacts().addContact(contact);
        long createtime = from + (long) (random.nextDouble() * (now - from));
        Channel channel = factory.channel();
        List<String> tags = new ArrayList<>();
        liveTag(TagGenerator.STAGE, "新客").ifPresent(tags::add);
        if (channel != null) {
            liveTag(TagGenerator.SOURCE, channel.name()).ifPresent(tags::add);
        }
        Follow stored = model.contacts().addFollow(factory.newFollow(rep.userid(), contact, createtime, channel,
                tags));
        return new AdvanceSummary.Arrival(rep.userid(), contact.externalUserid(), stored.createtime());
    }

    /** Moves the relation to another live 客户阶段 tag. */
    private Optional<AdvanceSummary.TagChange> restage(Follow follow, SplittableRandom random) {
        Optional<TagGroup> stages = model.tags().liveGroupNamed(TagGenerator.STAGE);
        if (stages.isEmpty() || stages.get().liveTags().size() < 2) {
            return Optional.empty();
        }
        List<String> stageIds = stages.get().liveTags().stream().map(Tag::id).toList();
        List<String> removed = follow.tagIds().stream().filter(stageIds::contains).toList();
        List<String> choices = stageIds.stream().filter(id -> !removed.contains(id)).toList();
        String added = choices.get(random.nextInt(choices.size()));
        List<String> tags = new ArrayList<>(follow.tagIds());
        tags.removeAll(removed);
        tags.add(0, added);
        model.contacts().update(follow.userid(), follow.externalUserid(), f -> f.withTags(tags));
        return Optional.of(new AdvanceSummary.TagChange(follow.userid(), follow.externalUserid(), List.of(added),
                removed));
    }

    private Optional<String> liveTag(String groupName, String tagName) {
        return model.tags().liveGroupNamed(groupName).flatMap(g -> g.liveTags().stream()
                .filter(t -> t.name().equals(tagName)).map(Tag::id).findFirst());
    }

    private static String nonEmptyRemark(ContactFactory factory) {
        String remark = factory.remark();
        while (remark.isEmpty()) {
            remark = factory.remark();
        }
        return remark;
    }

    /** Up to {@code count} distinct relations, at random. */
    private static List<Follow> pick(List<Follow> from, int count, SplittableRandom random) {
        List<Follow> pool = new ArrayList<>(from);
        List<Follow> picked = new ArrayList<>();
        for (int i = 0; i < count && !pool.isEmpty(); i++) {
            int index = random.nextInt(pool.size());
            picked.add(pool.get(index));
            pool.set(index, pool.get(pool.size() - 1));
            pool.remove(pool.size() - 1);
        }
        return picked;
    }
}
