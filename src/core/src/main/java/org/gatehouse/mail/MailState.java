package org.gatehouse.mail;

/** Where a mail in the outbox stands, with the words the Mail screen shows for it. */
public enum MailState {
    PENDING("Waiting to be sent"),
    SENDING("Being sent"),
    SENT("Sent"),
    FAILED("Failed: given up after repeated errors"),
    CANCELLED("Not sent: the recipient may no longer see it");

    private final String label;

    MailState(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }

    /** A mail that will not go out by itself any more; an administrator may send it again. */
    public boolean canSendAgain() {
        return this == FAILED || this == CANCELLED;
    }
}
