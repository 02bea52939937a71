package com.siyu.workbench.store;

/** A database read or write failed. Unchecked so it reaches the caller through lambdas; never swallowed. */
public class StoreException extends RuntimeException {
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
