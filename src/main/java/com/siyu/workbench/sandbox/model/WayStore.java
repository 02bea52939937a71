package com.siyu.workbench.sandbox.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** 「联系我」 contact ways, 「加入群聊」 join ways and group welcome templates, in creation order. */
public final class WayStore {
    private final ModelLock lock;
    private final Map<String, ContactWay> contactWays = new LinkedHashMap<>();
    private final Map<String, JoinWay> joinWays = new LinkedHashMap<>();
    private final Map<String, WelcomeTemplate> welcomeTemplates = new LinkedHashMap<>();

    public WayStore(ModelLock lock) {
        this.lock = lock;
    }

    public void put(ContactWay way) {
        lock.write(() -> {
            contactWays.put(way.configId(), way);
        });
    }

    public void put(JoinWay way) {
        lock.write(() -> {
            joinWays.put(way.configId(), way);
        });
    }

    public void put(WelcomeTemplate template) {
        lock.write(() -> {
            welcomeTemplates.put(template.templateId(), template);
        });
    }

    public boolean removeWelcomeTemplate(String templateId) {
        return lock.write(() -> welcomeTemplates.remove(templateId) != null);
    }

    public boolean removeJoinWay(String configId) {
        return lock.write(() -> joinWays.remove(configId) != null);
    }

    public List<ContactWay> contactWays() {
        return lock.read(() -> List.copyOf(contactWays.values()));
    }

    public Optional<ContactWay> contactWay(String configId) {
        return lock.read(() -> Optional.ofNullable(contactWays.get(configId)));
    }

    public List<JoinWay> joinWays() {
        return lock.read(() -> List.copyOf(joinWays.values()));
    }

    public Optional<JoinWay> joinWay(String configId) {
        return lock.read(() -> Optional.ofNullable(joinWays.get(configId)));
    }

    public List<WelcomeTemplate> welcomeTemplates() {
        return lock.read(() -> List.copyOf(welcomeTemplates.values()));
    }

    public Optional<WelcomeTemplate> welcomeTemplate(String templateId) {
        return lock.read(() -> Optional.ofNullable(welcomeTemplates.get(templateId)));
    }

    /** Contact ways plus join ways: WeCom counts both against one per-corp quota. */
    public int wayCount() {
        return lock.read(() -> contactWays.size() + joinWays.size());
    }
}
