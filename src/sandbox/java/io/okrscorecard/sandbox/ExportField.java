package io.okrscorecard.sandbox;

/** A field of the export: its id (the key under {@code fields}) and its display name from {@code names}. */
record ExportField(String id, String name) {

    /** How messages name the field: {@code customfield_10106 (Story Points)}. */
    String label() {
        return id.equals(name) ? id : id + " (" + name + ")";
    }
}
