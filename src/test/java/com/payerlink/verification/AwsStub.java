package com.payerlink.verification;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.payerlink.verification.aws.ConnectionChecker;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

/**
 * AWS as a WireMock server, answering in AWS's real wire formats as the SDK v2 sends and parses them:
 * STS (query protocol, XML), S3 (REST/XML, path-style), and the legacy CUR, Data Exports and Organizations
 * (JSON 1.1 with {@code X-Amz-Target}, errors with {@code __type}).
 */
public final class AwsStub {

    public static final String CUR = "AWSOrigamiServiceGatewayService.";

    public static final String EXPORTS = "AWSBillingAndCostManagementDataExports.";

    public static final String ORGANIZATIONS = "AWSOrganizationsV20161128.";

    private static final ObjectMapper JSON = new ObjectMapper();

    private static AwsStub shared;

    private final WireMockServer server;

    private AwsStub(int delayMillis, boolean journal) {
        WireMockConfiguration options = WireMockConfiguration.options().dynamicPort().containerThreads(200)
            // the log line of every served request was built and then dropped by the quiet notifier (a sixth of the
            // stub's CPU in the verification benchmark); AWS does not gzip these answers either
            .stubRequestLoggingDisabled(true).gzipDisabled(true);
        if (delayMillis > 0) {
            options.asynchronousResponseEnabled(true).asynchronousResponseThreads(100);
        }
        if (!journal) {
            options.disableRequestJournal();
        }
        server = new WireMockServer(options);
        server.start();
        if (delayMillis > 0) {
            server.setGlobalFixedDelay(delayMillis);
        }
    }

    /** A stub of its own that keeps a journal of the requests, for counting them. */
    public static AwsStub start() {
        return new AwsStub(0, true);
    }

    /** A stub of its own with every answer this late and no journal (benchmarks). */
    public static AwsStub start(int delayMillis) {
        return new AwsStub(delayMillis, false);
    }

    /** The one stub of the test JVM that every Spring context of the tests points its AWS endpoint at. */
    public static synchronized AwsStub shared() {
        if (shared == null) {
            shared = start();
            Runtime.getRuntime().addShutdownHook(new Thread(shared::stop));
        }
        return shared;
    }

    public URI url() {
        return URI.create(server.baseUrl());
    }

    public WireMockServer server() {
        return server;
    }

    public void reset() {
        server.resetAll();
    }

    public void stop() {
        server.stop();
    }

    // ---- STS (query protocol) -------------------------------------------------------------------------

    private static MappingBuilder assumeRole(String roleArnPart) {
        MappingBuilder m = post(urlPathEqualTo("/")).withRequestBody(containing("Action=AssumeRole"));
        return roleArnPart == null ? m : m.withRequestBody(containing(URLEncoder.encode(roleArnPart, StandardCharsets.UTF_8)));
    }

    /**
     * Any AssumeRole whose role ARN contains {@code roleArnPart} (null: any) succeeds when it carries an ExternalId,
     * as a role whose trust policy demands one; without one, or with the verification's wrong probe ExternalId, AWS
     * refuses (403 AccessDenied).
     */
    public AwsStub assumeRoleSucceeds(String roleArnPart) {
        return assumeRoleSucceeds(roleArnPart, 0);
    }

    /** As {@link #assumeRoleSucceeds(String)}, each answer this late. */
    public AwsStub assumeRoleSucceeds(String roleArnPart, int delayMillis) {
        server.stubFor(assumeRole(roleArnPart)
            .withFormParam("ExternalId", matching("^(?!" + ConnectionChecker.PROBE_EXTERNAL_ID_PREFIX + ").+$"))
            .willReturn(assumedRole().withFixedDelay(delayMillis)).atPriority(5));
        server.stubFor(assumeRole(roleArnPart).willReturn(externalIdRefused().withFixedDelay(delayMillis)).atPriority(6));
        return this;
    }

