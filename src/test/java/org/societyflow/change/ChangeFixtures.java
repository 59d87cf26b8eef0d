package org.societyflow.change;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Bodies of 变更 requests for the JSON API. */
public final class ChangeFixtures {

    private ChangeFixtures() {
    }

    @SafeVarargs
    public static Map<String, Object> request(String reason, Map<String, Object>... items) {
        Map<String, Object> form = new HashMap<>();
        form.put("reason", reason);
        form.put("items", List.of(items));
        return form;
    }

    public static Map<String, Object> item(String field, String newValue) {
        Map<String, Object> item = new HashMap<>();
        item.put("field", field);
        item.put("newValue", newValue);
        return item;
    }

    /** A valid request: the society moves. */
    public static Map<String, Object> addressChange() {
        return request("理事会决议迁址", item("ADDRESS", "武汉市江汉区新华路218号"));
    }
}
