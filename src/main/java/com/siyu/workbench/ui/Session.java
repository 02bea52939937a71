package com.siyu.workbench.ui;

import com.siyu.workbench.members.Actor;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/** Who is working at this desk right now. Screens follow it; services get its {@link Actor} on every call. */
public final class Session {
    private final ReadOnlyObjectWrapper<Actor> actor = new ReadOnlyObjectWrapper<>(this, "actor");

    public ReadOnlyObjectProperty<Actor> actorProperty() {
        return actor.getReadOnlyProperty();
    }

    public Actor actor() {
        return actor.get();
    }

    public void signIn(Actor who) {
        actor.set(who);
    }
}
