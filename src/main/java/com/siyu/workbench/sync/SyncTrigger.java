package com.siyu.workbench.sync;

/** Lets the UI ask for a sync (the "立即同步" button) or stop the running one. */
public interface SyncTrigger {
    SyncTrigger NONE = new SyncTrigger() {
        @Override
        public void syncNow() {
        }

        @Override
        public void cancel() {
        }
    };

    void syncNow();

    void cancel();
}
