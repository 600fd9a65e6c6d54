package com.payerlink.invitation.domain;

/** The link cannot be used (unknown, expired, revoked or for another account); says what to do instead. */
public class InvitationLinkInvalidException extends RuntimeException {

    private final InvitationStatus status;

    public InvitationLinkInvalidException(InvitationStatus status, String message) {
        super(message);
        this.status = status;
    }

    /** EXPIRED or REVOKED when known, else null (unknown link). */
    public InvitationStatus status() {
        return status;
    }

}
