package org.societyflow.society;

/** 合格 / 基本合格 / 不合格; the register keeps one per society and year. */
public enum InspectionGrade {
    PASS, BASIC_PASS, FAIL
}
