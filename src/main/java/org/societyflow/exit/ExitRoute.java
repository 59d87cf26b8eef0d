package org.societyflow.exit;

/** How a society leaves (docs/RULES.md, 软弱涣散); 注销 and 撤销 themselves are 民政局's acts, recorded when they happen. */
public enum ExitRoute {
    DEREGISTER, MERGE, REVOKE, WITHDRAW
}
