package com.siyu.workbench.queue.generate;

import com.siyu.workbench.queue.rules.SopRule;
import com.siyu.workbench.queue.rules.TriggerType;
import java.util.Collection;

/** Which optional facts the enabled rules need, so generation reads orders, groups or dates only when used. */
public record FactNeeds(boolean orders, boolean groups, boolean dates) {
    public static FactNeeds of(Collection<SopRule> rules) {
        boolean orders = false;
        boolean groups = false;
        boolean dates = false;
        for (SopRule rule : rules) {
            TriggerType type = rule.trigger().type();
            orders |= type == TriggerType.DAYS_SINCE_ORDER || rule.stop().bought();
            groups |= rule.stop().joinedGroup();
            dates |= type == TriggerType.DATE_FIELD;
        }
        return new FactNeeds(orders, groups, dates);
    }
}
