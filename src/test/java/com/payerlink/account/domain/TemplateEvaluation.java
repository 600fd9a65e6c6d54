package com.payerlink.account.domain;

import org.yaml.snakeyaml.Yaml;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What CloudFormation makes of a template for given parameter values, as far as the tests need it: the conditions
 * evaluated, resources whose condition is false left out, {@code Fn::If} replaced by its branch, {@code AWS::NoValue}
 * removed, and a parameter's {@code Ref} replaced by its value (the defaults, overridden by the given values).
 */
final class TemplateEvaluation {

    private static final Object NO_VALUE = new Object();

    private final Map<String, String> parameters = new LinkedHashMap<>();

    private final java.util.Set<String> lists = new java.util.HashSet<>();

    private final Map<String, Boolean> conditions = new LinkedHashMap<>();

    private final Map<String, Object> template;

    @SuppressWarnings("unchecked")
    TemplateEvaluation(String yaml, Map<String, String> values) {
        template = new Yaml().load(yaml);
        ((Map<String, Map<String, Object>>) template.get("Parameters")).forEach((name, p) ->
                {
                    parameters.put(name, p.get("Default") == null ? null : String.valueOf(p.get("Default")));
                    if ("CommaDelimitedList".equals(p.get("Type"))) {
                        lists.add(name);
                    }
                });
        parameters.putAll(values);
        Map<String, Object> defined = (Map<String, Object>) template.getOrDefault("Conditions", Map.of());
        defined.keySet().forEach(name -> condition(name, defined));
    }

    Map<String, Object> raw() {
        return template;
    }

    boolean condition(String name) {
        return conditions.get(name);
    }

    /** The resources that would be created, with every intrinsic the tests care about resolved. */
    @SuppressWarnings("unchecked")
    Map<String, Map<String, Object>> resources() {
        Map<String, Map<String, Object>> out = new LinkedHashMap<>();
        ((Map<String, Map<String, Object>>) template.get("Resources")).forEach((name, r) -> {
            Object condition = r.get("Condition");
            if (condition == null || conditions.get((String) condition)) {
                out.put(name, (Map<String, Object>) resolve(r));
            }
        });
        return out;
    }

    @SuppressWarnings("unchecked")
    private boolean condition(String name, Map<String, Object> defined) {
        return conditions.computeIfAbsent(name, n -> truth(defined.get(n), defined));
    }

    @SuppressWarnings("unchecked")
    private boolean truth(Object node, Map<String, Object> defined) {
        Map<String, Object> fn = (Map<String, Object>) node;
        Map.Entry<String, Object> e = fn.entrySet().iterator().next();
        List<Object> args = e.getValue() instanceof List<?> l ? (List<Object>) l : List.of(e.getValue());
        return switch (e.getKey()) {
            case "Fn::Equals" -> String.valueOf(resolve(args.get(0))).equals(String.valueOf(resolve(args.get(1))));
            case "Fn::Not" -> !truth(args.get(0), defined);
            case "Fn::And" -> args.stream().allMatch(a -> truth(a, defined));
            case "Fn::Or" -> args.stream().anyMatch(a -> truth(a, defined));
            case "Condition" -> condition((String) e.getValue(), defined);
            default -> throw new IllegalArgumentException("condition function " + e.getKey());
        };
    }

    @SuppressWarnings("unchecked")
    private Object resolve(Object node) {
        if (node instanceof Map<?, ?> m) {
            if (m.size() == 1 && m.containsKey("Fn::If")) {
                List<Object> args = (List<Object>) m.get("Fn::If");
                return resolve(conditions.get((String) args.get(0)) ? args.get(1) : args.get(2));
            }
            if (m.size() == 1 && m.containsKey("Fn::Join")) {
                List<Object> args = (List<Object>) m.get("Fn::Join");
                List<Object> items = (List<Object>) resolve(args.get(1));
                return String.join((String) args.get(0), items.stream().map(String::valueOf).toList());
            }
            if (m.size() == 1 && m.containsKey("Ref")) {
                String ref = (String) m.get("Ref");
                if (ref.equals("AWS::NoValue")) {
                    return NO_VALUE;
                }
                if (lists.contains(ref)) {
                    // a CommaDelimitedList: its value split at the commas, as CloudFormation hands it out
                    return new ArrayList<Object>(List.of(parameters.get(ref).split(",", -1)));
                }
                if (parameters.containsKey(ref)) {
                    return parameters.get(ref);
                }
            }
            Map<String, Object> out = new LinkedHashMap<>();
            ((Map<String, Object>) m).forEach((k, v) -> {
                Object value = resolve(v);
                if (value != NO_VALUE) {
                    out.put(k, value);
                }
            });
            return out;
        }
        if (node instanceof List<?> l) {
            List<Object> out = new ArrayList<>();
            for (Object item : l) {
                Object value = resolve(item);
                if (value != NO_VALUE) {
                    out.add(value);
                }
            }
            return out;
        }
        return node;
    }

}
