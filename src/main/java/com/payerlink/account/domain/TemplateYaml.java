package com.payerlink.account.domain;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The building blocks of the CloudFormation templates: plain maps and lists written by SnakeYAML (so every value is
 * quoted correctly), only the long form of intrinsic functions, no anchors or aliases.
 */
final class TemplateYaml {

    private TemplateYaml() {
    }

    static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    static List<Object> list(Object... items) {
        return new ArrayList<>(List.of(items));
    }

    static Map<String, Object> ref(String name) {
        return map("Ref", name);
    }

    static Map<String, Object> sub(String text) {
        return map("Fn::Sub", text);
    }

    /** {@code Fn::Sub} with variables of its own, e.g. a parameter's value inside an ARN. */
    static Map<String, Object> sub(String text, Map<String, Object> variables) {
        return map("Fn::Sub", list(text, variables));
    }

    static Map<String, Object> equalsRef(String parameter, String value) {
        return map("Fn::Equals", list(ref(parameter), value));
    }

    static Map<String, Object> not(Object condition) {
        return map("Fn::Not", list(condition));
    }

    /** The value when the condition holds, else nothing at all (the key or list item disappears). */
    static Map<String, Object> ifThen(String condition, Object value) {
        return map("Fn::If", list(condition, value, ref("AWS::NoValue")));
    }

    static Map<String, Object> ifElse(String condition, Object value, Object otherwise) {
        return map("Fn::If", list(condition, value, otherwise));
    }

    static Map<String, Object> resource(String type, Map<String, Object> properties) {
        return map("Type", type, "Properties", properties);
    }

    static Map<String, Object> policyDocument(List<Object> statements) {
        return map("Version", "2012-10-17", "Statement", statements);
    }

    static String dump(Map<String, Object> document) {
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setIndent(2);
        options.setIndicatorIndent(2);
        options.setIndentWithIndicator(true);
        options.setAllowUnicode(true);
        options.setSplitLines(false);
        options.setWidth(Integer.MAX_VALUE);
        // CloudFormation does not support YAML anchors and aliases; write every node in full.
        options.setDereferenceAliases(true);
        return new Yaml(options).dump(document);
    }

    /** Reads a template back (tests, and the per-account download's check against the published one). */
    @SuppressWarnings("unchecked")
    static Map<String, Object> read(String yaml) {
        return (Map<String, Object>) new Yaml(new LoaderOptions()).load(yaml);
    }

}
