package com.siyu.workbench.members;

/** A WeCom department; in retail chains usually a store (门店) or a region. */
public record Department(int id, String name, Integer parentId, int order) {
}
