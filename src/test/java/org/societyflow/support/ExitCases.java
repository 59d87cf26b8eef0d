package org.societyflow.support;

import com.fasterxml.jackson.databind.JsonNode;
import org.societyflow.society.Society;

/** 学会部's side of opening a 软弱涣散 case: the scan's proposal of a society, confirmed. */
public final class ExitCases {

    private ExitCases() {
    }

    /** The society's proposal among those a scan answered, or null. */
    public static JsonNode proposalOf(Society society, JsonNode proposals) {
        for (JsonNode p : proposals) {
            if (p.get("societyId").asLong() == society.getId()) {
                return p;
            }
        }
        return null;
    }

    /** Scans, confirms the weak society's proposal and answers the case number. */
    public static String confirm(Api affairs, Society society) {
        long proposalId = proposalOf(society, affairs.post("/api/v1/exit-proposals/scan", null).body()).get("id").asLong();
        return affairs.post("/api/v1/exit-proposals/" + proposalId + "/confirm", null).body().get("caseNo").asText();
    }
}
