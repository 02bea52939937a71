package com.siyu.workbench.contacts.orders;

import java.time.Instant;

/**
 * One valid order row. {@code phone} is normalised to digits ("" when absent or masked); empty strings mean absent.
 */
public record ParsedOrder(int line, String orderId, Instant orderedAt, long amountCents, String items, String unionid,
                          String phone, String customerOrderRef, String nickname) {
    boolean sameSale(Instant otherTime, long otherCents) {
        return orderedAt.equals(otherTime) && amountCents == otherCents;
    }
}
