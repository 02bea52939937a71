package com.siyu.workbench.audit;

/** A column of an exported table: its header (in the UI language) and how its values are written. */
public record ExportColumn(String header, Kind kind) {
    public enum Kind {
        TEXT,
        /** Whole numbers. */
        INTEGER,
        /** Numbers with decimals (minutes, percent points). */
        DECIMAL,
        /** A fraction (0.85) written as a percentage (85.0%). */
        PERCENT,
        /** An amount in yuan, two decimals. */
        MONEY,
        /** Personal data: masked on export unless the exporting actor may see full phone numbers. */
        PHONE
    }

    public static ExportColumn text(String header) {
        return new ExportColumn(header, Kind.TEXT);
    }

    public static ExportColumn integer(String header) {
        return new ExportColumn(header, Kind.INTEGER);
    }

    public static ExportColumn decimal(String header) {
        return new ExportColumn(header, Kind.DECIMAL);
    }

    public static ExportColumn percent(String header) {
        return new ExportColumn(header, Kind.PERCENT);
    }

    public static ExportColumn money(String header) {
        return new ExportColumn(header, Kind.MONEY);
    }

    public static ExportColumn phone(String header) {
        return new ExportColumn(header, Kind.PHONE);
    }
}
