package com.payerlink.importing.domain;

/** A file that cannot be read as an account list at all; the message says why and how to fix it. */
class ImportFileException extends RuntimeException {

    ImportFileException(String message) {
        super(message);
    }

}
