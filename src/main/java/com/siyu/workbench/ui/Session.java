package com.siyu.workbench.ui;

import com.siyu.workbench.members.Actor;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/** Who is working at this desk right now. Screens follow it; services get its {@link Actor} on every call. */
public final class Session {
    private final ReadOnlyObjectWrapper<Actor> actor = new ReadOnlyObjectWrapper<>(this, "actor");
    private final ReadOnlyLongWrapper localCopyRevision = new ReadOnlyLongWrapper(this, "localCopyRevision");

    public ReadOnlyObjectProperty<Actor> actorProperty() {
        return actor.getReadOnlyProperty();
    }

    public Actor actor() {
        return actor.get();
    }

    public void signIn(Actor who) {
        actor.set(who);
    }

    /**
     * Moves on each time a sync changed the local copy underneath the screens; a shown screen that lists synced
     * data re-reads it (keeping the user's place) instead of waiting to be opened again.
     */
    public ReadOnlyLongProperty localCopyRevisionProperty() {
        return localCopyRevision.getReadOnlyProperty();
    }

    public void localCopyChanged() {
        localCopyRevision.set(localCopyRevision.get() + 1);
    }
}
