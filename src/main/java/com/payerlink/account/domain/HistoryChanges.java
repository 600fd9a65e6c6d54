package com.payerlink.account.domain;

/** "Bucket: none → my-bucket; Region: us-east-1 → eu-west-1" for the history. */
final class HistoryChanges {

    private final StringBuilder text = new StringBuilder();

    // values are text or value types, whose toString is their text
    HistoryChanges add(String label, Object before, Object after) {
        String b = before == null || before.toString().isEmpty() ? "none" : before.toString();
        String a = after == null || after.toString().isEmpty() ? "none" : after.toString();
        if (!b.equals(a)) {
            if (!text.isEmpty()) {
                text.append("; ");
            }
            text.append(label).append(": ").append(b).append(" → ").append(a);
        }
        return this;
    }

    boolean any() {
        return !text.isEmpty();
    }

    @Override
    public String toString() {
        return text.toString();
    }

}
