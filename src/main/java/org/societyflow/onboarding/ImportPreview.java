package org.societyflow.onboarding;

import java.util.List;

/** What checking an import file found: its problems; a file without any may be imported. */
public interface ImportPreview {

    List<Problem> problems();

    default boolean importable() {
        return problems().isEmpty();
    }
}
