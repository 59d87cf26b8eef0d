package org.societyflow.society;

/** 单独 / 联合 / 功能型 party organisation, or none. */
public enum PartyOrganisation {
    STANDALONE, JOINT, FUNCTIONAL, NONE
}
