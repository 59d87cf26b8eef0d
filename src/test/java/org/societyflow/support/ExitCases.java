package org.societyflow.support;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.societyflow.society.Society;

/** 学会部's side of opening a 软弱涣散 case: the scan's proposal of a society, confirmed; then the 党组会's. */
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

    /** Scans, confirms the weak society's proposal and answers the case number; the case awaits the 党组会. */
    public static String open(Api affairs, Society society) {
        long proposalId = proposalOf(society, affairs.post("/api/v1/exit-proposals/scan", null).body()).get("id").asLong();
        return affairs.post("/api/v1/exit-proposals/" + proposalId + "/confirm", null).body().get("caseNo").asText();
    }

    /** Opens the case and has the 党组会 ({@code leader}) confirm the identification: the first period begins. */
    public static String confirm(Api affairs, Api leader, Society society) {
        String caseNo = open(affairs, society);
        confirmIdentification(leader, caseNo, "approve");
        return caseNo;
    }

    /** The 党组会 decides the identification of an opened case in Tasklist ({@code approve} confirms it). */
    public static Api.Response confirmIdentification(Api leader, String caseNo, String decision) {
        JsonNode tasks = leader.get("/engine-rest/task?processInstanceBusinessKey=" + caseNo
                + "&taskDefinitionKey=ConfirmIdentification").body();
        return leader.completeTask(tasks.get(0).get("id").asText(),
                Map.of("decision", decision, "opinion", "党组会研究意见"));
    }
}
