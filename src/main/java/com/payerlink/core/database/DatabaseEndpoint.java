package com.payerlink.core.database;

/** The PostgreSQL the portal talks to, as the owner that migrates it. */
public record DatabaseEndpoint(String url, String username, String password) {

    @Override
    public String toString() {
        return "DatabaseEndpoint[" + url + " as " + username + "]";
    }

}
