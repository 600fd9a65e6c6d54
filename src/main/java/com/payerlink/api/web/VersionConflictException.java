package com.payerlink.api.web;

/** An update sent with a version someone else's change has overtaken. */
class VersionConflictException extends RuntimeException {

    private final int currentVersion;

    VersionConflictException(String accountName, int sentVersion, int currentVersion) {
        super("Account \"" + accountName + "\" was changed by someone else since you read it: you sent version "
                + sentVersion + ", it is at version " + currentVersion + " now. GET it again, apply your change to the"
                + " fresh values and send it with version " + currentVersion + ".");
        this.currentVersion = currentVersion;
    }

    int currentVersion() {
        return currentVersion;
    }

}
