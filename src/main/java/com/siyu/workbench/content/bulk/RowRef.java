package com.siyu.workbench.content.bulk;

/** Where something came from: the data row (1 = first row after the header / first item) and the file line. */
public record RowRef(int row, int line) {
}
