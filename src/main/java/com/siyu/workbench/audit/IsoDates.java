package com.siyu.workbench.audit;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import javafx.util.StringConverter;

/** yyyy-MM-dd whatever the machine's locale: dates read the same in pickers, tables and exports. */
final class IsoDates extends StringConverter<LocalDate> {
    @Override
    public String toString(LocalDate date) {
        return date == null ? "" : date.toString();
    }

    @Override
    public LocalDate fromString(String text) {
        try {
            return text == null || text.isBlank() ? null : LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            // an unreadable date leaves the picker empty; refresh() then says a date is missing
            return null;
        }
    }
}
