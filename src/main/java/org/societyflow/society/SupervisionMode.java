package org.societyflow.society;

/** SUPERVISED: the 科协 is the 业务主管单位; DIRECT: registered directly with 民政局 (Hubei rule). */
public enum SupervisionMode {
    SUPERVISED, DIRECT
}
