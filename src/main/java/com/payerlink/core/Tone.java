package com.payerlink.core;

/**
 * How a status reads at a glance, named in the product's terms so that domain enums need not know
 * the UI theme; the status badge maps each tone to its colour.
 */
public enum Tone {

    /** Nothing to act on yet, e.g. a draft or a queued mail. */
    NEUTRAL,

    /** Done and fine, e.g. ready dashboards or a sent mail. */
    SUCCESS,

    /** Needs a look soon, but is not broken. */
    WARNING,

    /** Failed or stopped: someone has to act. */
    ERROR,

    /** Under way, e.g. an account in progress or a line to update. */
    INFO

}
