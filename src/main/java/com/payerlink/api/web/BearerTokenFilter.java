package com.payerlink.api.web;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.payerlink.api.domain.ApiTokenCheck;
import com.payerlink.api.domain.ApiTokenService;
import com.payerlink.core.security.PayerlinkUser;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.function.Supplier;

/**
 * Authenticates API requests by their {@code Authorization: Bearer} token. A valid token becomes a
 * {@link PayerlinkUser} of the token's tenant and role, so the request's database connections are bound
 * exactly as a signed-in user's and row-level security applies. Then each token's rate limit and the
 * body size limit are enforced. Requests without the header go on anonymously: the chain's entry point
 * answers 401 wherever a token is needed.
 */
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
final class BearerTokenFilter extends OncePerRequestFilter {

    static final String BEARER = "Bearer ";

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'");

    private final ApiTokenService tokens;

    private final ApiRateLimiter rateLimiter;

    /** The CSV import takes whole account lists: it has the import's own, larger limit. */
    static final String IMPORT_PATH = "/api/v1/accounts/import";

    // room for a multipart body's boundaries and part headers around a file of the import's limit
    private static final long MULTIPART_FRAMING = 64 * 1024;

    private final long maxRequestBytes;

    private final long maxImportBytes;

    private final ObjectMapper json;

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null) {
            // open paths (the stacks' callback, the API docs) read bodies bounded like a token's requests
            if (request.getContentLengthLong() > maxRequestBytes) {
                ApiProblems.write(request, response, json, tooLargeProblem(maxRequestBytes));
                return;
            }
            chain.doFilter(new SizeLimitedRequest(request, maxRequestBytes, maxRequestBytes, false), response);
            return;
        }
        if (!header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            unauthorized(request, response, "The Authorization header must read \"Bearer <token>\", with the API token"
                    + " an org admin created under API tokens in the portal.");
            return;
        }
        ApiTokenCheck check = tokens.check(header.substring(BEARER.length()).strip());
        switch (check.outcome()) {
            case UNKNOWN -> unauthorized(request, response, "This API token is not known. Check that you copied it"
                    + " completely (it starts with pl_), or ask an org admin for a new one under API tokens.");
            case REVOKED -> unauthorized(request, response, "The API token \"" + check.tokenName() + "\" was revoked on "
                    + WHEN.format(check.since().atZoneSameInstant(ZoneOffset.UTC)) + ". Ask an org admin for a new one.");
            case EXPIRED -> unauthorized(request, response, "The API token \"" + check.tokenName() + "\" expired on "
                    + WHEN.format(check.since().atZoneSameInstant(ZoneOffset.UTC)) + ". Ask an org admin for a new one.");
            case CREATOR_INACTIVE -> unauthorized(request, response, "The API token \"" + check.tokenName() + "\" stopped"
                    + " working: the org admin who created it was disabled, removed or is no longer org admin. Ask an org"
                    + " admin for a new one.");
            case VALID -> proceed(request, response, chain, check);
        }
    }

    private void proceed(HttpServletRequest request, HttpServletResponse response, FilterChain chain,
            ApiTokenCheck check) throws IOException, ServletException {
        long wait = rateLimiter.secondsToWait(check.tokenId());
        if (wait > 0) {
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(wait));
            ApiProblems.write(request, response, json, ApiProblems.problem(HttpStatus.TOO_MANY_REQUESTS,
                    "This token made more than " + rateLimiter.perMinute() + " requests in a minute. Wait " + wait
                            + " s (Retry-After) and spread the requests out, or use one token per script."));
            return;
        }
        boolean importing = isImport(request);
        long maxBytes = importing ? maxImportBytes + MULTIPART_FRAMING : maxRequestBytes;
        if (request.getContentLengthLong() > maxBytes) {
            ApiProblems.write(request, response, json, importing ? importTooLargeProblem(maxImportBytes)
                    : tooLargeProblem(maxRequestBytes));
            return;
        }
        PayerlinkUser user = new PayerlinkUser(check.tokenId(), check.tenantId(), check.tenantName(),
                "API token " + check.tokenName(), "API token " + check.tokenName(), check.role(), true, null, null);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            chain.doFilter(new SizeLimitedRequest(request, maxBytes, importing ? maxImportBytes : maxRequestBytes,
                    importing), response);
        }
        finally {
            SecurityContextHolder.clearContext();
        }
    }

    private void unauthorized(HttpServletRequest request, HttpServletResponse response, String detail) throws IOException {
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"");
        ApiProblems.write(request, response, json, ApiProblems.problem(HttpStatus.UNAUTHORIZED, detail));
    }

    private static boolean isImport(HttpServletRequest request) {
        return "POST".equals(request.getMethod())
                && IMPORT_PATH.equals(request.getRequestURI().substring(request.getContextPath().length()));
    }

    static ProblemDetail tooLargeProblem(long maxBytes) {
        return ApiProblems.problem(HttpStatus.PAYLOAD_TOO_LARGE, "The request body is larger than the API accepts ("
                + maxBytes / 1024 + " KiB). Send fewer accounts per request.");
    }

    /** The CSV import's own 413: the file, not the request, is too big. */
    static ProblemDetail importTooLargeProblem(long maxImportBytes) {
        long mib = 1024 * 1024;
        String limit = maxImportBytes % mib == 0 ? maxImportBytes / mib + " MiB" : maxImportBytes / 1024 + " KiB";
        return ApiProblems.problem(HttpStatus.PAYLOAD_TOO_LARGE, "The file is larger than an import accepts (" + limit
                + "). Split the account list into smaller files and import them one after the other.");
    }

    /** A body bigger than the limit, announced or not (chunked), is cut off while it is read. */
    static final class BodyTooLargeException extends IOException {

        final long maxBytes;

        final boolean importing;

        BodyTooLargeException(long maxBytes, boolean importing) {
            super("Request body over " + maxBytes + " bytes");
            this.maxBytes = maxBytes;
            this.importing = importing;
        }

        ProblemDetail problem() {
            return importing ? importTooLargeProblem(maxBytes) : tooLargeProblem(maxBytes);
        }

    }

    private static final class SizeLimitedRequest extends HttpServletRequestWrapper {

        private final long maxBytes;

        private final long nominalMaxBytes;

        private final boolean importing;

        private ServletInputStream limited;

        /** Cuts the body off after maxBytes; the refusal names nominalMaxBytes, the limit callers are told. */
        SizeLimitedRequest(HttpServletRequest request, long maxBytes, long nominalMaxBytes, boolean importing) {
            super(request);
            this.maxBytes = maxBytes;
            this.nominalMaxBytes = nominalMaxBytes;
            this.importing = importing;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (limited == null) {
                limited = new LimitedInputStream(super.getInputStream(), maxBytes,
                        () -> new BodyTooLargeException(nominalMaxBytes, importing));
            }
            return limited;
        }

        @Override
        public BufferedReader getReader() throws IOException {
            String encoding = getCharacterEncoding() == null ? "UTF-8" : getCharacterEncoding();
            return new BufferedReader(new InputStreamReader(getInputStream(), encoding));
        }

    }

    private static final class LimitedInputStream extends ServletInputStream {

        private final ServletInputStream in;

        private final long maxBytes;

        private final Supplier<BodyTooLargeException> tooLarge;

        private long read;

        LimitedInputStream(ServletInputStream in, long maxBytes, Supplier<BodyTooLargeException> tooLarge) {
            this.in = in;
            this.maxBytes = maxBytes;
            this.tooLarge = tooLarge;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws BodyTooLargeException {
            read += n;
            if (read > maxBytes) {
                throw tooLarge.get();
            }
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }

    }

}
