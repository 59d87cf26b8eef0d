package org.societyflow.reporting;

/** A generated workbook and the file name it is downloaded under. */
record Export(String filename, byte[] content) {

    /** Characters file systems refuse are replaced, since names come from titles people typed. */
    static Export of(String name, byte[] content) {
        return new Export(name.replaceAll("[\\\\/:*?\"<>|\\s]+", "_") + ".xlsx", content);
    }
}