    /** The role's trust policy demands exactly this ExternalId: every other AssumeRole, or one without, is refused. */
    public AwsStub roleDemandsExternalId(String roleArnPart, String externalId) {
        server.stubFor(assumeRole(roleArnPart).withFormParam("ExternalId", equalTo(externalId))
            .willReturn(assumedRole()).atPriority(3));
        server.stubFor(assumeRole(roleArnPart).willReturn(externalIdRefused()).atPriority(4));
        return this;
    }

    /**
     * As {@link #roleDemandsExternalId}, and AWS names {@code identityAccount} as the assumed role's account (its
     * AssumedRoleUser ARN), as it does for a role of that account.
     */
    public AwsStub roleOfAccountDemandsExternalId(String roleArnPart, String externalId, String identityAccount) {
        server.stubFor(assumeRole(roleArnPart).withFormParam("ExternalId", equalTo(externalId))
            .willReturn(assumedRole(identityAccount)).atPriority(3));
        server.stubFor(assumeRole(roleArnPart).willReturn(externalIdRefused()).atPriority(4));
        return this;
    }

    /** The role's trust policy names the platform account but has no sts:ExternalId condition: any AssumeRole works. */
    public AwsStub roleTrustsWithoutExternalId(String roleArnPart) {
        server.stubFor(assumeRole(roleArnPart).willReturn(assumedRole()).atPriority(3));
        return this;
    }

    /**
     * The role's trust policy wants some ExternalId but not a particular one (e.g. {@code StringLike "*"}): an
     * AssumeRole without one is refused, any value works.
     */
    public AwsStub roleAcceptsAnyExternalId(String roleArnPart) {
        server.stubFor(assumeRole(roleArnPart).withFormParam("ExternalId", matching(".+"))
            .willReturn(assumedRole()).atPriority(3));
        server.stubFor(assumeRole(roleArnPart).willReturn(externalIdRefused()).atPriority(4));
        return this;
    }

    /**
     * The role's trust policy checks the ExternalId only if one is sent ({@code StringEqualsIfExists}): without one
     * AssumeRole works, with a wrong one it is refused.
     */
    public AwsStub roleAcceptsMissingExternalId(String roleArnPart, String externalId) {
        roleDemandsExternalId(roleArnPart, externalId);
        server.stubFor(assumeRole(roleArnPart).withFormParam("ExternalId", absent()).willReturn(assumedRole()).atPriority(3));
        return this;
    }

    private static ResponseDefinitionBuilder assumedRole() {
        return assumedRole("123456789012");
    }

    private static ResponseDefinitionBuilder assumedRole(String identityAccount) {
        return xml(200, """
                <AssumeRoleResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/">
                  <AssumeRoleResult>
                    <Credentials>
                      <AccessKeyId>ASIAASSUMEDROLEKEY01</AccessKeyId>
                      <SecretAccessKey>assumedSecretKey0123456789012345678901</SecretAccessKey>
                      <SessionToken>FwoGZXIvYXdzEXAMPLETOKEN</SessionToken>
                      <Expiration>2099-01-01T00:00:00Z</Expiration>
                    </Credentials>
                    <AssumedRoleUser>
                      <AssumedRoleId>AROAEXAMPLEID:payerlink</AssumedRoleId>
                      <Arn>arn:aws:sts::%s:assumed-role/PayerlinkRole/payerlink</Arn>
                    </AssumedRoleUser>
                  </AssumeRoleResult>
                  <ResponseMetadata><RequestId>c6104cbe-af31-11e0-8154-cbc7ccf896c7</RequestId></ResponseMetadata>
                </AssumeRoleResponse>""".formatted(identityAccount));
    }

    private static ResponseDefinitionBuilder externalIdRefused() {
        return stsError(403, "AccessDenied",
                "User: arn:aws:iam::111122223333:user/platform is not authorized to perform: sts:AssumeRole on resource: "
                        + "arn:aws:iam::123456789012:role/PayerlinkRole");
    }

    /** Drops the refusals of {@link #assumeRoleDenied} for role ARNs containing {@code roleArnPart}: the trust policy is fixed. */
    public AwsStub allowAssumeRole(String roleArnPart) {
        String encoded = URLEncoder.encode(roleArnPart, StandardCharsets.UTF_8);
        server.getStubMappings().stream()
            .filter(m -> Integer.valueOf(1).equals(m.getPriority()) && m.getRequest().toString().contains(encoded))
            .toList()
            .forEach(server::removeStubMapping);
        return this;
    }

