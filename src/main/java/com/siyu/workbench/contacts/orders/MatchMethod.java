package com.siyu.workbench.contacts.orders;

/** How an order was tied to a customer ({@code orders.match_method}): the four keys of domain rule 7. */
public enum MatchMethod {
    /** contacts.unionid = the order's UnionID: exact, applied automatically. */
    UNIONID,
    /** A phone in the follow's remark_mobiles = the order's phone: exact, applied automatically. */
    PHONE,
    /** The order id (or the file's customer order id) was recorded on the contact as given by the customer. */
    ORDER_ID,
    /** The buyer nickname equals the contact's nickname: only ever a suggestion until a guide confirms it. */
    NICKNAME
}
