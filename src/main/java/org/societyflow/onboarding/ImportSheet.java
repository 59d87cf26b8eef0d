package org.societyflow.onboarding;

import java.util.List;

/**
 * A data sheet of an import file (the register's, the staff's): its name, and its columns in order with their
 * Chinese headers, by which the import finds them whatever the user's language.
 */
interface ImportSheet {

    String sheetName();

    List<String> columns();

    List<String> headers();

    String header(String column);
}
