package org.societyflow.identity;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/** Registration input for the tests: a complete, valid form for a user id no test has used before. */
public final class Applicants {

    public static final String PASSWORD = "Secret2024";
    static final String NAME = "张三丰";

    private static final AtomicInteger NEXT = new AtomicInteger();

    private Applicants() {
    }

    /** A fresh user id, with a dot as user ids may have; unique across runs on the same database too. */
    public static String freshUserId() {
        return "init." + Long.toString(System.currentTimeMillis(), 36) + NEXT.incrementAndGet();
    }

    public static Map<String, String> form(String userId) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("userId", userId);
        form.put("name", NAME);
        form.put("email", userId + "@example.com");
        form.put("phone", "13912345678");
        form.put("employer", "华中科技大学");
        form.put("password", PASSWORD);
        form.put("confirmPassword", PASSWORD);
        return form;
    }
}
