package com.siyu.workbench.sandbox.model;

/**
 * An external contact (customer). {@code type} 1 = WeChat user, 2 = WeCom user (only those carry corp and
 * position); {@code unionid} is null when WeCom would omit it.
 */
public record Contact(String externalUserid, String name, int type, int gender, String unionid, String avatar,
                      String corpName, String corpFullName, String position) {
}
