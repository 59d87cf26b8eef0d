package org.societyflow.society;

/** 理 / 工 / 农 / 医 / 交叉. */
public enum Discipline {
    SCIENCE, ENGINEERING, AGRICULTURE, MEDICINE, INTERDISCIPLINARY
}
