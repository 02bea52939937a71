package com.siyu.workbench.audit;

/** Reads the organisation the team scopes are cut from. */
public interface TeamRepository {
    Organisation organisation();
}
