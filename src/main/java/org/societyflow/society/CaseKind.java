package org.societyflow.society;

/** The kinds of a line of the 处罚与案件记录: 行政处罚, 严重违法, 不配合检查, other. */
public enum CaseKind { PENALTY, SERIOUS_VIOLATION, NON_COOPERATION, OTHER }
