package com.payerlink.account.domain;

import com.payerlink.core.InvalidInputException;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The accounts grid's filters as URL query parameters, the one format that the grid's address, links to it (the
 * dashboard) and the API's filters share:
 * {@code /accounts?state=VERIFICATION_FAILED&state=PROCESSING&failure=ASSUME_ROLE_DENIED&days=3&q=acme}, plus
 * {@code step}, {@code method} and {@code partition}; enum names as values.
 */
public final class AccountQueryParameters {

    public static final String STATE = "state";

    public static final String STEP = "step";

    public static final String METHOD = "method";

    public static final String PARTITION = "partition";

    public static final String FAILURE = "failure";

    public static final String DAYS = "days";

    public static final String SEARCH = "q";

    /** Every parameter the grid's filters take. */
    public static final List<String> KEYS = List.of(STATE, STEP, METHOD, PARTITION, FAILURE, DAYS, SEARCH);

    /** A verification check's code: what {@code failure} takes. */
    private static final Pattern CHECK_CODE = Pattern.compile("[A-Z][A-Z0-9_]{0,39}");

    private AccountQueryParameters() {
    }

    /**
     * The query these parameters ask for (unknown parameters are ignored, empty values mean "any").
     *
     * @throws InvalidInputException naming the parameter, when a value is not one it takes
     */
    public static AccountQuery parse(Map<String, List<String>> parameters) {
        Set<AccountState> states = EnumSet.noneOf(AccountState.class);
        for (String raw : values(parameters, STATE)) {
            states.add(enumValue(AccountState.class, STATE, raw));
        }
        String step = first(parameters, STEP);
        String method = first(parameters, METHOD);
        String partition = first(parameters, PARTITION);
        String failure = first(parameters, FAILURE);
        String days = first(parameters, DAYS);
        return AccountQuery.all()
            .withStates(states)
            .withStep(step == null ? null : number(STEP, step, 1, WizardStep.COUNT))
            .withMethod(method == null ? null : enumValue(ConnectionMethod.class, METHOD, method))
            .withPartition(partition == null ? null : enumValue(Partition.class, PARTITION, partition))
            .withFailure(failure == null ? null : checkCode(failure))
            .withMinDaysInState(days == null ? null : number(DAYS, days, 0, 36_500))
            .withSearch(first(parameters, SEARCH));
    }

    /** The parameters of the query's filters (not its sort), in a stable order; a filter that is not set is left out. */
    public static Map<String, List<String>> of(AccountQuery query) {
        Map<String, List<String>> p = new LinkedHashMap<>();
        if (!query.states().isEmpty()) {
            p.put(STATE, query.states().stream().sorted().map(Enum::name).toList());
        }
        put(p, STEP, query.step());
        put(p, METHOD, query.method() == null ? null : query.method().name());
        put(p, PARTITION, query.partition() == null ? null : query.partition().name());
        put(p, FAILURE, query.failure());
        put(p, DAYS, query.minDaysInState());
        put(p, SEARCH, query.search() == null || query.search().isBlank() ? null : query.search().strip());
        return p;
    }

    /** "accounts?state=…": the grid's address for the query, e.g. for a link from elsewhere. */
    public static String gridPath(AccountQuery query) {
        String parameters = of(query).entrySet().stream()
            .flatMap(e -> e.getValue().stream().map(v -> e.getKey() + "=" + encode(v)))
            .collect(Collectors.joining("&"));
        return parameters.isEmpty() ? "accounts" : "accounts?" + parameters;
    }

    private static String encode(String value) {
        return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static void put(Map<String, List<String>> p, String key, Object value) {
        if (value != null) {
            p.put(key, List.of(value.toString()));
        }
    }

    private static List<String> values(Map<String, List<String>> parameters, String key) {
        return parameters.getOrDefault(key, List.of()).stream()
            .filter(v -> v != null && !v.isBlank())
            .flatMap(v -> Arrays.stream(v.split(",")))
            .map(String::strip)
            .filter(v -> !v.isEmpty())
            .toList();
    }

    private static String first(Map<String, List<String>> parameters, String key) {
        return parameters.getOrDefault(key, List.of()).stream()
            .filter(v -> v != null && !v.isBlank())
            .map(String::strip)
            .findFirst().orElse(null);
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, String key, String raw) {
        String name = raw.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        try {
            return Enum.valueOf(type, name);
        }
        catch (IllegalArgumentException e) {
            throw new InvalidInputException(key, "\"" + raw + "\" is no " + key + "; use one of "
                    + Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", ")) + ".");
        }
    }

    private static int number(String key, String raw, int min, int max) {
        try {
            int n = Integer.parseInt(raw.strip());
            if (n >= min && n <= max) {
                return n;
            }
        }
        catch (NumberFormatException e) {
            // said below
        }
        throw new InvalidInputException(key, key + " takes a whole number from " + min + " to " + max + ", not \"" + raw + "\".");
    }

    private static String checkCode(String raw) {
        String code = raw.strip().toUpperCase(Locale.ROOT);
        if (!CHECK_CODE.matcher(code).matches()) {
            throw new InvalidInputException(FAILURE, "\"" + raw + "\" is no check code; use the code a failed check"
                    + " shows, e.g. ASSUME_ROLE_DENIED (letters, digits and _ only).");
        }
        return code;
    }

}
