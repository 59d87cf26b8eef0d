package org.societyflow.founding;

import static org.societyflow.support.Candidates.candidate;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Bodies of founding applications for the JSON API. */
public final class FoundingFixtures {

    private FoundingFixtures() {
    }

    public static Map<String, Object> application(String name, String code) {
        Map<String, Object> form = new HashMap<>();
        form.put("proposedName", name);
        form.put("englishName", "Wuhan Society of Artificial Intelligence");
        form.put("proposedCode", code);
        form.put("discipline", "INTERDISCIPLINARY");
        form.put("businessScope", "人工智能学术交流、科学普及、人才培养、咨询服务");
        form.put("necessity", "本市人工智能企业和高校众多，尚无对应学会");
        form.put("sponsoringUnits", "武汉大学；华中科技大学");
        form.put("address", "武汉市东湖新技术开发区光谷大道77号");
        form.put("premises", "办公用房 80 平方米，华中科技大学提供使用证明");
        form.put("contactPhone", "027-87654321");
        form.put("membersIndividual", 120);
        form.put("membersUnit", 12);
        form.put("funds", 50000);
        form.put("fundsSource", "发起单位捐赠");
        form.put("fullTimeStaff", 2);
        form.put("partyOrganisation", "FUNCTIONAL");
        form.put("partyBuildingPlan", "成立功能型党支部，依托华中科技大学党委");
        form.put("initiators", List.of(initiator("李明", true, true), initiator("华中科技大学", true, true)));
        form.put("officers", List.of(candidate("PRESIDENT", "李明", "1968-04-01", true),
                candidate("SECRETARY_GENERAL", "王芳", "1985-09-01", false)));
        return form;
    }

    public static Map<String, Object> initiator(String name, boolean capacity, boolean rights) {
        Map<String, Object> i = new HashMap<>();
        i.put("name", name);
        i.put("unit", name.endsWith("大学"));
        i.put("employer", "华中科技大学");
        i.put("title", "教授");
        i.put("phone", "13800000000");
        i.put("fullCivilCapacity", capacity);
        i.put("politicalRights", rights);
        return i;
    }
}
