package com.payerlink.cloudformation.web;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import com.payerlink.account.domain.AccountTemplates;
import com.payerlink.account.domain.Partition;
import com.payerlink.account.domain.TemplateKind;
import com.payerlink.core.InvalidInputException;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;

/**
 * The published templates, one per partition and kind, open to all (they hold no account's values): operations sync
 * them to the S3 location that {@code payerlink.cloudformation.template-url-*} names, since CloudFormation's
 * quick-create opens S3 template URLs only. The strong ETag is the template's SHA-256, so a sync copies only a
 * changed template ({@code If-None-Match} answers 304).
 */
@RestController
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class PublishedTemplatesController {

    static final MediaType YAML = MediaType.parseMediaType("application/yaml;charset=UTF-8");

    private final AccountTemplates templates;

    @GetMapping("/cloudformation/{file:.+\\.yaml}")
    ResponseEntity<String> template(@PathVariable String file,
            @RequestHeader(value = "If-None-Match", required = false) String ifNoneMatch) {
        for (Partition partition : Partition.values()) {
            for (TemplateKind kind : TemplateKind.values()) {
                if (kind.fileName(partition).equals(file)) {
                    return answer(partition, kind, ifNoneMatch);
                }
            }
        }
        return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.TEXT_PLAIN)
            .body("No such template. Published: /cloudformation/payerlink-aws.yaml, payerlink-aws-cn.yaml,"
                    + " payerlink-aws-stackset.yaml, payerlink-aws-cn-stackset.yaml\n");
    }

    private ResponseEntity<String> answer(Partition partition, TemplateKind kind, String ifNoneMatch) {
        String yaml;
        try {
            yaml = templates.published(partition, kind);
        }
        catch (InvalidInputException placeholders) {
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).contentType(MediaType.TEXT_PLAIN)
                .body(placeholders.getMessage() + "\n");
        }
        String etag = "\"" + sha256(yaml) + "\"";
        CacheControl cache = CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic();
        if (ifNoneMatch != null && (ifNoneMatch.contains(etag) || ifNoneMatch.strip().equals("*"))) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(etag).cacheControl(cache).build();
        }
        return ResponseEntity.ok().contentType(YAML).eTag(etag).cacheControl(cache).body(yaml);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(text.getBytes(StandardCharsets.UTF_8)));
        }
        catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

}
