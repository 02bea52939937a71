package com.siyu.workbench.ui;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/** Builds FXML controllers with their dependencies, as registered once by the composition root. */
public final class ControllerFactory {
    private final Map<Class<?>, Supplier<?>> suppliers = new HashMap<>();

    public <T> ControllerFactory register(Class<T> type, Supplier<? extends T> supplier) {
        suppliers.put(type, supplier);
        return this;
    }

    public Object create(Class<?> type) {
        Supplier<?> supplier = suppliers.get(type);
        if (supplier != null) {
            return supplier.get();
        }
        try {
            // Small views without dependencies need no registration.
            return type.getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("No controller registered for " + type.getName(), e);
        }
    }
}
