package com.siyu.workbench.settings;

/** Where the main window was, so the next start puts it back. */
public record WindowBounds(double x, double y, double width, double height, boolean maximized) {

    public String encode() {
        return x + "," + y + "," + width + "," + height + "," + maximized;
    }

    public static WindowBounds decode(String text) {
        String[] parts = text.split(",");
        if (parts.length != 5) {
            throw new IllegalArgumentException("Bad window bounds: " + text);
        }
        return new WindowBounds(Double.parseDouble(parts[0]), Double.parseDouble(parts[1]),
                Double.parseDouble(parts[2]), Double.parseDouble(parts[3]), Boolean.parseBoolean(parts[4]));
    }
}