    /** AssumeRole of a role ARN containing {@code roleArnPart} is refused, as for a trust policy or ExternalId mismatch. */
    public AwsStub assumeRoleDenied(String roleArnPart) {
        server.stubFor(assumeRole(roleArnPart).willReturn(stsError(403, "AccessDenied",
                "User: arn:aws:iam::111122223333:user/platform is not authorized to perform: sts:AssumeRole on resource: "
                        + "arn:aws:iam::123456789012:role/PayerlinkRole")).atPriority(1));
        return this;
    }

    /** Every AssumeRole is throttled. */
    public AwsStub assumeRoleThrottled() {
        server.stubFor(assumeRole(null).willReturn(stsError(400, "Throttling", "Rate exceeded")).atPriority(1));
        return this;
    }

    /** The first {@code times} AssumeRole calls are throttled, then they succeed. */
    public AwsStub assumeRoleThrottledThenSucceeds(int times) {
        assumeRoleSucceeds(null);
        for (int i = 0; i < times; i++) {
            server.stubFor(assumeRole(null).inScenario("throttle").whenScenarioStateIs(i == 0 ? Scenario.STARTED : "t" + i)
                .willSetStateTo("t" + (i + 1)).willReturn(stsError(400, "Throttling", "Rate exceeded")).atPriority(1));
        }
        return this;
    }

    private static ResponseDefinitionBuilder stsError(int status, String code, String message) {
        return xml(status, """
                <ErrorResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/">
                  <Error><Type>Sender</Type><Code>%s</Code><Message>%s</Message></Error>
                  <RequestId>4b1d5e1c-0000-0000-0000-000000000000</RequestId>
                </ErrorResponse>""".formatted(code, message));
    }

    // ---- S3 (REST/XML, path-style) --------------------------------------------------------------------

    /** The bucket exists in {@code region} ("" is us-east-1, as S3 answers). */
    public AwsStub bucket(String bucket, String region) {
        server.stubFor(get(urlPathEqualTo("/" + bucket)).withQueryParam("location", matching(".*"))
            .willReturn(xml(200, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                    + "<LocationConstraint xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\">" + region
                    + "</LocationConstraint>")));
        return this;
    }

    public AwsStub bucketMissing(String bucket) {
        server.stubFor(get(urlPathEqualTo("/" + bucket)).willReturn(s3Error(404, "NoSuchBucket",
                "The specified bucket does not exist", bucket)).atPriority(1));
        return this;
    }

    /** Drops {@link #bucketMissing} and {@link #bucketDenied} for the bucket: it answers as {@link #bucket} has it. */
    public AwsStub bucketCreated(String bucket) {
        server.getStubMappings().stream()
            .filter(m -> Integer.valueOf(1).equals(m.getPriority()) && ("/" + bucket).equals(m.getRequest().getUrlPath()))
            .toList()
            .forEach(server::removeStubMapping);
        return this;
    }

    public AwsStub bucketDenied(String bucket) {
        server.stubFor(get(urlPathEqualTo("/" + bucket)).willReturn(s3Error(403, "AccessDenied", "Access Denied", bucket))
            .atPriority(1));
        return this;
    }

    /** ListObjectsV2 of the bucket lists these keys (for any prefix). */
    public AwsStub objects(String bucket, String... keys) {
        StringBuilder contents = new StringBuilder();
        for (String key : keys) {
            contents.append("<Contents><Key>").append(key).append("</Key><LastModified>2025-01-02T03:04:05.000Z"
                    + "</LastModified><ETag>&quot;9b2cf535f27731c974343645a3985328&quot;</ETag><Size>1024</Size>"
                    + "<StorageClass>STANDARD</StorageClass></Contents>");
        }
        server.stubFor(get(urlPathEqualTo("/" + bucket)).withQueryParam("list-type", equalTo("2"))
            .willReturn(xml(200, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                    + "<ListBucketResult xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\"><Name>" + bucket + "</Name>"
                    + "<Prefix></Prefix><KeyCount>" + keys.length + "</KeyCount><MaxKeys>1000</MaxKeys>"
                    + "<IsTruncated>false</IsTruncated>" + contents + "</ListBucketResult>")));
        return this;
    }

