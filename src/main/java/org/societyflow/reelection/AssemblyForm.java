package org.societyflow.reelection;

/** 会员大会 (≤ 200 members) or 会员代表大会 (delegates ≥ 1/3 of members). */
public enum AssemblyForm {
    GENERAL_ASSEMBLY, DELEGATES_ASSEMBLY
}
