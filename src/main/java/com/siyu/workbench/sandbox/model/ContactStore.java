package com.siyu.workbench.sandbox.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Customers and their follow relations. Each member's relations are kept in {@code seq} order (append-only), which
 * is what makes cursor paging stable while contacts arrive and leave.
 *
 * <p>Churn is observable like this: when a customer deletes their rep (admin {@code advance}, {@code lostContacts})
 * the relation gets {@code lostAt}; from then on it is missing from externalcontact/list and batch/get_by_user of
 * that rep, from {@code follow_user} of externalcontact/get (84061 with {@code follow_user:[]} once no relation is
 * left), writes on it answer 84061, and the rep's get_user_behavior_data counts it in {@code negative_feedback_cnt}
 * on that day. {@link #follows(String)} still returns it with {@link Follow#lost()} for test assertions.
 */
public final class ContactStore {
    private final ModelLock lock;
    private final Map<String, Contact> contacts = new LinkedHashMap<>();
    private final Map<String, List<FollowEntry>> byMember = new LinkedHashMap<>();
    private final Map<String, List<FollowEntry>> byContact = new HashMap<>();
    private long nextSeq = 1;

    public ContactStore(ModelLock lock) {
        this.lock = lock;
    }

    /** A page of batch/get_by_user: the items and where the next page starts ({@code more} false = last page). */
    public record Page(List<FollowEntry> items, int nextMemberIndex, long nextAfterSeq, boolean more) {
    }

    public void addContact(Contact contact) {
        lock.write(() -> {
            contacts.put(contact.externalUserid(), contact);
        });
    }

    /** Adds a relation; the {@code seq} of {@code follow} is replaced by the next one. */
    public Follow addFollow(Follow follow) {
        return lock.write(() -> {
            Contact contact = contacts.get(follow.externalUserid());
            if (contact == null) {
                throw new IllegalArgumentException("unknown contact " + follow.externalUserid());
            }
            Follow stored = new Follow(nextSeq++, follow.userid(), follow.externalUserid(), follow.remark(),
                    follow.description(), follow.createtime(), follow.tagIds(), follow.remarkCorpName(),
                    follow.remarkMobiles(), follow.operUserid(), follow.addWay(), follow.state(), follow.lostAt());
            FollowEntry entry = new FollowEntry(stored, contact);
            byMember.computeIfAbsent(stored.userid(), k -> new ArrayList<>()).add(entry);
            byContact.computeIfAbsent(stored.externalUserid(), k -> new ArrayList<>(2)).add(entry);
            return stored;
        });
    }

    public Optional<Contact> contact(String externalUserid) {
        return lock.read(() -> Optional.ofNullable(contacts.get(externalUserid)));
    }

    public List<Contact> contacts() {
        return lock.read(() -> List.copyOf(contacts.values()));
    }

    public int contactCount() {
        return lock.read(contacts::size);
    }

    /** Every relation of the member in {@code seq} order, lost ones included. */
    public List<Follow> follows(String userid) {
        return lock.read(() -> byMember.getOrDefault(userid, List.of()).stream().map(FollowEntry::follow).toList());
    }

    /** Every relation of the customer, lost ones included. */
    public List<Follow> followsOfContact(String externalUserid) {
        return lock.read(() -> byContact.getOrDefault(externalUserid, List.of()).stream()
                .map(FollowEntry::follow).toList());
    }

    public List<Follow> activeFollowsOfContact(String externalUserid) {
        return followsOfContact(externalUserid).stream().filter(f -> !f.lost()).toList();
    }

    /** The active relation, if the member still has this customer. */
    public Optional<Follow> activeFollow(String userid, String externalUserid) {
        return lock.read(() -> entry(userid, externalUserid).map(FollowEntry::follow).filter(f -> !f.lost()));
    }

    /** External userids of the member's active customers, in {@code seq} order (externalcontact/list). */
    public List<String> activeCustomerIds(String userid) {
        return lock.read(() -> byMember.getOrDefault(userid, List.of()).stream().map(FollowEntry::follow)
                .filter(f -> !f.lost()).map(Follow::externalUserid).toList());
    }

    /** Every relation in the store (active and lost), member by member. */
    public List<Follow> allFollows() {
        return lock.read(() -> byMember.values().stream().flatMap(List::stream).map(FollowEntry::follow).toList());
    }

    /** Replaces an active relation; 84061 when the member has no (active) relation with the customer. */
    public Follow update(String userid, String externalUserid, UnaryOperator<Follow> change) {
        return lock.write(() -> {
            FollowEntry entry = entry(userid, externalUserid).filter(e -> !e.follow().lost())
                    .orElseThrow(WeComError::notExternalContact);
            Follow updated = change.apply(entry.follow());
            entry.replace(updated);
            return updated;
        });
    }

    /** Strips deleted tags from every relation that carries them (del_corp_tag); returns how many changed. */
    public int removeTagsEverywhere(java.util.Set<String> tagIds) {
        return lock.write(() -> {
            int changed = 0;
            for (List<FollowEntry> list : byMember.values()) {
                for (FollowEntry entry : list) {
                    Follow follow = entry.follow();
                    if (follow.tagIds().stream().anyMatch(tagIds::contains)) {
                        entry.replace(follow.withTags(follow.tagIds().stream()
                                .filter(t -> !tagIds.contains(t)).toList()));
                        changed++;
                    }
                }
            }
            return changed;
        });
    }

    /**
     * The next page of the members' active relations, starting after ({@code memberIndex}, {@code afterSeq}).
     * Looks one item ahead so the last page says so and never hands out a cursor to an empty page.
     */
    public Page page(List<String> userids, int memberIndex, long afterSeq, int limit) {
        return lock.read(() -> {
            List<FollowEntry> items = new ArrayList<>(limit);
            int lastMember = memberIndex;
            long after = afterSeq;
            for (int m = memberIndex; m < userids.size(); m++, after = 0) {
                List<FollowEntry> list = byMember.getOrDefault(userids.get(m), List.of());
                for (int i = firstAfter(list, after); i < list.size(); i++) {
                    FollowEntry entry = list.get(i);
                    if (entry.follow().lost()) {
                        continue;
                    }
                    if (items.size() == limit) {
                        return new Page(items, lastMember, items.get(limit - 1).seq(), true);
                    }
                    items.add(entry);
                    lastMember = m;
                }
            }
            return new Page(items, userids.size(), 0, false);
        });
    }

    private static int firstAfter(List<FollowEntry> list, long afterSeq) {
        int low = 0;
        int high = list.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (list.get(mid).seq() <= afterSeq) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    private Optional<FollowEntry> entry(String userid, String externalUserid) {
        return byContact.getOrDefault(externalUserid, List.of()).stream()
                .filter(e -> e.follow().userid().equals(userid)).findFirst();
    }
}