    private static ResponseDefinitionBuilder s3Error(int status, String code, String message, String bucket) {
        return xml(status, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>" + code + "</Code><Message>"
                + message + "</Message><BucketName>" + bucket + "</BucketName><RequestId>4442587FB7D0A2F9</RequestId>"
                + "<HostId>host</HostId></Error>");
    }

    // ---- JSON 1.1: legacy CUR, Data Exports, Organizations ---------------------------------------------

    private static MappingBuilder target(String target) {
        return post(urlPathEqualTo("/")).withHeader("X-Amz-Target", equalTo(target));
    }

    /** DescribeReportDefinitions lists these definitions (see {@link #report}). */
    public AwsStub reports(Map<?, ?>... definitions) {
        server.stubFor(target(CUR + "DescribeReportDefinitions")
            .willReturn(json(200, Map.of("ReportDefinitions", Arrays.asList(definitions)))));
        return this;
    }

    /** A legacy report definition that meets every requirement; change it with {@link Map#put}. */
    public static Map<String, Object> report(String name, String bucket, String prefix) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("ReportName", name);
        d.put("TimeUnit", "HOURLY");
        d.put("Format", "Parquet");
        d.put("Compression", "Parquet");
        d.put("AdditionalSchemaElements", List.of("RESOURCES", "SPLIT_COST_ALLOCATION_DATA"));
        d.put("S3Bucket", bucket);
        d.put("S3Prefix", prefix);
        d.put("S3Region", "us-east-1");
        d.put("AdditionalArtifacts", List.of("ATHENA"));
        d.put("RefreshClosedReports", true);
        d.put("ReportVersioning", "OVERWRITE_REPORT");
        return d;
    }

    /** Every call of the JSON API with this target prefix (e.g. {@link #CUR}) answers this error. */
    public AwsStub jsonError(String targetPrefix, int status, String type, String message) {
        server.stubFor(post(urlPathEqualTo("/")).withHeader("X-Amz-Target", matching(targetPrefix.replace(".", "\\.") + ".*"))
            .willReturn(json(status, Map.of("__type", type, "Message", message))).atPriority(1));
        return this;
    }

    /** Data Exports has these exports (see {@link #export}). */
    public AwsStub exports(Map<?, ?>... exports) {
        List<Map<String, Object>> refs = new ArrayList<>();
        for (Map<?, ?> e : exports) {
            String arn = (String) e.get("ExportArn");
            refs.add(Map.of("ExportArn", arn, "ExportName", e.get("Name"), "ExportStatus", status()));
            server.stubFor(target(EXPORTS + "GetExport").withRequestBody(containing(arn))
                .willReturn(json(200, Map.of("Export", e, "ExportStatus", status()))));
        }
        server.stubFor(target(EXPORTS + "ListExports").willReturn(json(200, Map.of("Exports", refs))));
        return this;
    }

    /** GetExport answers this export (see {@link #export}) for its ARN; ListExports is left as it is. */
    public AwsStub getExport(Map<?, ?> export) {
        server.stubFor(target(EXPORTS + "GetExport").withRequestBody(containing((String) export.get("ExportArn")))
            .willReturn(json(200, Map.of("Export", export, "ExportStatus", status()))));
        return this;
    }

    /** CreateExport succeeds with this ARN for an export of this name. */
    public AwsStub exportCreated(String name, String exportArn) {
        server.stubFor(target(EXPORTS + "CreateExport").withRequestBody(containing("\"Name\":\"" + name + "\""))
            .willReturn(json(200, Map.of("ExportArn", exportArn))));
        return this;
    }

    // timestamps of Data Exports are ISO-8601 strings
    private static Map<String, Object> status() {
        return Map.of("StatusCode", "HEALTHY", "CreatedAt", "2025-01-01T00:00:00Z", "LastUpdatedAt",
                "2025-01-02T00:00:00Z", "LastRefreshedAt", "2025-01-02T00:00:00Z");
    }

    /** A CUR 2.0 export that meets every requirement. */
    public static Map<String, Object> export(String name, String bucket, String prefix, String granularity,
            String includeResources) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("ExportArn", "arn:aws:bcm-data-exports:us-east-1:123456789012:export/" + name + "-0a1b2c3d");
        e.put("Name", name);
        e.put("DataQuery", Map.of("QueryStatement", "SELECT identity_line_item_id FROM COST_AND_USAGE_REPORT",
                "TableConfigurations", Map.of("COST_AND_USAGE_REPORT", Map.of("TIME_GRANULARITY", granularity,
                        "INCLUDE_RESOURCES", includeResources, "INCLUDE_SPLIT_COST_ALLOCATION_DATA", "FALSE"))));
        e.put("DestinationConfigurations", Map.of("S3Destination", Map.of("S3Bucket", bucket, "S3Prefix", prefix,
                "S3Region", "us-east-1", "S3OutputConfigurations", Map.of("OutputType", "CUSTOM", "Format", "PARQUET",
                        "Compression", "PARQUET", "Overwrite", "OVERWRITE_REPORT"))));
        e.put("RefreshCadence", Map.of("Frequency", "SYNCHRONOUS"));
        return e;
    }

    /** DescribeOrganization: an organization whose management account is {@code managementId}. */
    public AwsStub organization(String managementId) {
        server.stubFor(target(ORGANIZATIONS + "DescribeOrganization").willReturn(json(200, Map.of("Organization", Map.of(
                "Id", "o-exampleorgid", "Arn", "arn:aws:organizations::" + managementId + ":organization/o-exampleorgid",
                "FeatureSet", "ALL", "MasterAccountArn", "arn:aws:organizations::" + managementId + ":account/o-exampleorgid/" + managementId,
                "MasterAccountId", managementId, "MasterAccountEmail", "billing@example.com")))));
        return this;
    }

    /** ListAccounts answers these accounts (id, name pairs) in pages of {@code pageSize}. */
    public AwsStub linkedAccounts(int pageSize, String... idsAndNames) {
        List<Map<String, Object>> all = new ArrayList<>();
        for (int i = 0; i < idsAndNames.length; i += 2) {
            // Organizations' timestamps are epoch seconds
            all.add(Map.of("Id", idsAndNames[i], "Name", idsAndNames[i + 1], "Email", "aws+" + idsAndNames[i] + "@example.com",
                    "Arn", "arn:aws:organizations::111111111111:account/o-exampleorgid/" + idsAndNames[i],
                    "Status", "ACTIVE", "JoinedMethod", "CREATED", "JoinedTimestamp", 1.7040672E9));
        }
        for (int page = 0; page * pageSize < all.size(); page++) {
            List<Map<String, Object>> items = all.subList(page * pageSize, Math.min(all.size(), (page + 1) * pageSize));
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("Accounts", items);
            if ((page + 1) * pageSize < all.size()) {
                body.put("NextToken", "page" + (page + 1));
            }
            MappingBuilder m = target(ORGANIZATIONS + "ListAccounts");
            m = page == 0 ? m.withRequestBody(matching("^(?!.*NextToken).*$")) : m.withRequestBody(containing("\"page" + page + "\""));
            server.stubFor(m.willReturn(json(200, body)));
        }
        return this;
    }

    private static ResponseDefinitionBuilder xml(int status, String body) {
        return aResponse().withStatus(status).withHeader("Content-Type", "text/xml")
            .withHeader("x-amzn-RequestId", "4b1d5e1c-0000-0000-0000-000000000000").withBody(body);
    }

    private static ResponseDefinitionBuilder json(int status, Object body) {
        try {
            return aResponse().withStatus(status).withHeader("Content-Type", "application/x-amz-json-1.1")
                .withHeader("x-amzn-RequestId", "4b1d5e1c-0000-0000-0000-000000000000").withBody(JSON.writeValueAsString(body));
        }
        catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

}
