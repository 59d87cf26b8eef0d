package org.societyflow.grant;

/** 学术交流活动平台项目's five categories; the other programmes have one. */
public enum GrantCategory {
    SALON, YOUNG_FORUM, FRONTIER, CROSS_DISCIPLINE, PLATFORM_BUILDING, GENERAL
}
