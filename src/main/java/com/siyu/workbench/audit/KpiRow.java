package com.siyu.workbench.audit;

import java.util.List;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.layout.Pane;

/**
 * The row of KPI tiles: equal-width tiles that share the full width, and wrap into balanced rows (7 tiles as 4 + 3,
 * not 6 + 1) once the width cannot give every tile its minimum — the tile's own minimum (its figure and its label
 * never shrink) or {@link #setMinTileWidth} if larger. A figure is never clipped or ellipsized.
 */
public final class KpiRow extends Pane {
    private double hgap = 10;
    private double vgap = 8;
    private double minTileWidth = 120;

    public KpiRow() {
        getStyleClass().add("kpi-row");
    }

    public double getHgap() {
        return hgap;
    }

    public void setHgap(double hgap) {
        this.hgap = hgap;
        requestLayout();
    }

    public double getVgap() {
        return vgap;
    }

    public void setVgap(double vgap) {
        this.vgap = vgap;
        requestLayout();
    }

    public double getMinTileWidth() {
        return minTileWidth;
    }

    public void setMinTileWidth(double minTileWidth) {
        this.minTileWidth = minTileWidth;
        requestLayout();
    }

    /** How many tiles go side by side at this content width. */
    int columnsFor(double contentWidth) {
        int tiles = tiles().size();
        if (tiles == 0) {
            return 1;
        }
        double tileMin = tileMinWidth();
        int fit = (int) Math.floor((contentWidth + hgap) / (tileMin + hgap));
        int columns = Math.max(1, Math.min(tiles, fit));
        int rows = (tiles + columns - 1) / columns;
        return (tiles + rows - 1) / rows;
    }

    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL;
    }

    @Override
    protected double computeMinWidth(double height) {
        return snappedLeftInset() + tileMinWidth() + snappedRightInset();
    }

    @Override
    protected double computePrefWidth(double height) {
        int tiles = tiles().size();
        return snappedLeftInset() + tiles * tileMinWidth() + Math.max(0, tiles - 1) * hgap + snappedRightInset();
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    @Override
    protected double computePrefHeight(double width) {
        double content = width < 0 ? computePrefWidth(-1) - snappedLeftInset() - snappedRightInset()
                : width - snappedLeftInset() - snappedRightInset();
        List<Node> tiles = tiles();
        int columns = columnsFor(content);
        double tileWidth = tileWidth(content, columns);
        double height = 0;
        for (int start = 0; start < tiles.size(); start += columns) {
            height += rowHeight(tiles.subList(start, Math.min(tiles.size(), start + columns)), tileWidth);
        }
        int rows = (tiles.size() + columns - 1) / columns;
        return snappedTopInset() + height + Math.max(0, rows - 1) * vgap + snappedBottomInset();
    }

    @Override
    protected void layoutChildren() {
        double content = getWidth() - snappedLeftInset() - snappedRightInset();
        List<Node> tiles = tiles();
        int columns = columnsFor(content);
        double tileWidth = tileWidth(content, columns);
        double y = snappedTopInset();
        for (int start = 0; start < tiles.size(); start += columns) {
            List<Node> row = tiles.subList(start, Math.min(tiles.size(), start + columns));
            double height = rowHeight(row, tileWidth);
            double x = snappedLeftInset();
            for (Node tile : row) {
                // snap both edges, so rounding never pushes the last tile past the row's edge
                double left = snapPositionX(x);
                double right = snapPositionX(x + tileWidth);
                tile.resizeRelocate(left, snapPositionY(y), right - left, snapSizeY(height));
                x += tileWidth + hgap;
            }
            y += height + vgap;
        }
    }

    private double tileWidth(double content, int columns) {
        return Math.max(tileMinWidth(), (content - (columns - 1) * hgap) / columns);
    }

    private static double rowHeight(List<Node> row, double tileWidth) {
        return row.stream().mapToDouble(tile -> tile.prefHeight(tileWidth)).max().orElse(0);
    }

    private double tileMinWidth() {
        double widest = tiles().stream().mapToDouble(tile -> tile.minWidth(-1)).max().orElse(0);
        return Math.max(minTileWidth, widest);
    }

    private List<Node> tiles() {
        return getManagedChildren();
    }
}
