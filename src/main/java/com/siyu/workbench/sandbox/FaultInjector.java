package com.siyu.workbench.sandbox;

import java.util.SplittableRandom;

/**
 * Decides, call by call, whether a fault hits. Draws come from one seeded stream, so the n-th call of a run gets the
 * same decision every time (which call is n-th depends on arrival order when clients run concurrently).
 */
final class FaultInjector {
    private final SplittableRandom random;
    private volatile FaultPlan plan;

    FaultInjector(long seed, FaultPlan plan) {
        this.random = new SplittableRandom(seed ^ 0x5DEECE66DL);
        this.plan = plan;
    }

    void setPlan(FaultPlan newPlan) {
        this.plan = newPlan;
    }

    FaultPlan plan() {
        return plan;
    }

    /** The fault for this call, or null. */
    Fault draw() {
        FaultPlan current = plan;
        if (current.rates().isEmpty()) {
            return null;
        }
        double roll;
        synchronized (random) {
            roll = random.nextDouble();
        }
        for (Fault fault : Fault.values()) {
            roll -= current.rate(fault);
            if (roll < 0) {
                return fault;
            }
        }
        return null;
    }
}
