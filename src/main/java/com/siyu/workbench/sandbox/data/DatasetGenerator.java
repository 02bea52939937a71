package com.siyu.workbench.sandbox.data;

import com.siyu.workbench.sandbox.model.Contact;
import com.siyu.workbench.sandbox.model.ContactWay;
import com.siyu.workbench.sandbox.model.Follow;
import com.siyu.workbench.sandbox.model.Member;
import com.siyu.workbench.sandbox.model.OrgStore;
import com.siyu.workbench.sandbox.model.SandboxModel;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Builds the deterministic demo corp from a seed, relative to {@code now}: members in stores, customers followed
 * by one to three members with add times over ~6 months (and a few today and yesterday for every rep), tags,
 * channels, some churned relations, customer groups and a few past mass sends. Same seed and now ⇒ same model.
 */
public final class DatasetGenerator {
    private static final double LOST_SHARE = 0.05;

    private final SplittableRandom random;
    private final IdFactory ids;
    private final TimeGenerator time;
    private final ContactFactory factory;
    private final TagGenerator tags;
    private final OrgGenerator org;

    public DatasetGenerator(long seed, int memberCount, Instant now) {
        this.random = new SplittableRandom(seed);
        this.ids = new IdFactory(seed);
        NameGenerator names = new NameGenerator(random.split());
        this.time = new TimeGenerator(random.split(), now);
        this.factory = new ContactFactory(random.split(), ids, names);
        this.org = new OrgGenerator(names, memberCount);
        this.tags = new TagGenerator(random.split(), ids, time.now() - 200 * 86_400L);
    }

    public IdFactory ids() {
        return ids;
    }

    public SandboxModel generate(int contactCount) {
        SandboxModel model = new SandboxModel(new OrgStore(org.departments(), org.members()));
        tags.groups().forEach(model.tags()::putGroup);
        List<Member> reps = model.org().followUsers();
        List<Follow> follows = reps.isEmpty() ? List.of() : contactsAndFollows(model, reps, contactCount);
        follows.stream().sorted(Comparator.comparingLong(Follow::createtime).thenComparing(Follow::externalUserid)
                .thenComparing(Follow::userid)).forEach(model.contacts()::addFollow);
        addContactWays(model, reps);
        new GroupChatGenerator(random.split(), ids, time).addGroups(model, reps);
        new PastMassSends(ids, time).add(model, reps);
        return model;
    }

    private List<Follow> contactsAndFollows(SandboxModel model, List<Member> reps, int contactCount) {
        double[] weights = reps.stream().mapToDouble(m -> m.leadsAnyDepartment() ? 0.4
                : 0.6 + random.nextDouble() * 0.8).toArray();
        Map<String, Integer> perRep = new LinkedHashMap<>();
        List<Follow> follows = new ArrayList<>(contactCount * 11 / 10);
        for (int i = 0; i < contactCount; i++) {
            Contact contact = factory.newContact();
            model.contacts().addContact(contact);
            int primary = weightedPick(weights);
            int extra = reps.size() < 2 ? 0 : random.nextInt(100) < 2 ? 2 : random.nextInt(100) < 10 ? 1 : 0;
            long createtime = 0;
            Set<String> followers = new HashSet<>();
            for (int f = 0; f <= extra; f++) {
                Member rep = reps.get(f == 0 ? primary : (primary + f * (1 + random.nextInt(reps.size() - 1)))
                        % reps.size());
                if (!followers.add(rep.userid())) {
                    continue;
                }
                int nth = perRep.merge(rep.userid(), 1, Integer::sum);
                createtime = f == 0 ? firstAddTime(nth) : time.between(createtime);
                boolean recent = time.now() - createtime < 7 * 86_400L;
                Channel channel = factory.channel();
                Follow follow = factory.newFollow(rep.userid(), contact, createtime, channel,
                        tags.tagsFor(channel, recent));
                follows.add(random.nextDouble() < LOST_SHARE && nth > 4
                        ? follow.lostAt(time.between(createtime)) : follow);
            }
        }
        return follows;
    }

    /** Each rep's first two customers arrived today and the next two yesterday; the rest over the months. */
    private long firstAddTime(int nthOfRep) {
        if (nthOfRep <= 2) {
            return time.today();
        }
        return nthOfRep <= 4 ? time.yesterday() : time.addTimeInHistory();
    }

    private int weightedPick(double[] weights) {
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        double roll = random.nextDouble() * total;
        for (int i = 0; i < weights.length; i++) {
            roll -= weights[i];
            if (roll < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    private void addContactWays(SandboxModel model, List<Member> reps) {
        List<String> guides = reps.stream().filter(m -> !m.leadsAnyDepartment()).map(Member::userid).limit(100)
                .toList();
        List<String> users = guides.isEmpty() ? reps.stream().map(Member::userid).limit(100).toList() : guides;
        if (users.isEmpty()) {
            return;
        }
        long created = time.now() - 60 * 86_400L;
        for (Channel channel : Channel.ALL) {
            model.ways().put(new ContactWay(ids.configId(), users.size() == 1 ? 1 : 2, 2, 1, channel.name(), true,
                    channel.state(), ids.qrCode(), users, List.of(), false, 0, 0, null, null, created));
            created += 3600;
        }
    }
}
