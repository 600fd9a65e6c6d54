package com.payerlink.api.web;

import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.net.URI;
import java.util.UUID;

/** The answers that name a resource in their Location: created (201) and queued (202). */
final class Responses {

    private Responses() {
    }

    /** Where a resource is, e.g. {@code location("/api/v1/accounts/{id}", id)}. */
    static URI location(String path, UUID id) {
        return ServletUriComponentsBuilder.fromCurrentContextPath().path(path).buildAndExpand(id).toUri();
    }

    /** 201 Created with the new resource, its Location naming it. */
    static <T> ResponseEntity<T> created(String path, UUID id, T body) {
        return ResponseEntity.created(location(path, id)).body(body);
    }

    /** 202 Accepted: the accounts' verification is queued as a batch, which Location names to poll. */
    static <T> ResponseEntity<T> verificationQueued(UUID batchId, T body) {
        return ResponseEntity.accepted().location(location("/api/v1/verifications/{id}", batchId)).body(body);
    }

}
