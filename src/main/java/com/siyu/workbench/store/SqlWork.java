package com.siyu.workbench.store;

import java.sql.Connection;
import java.sql.SQLException;

/** A unit of JDBC work that may throw {@link SQLException}; {@link Database} wraps it in {@link StoreException}. */
@FunctionalInterface
public interface SqlWork<T> {
    T apply(Connection connection) throws SQLException;
}
