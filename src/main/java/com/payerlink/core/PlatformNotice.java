package com.payerlink.core;

/** Something the platform's operators must fix (a setting); platform admins see it on their home page. */
public interface PlatformNotice {

    /** What is wrong and how to fix it, or null when nothing is. */
    String message();

}
