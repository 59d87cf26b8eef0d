package org.societyflow.grant;

/** 海智工作站 / 离岸联络站. */
public enum StationKind {
    WORKSTATION, OFFSHORE_LIAISON
}
