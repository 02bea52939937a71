package com.siyu.workbench.content.library;

import com.siyu.workbench.content.Attachment;
import com.siyu.workbench.content.ScriptStep;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** One script step while it is edited: day offset, send window as typed ("11:30"), text and attachments. */
public final class StepModel {
    private final IntegerProperty day = new SimpleIntegerProperty(this, "day");
    private final StringProperty windowStart = new SimpleStringProperty(this, "windowStart", "");
    private final StringProperty windowEnd = new SimpleStringProperty(this, "windowEnd", "");
    private final StringProperty text = new SimpleStringProperty(this, "text", "");
    private final ObservableList<Attachment> attachments = FXCollections.observableArrayList();

    public static StepModel of(ScriptStep step) {
        StepModel m = new StepModel();
        m.day.set(step.dayOffset());
        m.windowStart.set(hhmm(step.windowStart()));
        m.windowEnd.set(hhmm(step.windowEnd()));
        m.text.set(step.text());
        m.attachments.setAll(step.attachments());
        return m;
    }

    /** The step as stored; a window that is not HH:MM counts as none (the field shows the problem). */
    public ScriptStep toStep() {
        return new ScriptStep(day.get(), time(windowStart.get()), time(windowEnd.get()), text.get(), attachments);
    }

    static LocalTime time(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            String v = s.strip();
            return LocalTime.parse(v.length() == 4 ? "0" + v : v);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    static String hhmm(LocalTime t) {
        return t == null ? "" : String.format("%02d:%02d", t.getHour(), t.getMinute());
    }

    public IntegerProperty dayProperty() {
        return day;
    }

    public StringProperty windowStartProperty() {
        return windowStart;
    }

    public StringProperty windowEndProperty() {
        return windowEnd;
    }

    public StringProperty textProperty() {
        return text;
    }

    public ObservableList<Attachment> attachments() {
        return attachments;
    }
}
