package com.payerlink.core;

import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;

/** The production switch: {@code payerlink.production=true} or the profile {@code production}. */
public final class ProductionSettings {

    private ProductionSettings() {
    }

    /** In production, settings that the portal can only guess at (or ships as placeholders) are required at start. */
    public static boolean isProduction(Environment env) {
        return env.getProperty("payerlink.production", Boolean.class, false)
                || env.acceptsProfiles(Profiles.of("production"));
    }

}
