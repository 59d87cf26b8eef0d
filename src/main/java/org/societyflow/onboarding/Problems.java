package org.societyflow.onboarding;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;

/** The problems of one file as the check finds them, worded in the reader's language. */
final class Problems {

    private final MessageSource messages;
    private final Locale locale;
    private final List<Problem> found = new ArrayList<>();

    Problems(MessageSource messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
    }

    void add(ImportSheet sheet, int row, String column, String key, Object... args) {
        found.add(new Problem(sheet.sheetName(), row, column == null ? "" : sheet.header(column),
                messages.getMessage(key, args, locale)));
    }

    List<Problem> list() {
        return List.copyOf(found);
    }
}
