package com.siyu.workbench.contacts.orders;

import com.siyu.workbench.contacts.PhoneNumbers;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/** Turns one file row into a {@link ParsedOrder}, or into every error the row has (not just the first). */
final class OrderRowParser {
    static final int MAX_ID = 64;
    static final int MAX_TEXT = 500;

    private final ColumnMapping mapping;
    private final ZoneId zone;

    OrderRowParser(ColumnMapping mapping, ZoneId zone) {
        this.mapping = mapping;
        this.zone = zone;
    }

    /** The parse of one row: an order, or the row's errors. */
    record Result(ParsedOrder order, List<RowError> errors) {
    }

    Result parse(TabularFile.Row row) {
        List<RowError> errors = new ArrayList<>();
        int line = row.line();
        String orderId = row.cell(mapping.column(OrderField.ORDER_ID));
        if (orderId.isEmpty()) {
            errors.add(new RowError(line, OrderField.ORDER_ID, "contacts.orders.row.missing", new Object[0]));
        } else if (orderId.length() > MAX_ID) {
            errors.add(new RowError(line, OrderField.ORDER_ID, "contacts.orders.row.tooLong", new Object[] {MAX_ID}));
        }
        Instant orderedAt = time(row, line, errors);
        long cents = amount(row, line, errors);
        String items = text(row, OrderField.ITEMS, line, errors);
        String unionid = text(row, OrderField.UNIONID, line, errors);
        String phone = PhoneNumbers.normalise(row.cell(mapping.column(OrderField.PHONE)));
        String customerRef = text(row, OrderField.CUSTOMER_ORDER_ID, line, errors);
        String nickname = text(row, OrderField.NICKNAME, line, errors);
        if (!errors.isEmpty()) {
            return new Result(null, errors);
        }
        return new Result(new ParsedOrder(line, orderId, orderedAt, cents, items, unionid, phone, customerRef,
                nickname), List.of());
    }

    private Instant time(TabularFile.Row row, int line, List<RowError> errors) {
        String raw = row.cell(mapping.column(OrderField.ORDERED_AT));
        if (raw.isEmpty()) {
            errors.add(new RowError(line, OrderField.ORDERED_AT, "contacts.orders.row.missing", new Object[0]));
            return null;
        }
        Instant at = OrderTimes.parse(raw, zone);
        if (at == null) {
            errors.add(new RowError(line, OrderField.ORDERED_AT, "contacts.orders.row.badTime", new Object[] {raw}));
        }
        return at;
    }

    private long amount(TabularFile.Row row, int line, List<RowError> errors) {
        String raw = row.cell(mapping.column(OrderField.AMOUNT));
        if (raw.isEmpty()) {
            errors.add(new RowError(line, OrderField.AMOUNT, "contacts.orders.row.missing", new Object[0]));
            return 0;
        }
        try {
            return Amounts.parseCents(raw);
        } catch (Amounts.BadAmount bad) {
            errors.add(new RowError(line, OrderField.AMOUNT, bad.reasonKey, new Object[] {raw}));
            return 0;
        }
    }

    private String text(TabularFile.Row row, OrderField field, int line, List<RowError> errors) {
        String value = row.cell(mapping.column(field));
        if (value.length() > MAX_TEXT) {
            errors.add(new RowError(line, field, "contacts.orders.row.tooLong", new Object[] {MAX_TEXT}));
        }
        return value;
    }
}
