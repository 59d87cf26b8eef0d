package org.societyflow.reporting;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Chinese names of the domain's values for the exports. The workbooks are documents filed and passed on in Chinese,
 * whatever language the page that linked them was shown in.
 */
@Component
class Labels {

    private final MessageSource messages;

    Labels(MessageSource messages) {
        this.messages = messages;
    }

    /** The value's label ({@code SocietyStatus.ACTIVE} → 正常), or blank for none. */
    String of(Enum<?> value) {
        if (value == null) {
            return null;
        }
        String key = value.getDeclaringClass().getSimpleName() + "." + value.name();
        return messages.getMessage(key, null, value.name(), Locale.SIMPLIFIED_CHINESE);
    }
}
