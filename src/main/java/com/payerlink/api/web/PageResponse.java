package com.payerlink.api.web;

import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;
import java.util.function.Function;

/** One page of a list (accounts, tickets…), as every list endpoint answers. */
record PageResponse<T>(List<T> items, @Schema(description = "0-based") int page, int size,
        @Schema(description = "Items that match the filters, on all pages") int total) {

    /** The most items one page holds ("1 to 500" in each list's size parameter). */
    static final int MAX_SIZE = 500;

    /** Reads one page of a list, from offset {@code page * size}; a service's page method fits. */
    @FunctionalInterface
    interface PageReader<S> {
        List<S> read(int offset, int limit);
    }

    /** The page {@code page} of {@code size} items as the reader finds them, each mapped to its response. */
    static <S, T> PageResponse<T> of(int page, int size, PageReader<S> reader, Function<S, T> response, int total) {
        List<T> items = reader.read(Math.multiplyExact(page, size), size).stream().map(response).toList();
        return new PageResponse<>(items, page, size, total);
    }

}
