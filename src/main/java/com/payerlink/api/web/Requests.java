package com.payerlink.api.web;

import com.payerlink.account.domain.AccountNotFoundException;
import com.payerlink.core.InvalidInputException;
import org.jspecify.annotations.Nullable;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Reads the text of parameters and JSON fields into typed values, naming the field in every refusal. */
final class Requests {

    private Requests() {
    }

    /** Parses with a value type's parser; its message goes to the field. */
    static <T> T parse(String field, String raw, Function<String, T> parser) {
        return InvalidInputException.inField(field, () -> parser.apply(raw));
    }

    /** An enumeration value by its name, any case; null or blank is null. */
    static <E extends Enum<E>> @Nullable E enumValue(String field, @Nullable String raw, Class<E> type) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String key = raw.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        for (E value : type.getEnumConstants()) {
            if (value.name().equals(key)) {
                return value;
            }
        }
        throw new InvalidInputException(field, "\"" + raw + "\" is not a valid " + field + "; use one of "
                + Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", ")) + ".");
    }

    /** Refuses a page before the first, or a size out of 1 to {@link PageResponse#MAX_SIZE}. */
    static void checkPage(int page, int size, String items) {
        if (page < 0) {
            throw new InvalidInputException("page", "Pages count from 0; " + page + " is before the first.");
        }
        if (size < 1 || size > PageResponse.MAX_SIZE) {
            throw new InvalidInputException("size", "A page holds 1 to " + PageResponse.MAX_SIZE + " " + items
                    + ", not " + size + ". Ask for more pages instead.");
        }
    }

    /** The id of an account in a path; an id that is no UUID names no account either. */
    static UUID accountIdOf(String raw) {
        return uuidOf(raw).orElseThrow(() -> new AccountNotFoundException(null));
    }

    /** The id in a path, or empty when it is no UUID (and so names nothing). */
    static Optional<UUID> uuidOf(String raw) {
        try {
            return Optional.of(UUID.fromString(raw));
        }
        catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

}
