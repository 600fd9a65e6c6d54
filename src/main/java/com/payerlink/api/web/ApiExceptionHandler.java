package com.payerlink.api.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.payerlink.account.domain.AccountNotFoundException;
import com.payerlink.core.InvalidInputException;
import com.payerlink.support.domain.TicketNotFoundException;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Every failure of the API's controllers as an RFC 9457 problem ({@code application/problem+json}):
 * 400 with a field list for input a caller can fix, 403 for a role that may not, 404 for whatever is not
 * the caller's tenant's (never 403, which would tell that it exists), 409 for conflicts, 413 for bodies
 * that are too large. Spring's own MVC exceptions become problems through the base class.
 */
@RestControllerAdvice(basePackageClasses = ApiExceptionHandler.class)
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    static final String ROLE_MAY_NOT = "This token's scope may not do this: a Viewer token only reads, an Operator"
            + " token also changes accounts, and only an Org admin token registers and disconnects connections. Ask an"
            + " org admin for a token of the scope the endpoint names (see /api/docs).";

    // the whole family: a value type's own refusal (no field) as well as a service's refusal of a field
    @ExceptionHandler(InvalidInputException.class)
    ProblemDetail invalidInput(InvalidInputException e) {
        return ApiProblems.invalidInput(e.field(), e.getMessage());
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail accessDenied(AccessDeniedException e) {
        return ApiProblems.problem(HttpStatus.FORBIDDEN, ROLE_MAY_NOT);
    }

    @ExceptionHandler(AccountNotFoundException.class)
    ProblemDetail notFound(AccountNotFoundException e) {
        return ApiProblems.problem(HttpStatus.NOT_FOUND, "No account with this id among your tenant's accounts."
                + " List them with GET /api/v1/accounts.");
    }

    @ExceptionHandler(TicketNotFoundException.class)
    ProblemDetail ticketNotFound(TicketNotFoundException e) {
        return ApiProblems.problem(HttpStatus.NOT_FOUND, "No ticket with this id among your tenant's tickets."
                + " List them with GET /api/v1/tickets.");
    }

    @ExceptionHandler(NoSuchEndpointException.class)
    ProblemDetail noSuchEndpoint(NoSuchEndpointException e) {
        return ApiProblems.problem(HttpStatus.NOT_FOUND, e.getMessage());
    }

    @ExceptionHandler(AccountExistsException.class)
    ResponseEntity<ProblemDetail> accountExists(AccountExistsException e) {
        ProblemDetail problem = ApiProblems.problem(HttpStatus.CONFLICT, e.getMessage());
        problem.setProperty("existing", e.location().toString());
        return ResponseEntity.status(HttpStatus.CONFLICT).location(e.location()).body(problem);
    }

    @ExceptionHandler(VersionConflictException.class)
    ProblemDetail versionConflict(VersionConflictException e) {
        ProblemDetail problem = ApiProblems.problem(HttpStatus.CONFLICT, e.getMessage());
        problem.setProperty("currentVersion", e.currentVersion());
        return problem;
    }

    /** Unreadable JSON, a value of the wrong type, or a body cut off at the size limit. */
    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof BearerTokenFilter.BodyTooLargeException tooLarge) {
                return problem(tooLarge.problem());
            }
        }
        if (e.getCause() instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = mapping.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
            return problem(ApiProblems.invalidInput(field, "The value of " + field
                    + " has the wrong type. See the request's schema at " + ApiProblems.DOCS + "."));
        }
        String where = e.getCause() instanceof JsonProcessingException json && json.getLocation() != null
                ? " (line " + json.getLocation().getLineNr() + ", column " + json.getLocation().getColumnNr() + ")"
                : "";
        return problem(ApiProblems.invalidInput(null, "The request body is not the JSON this endpoint expects" + where
                + ". See " + ApiProblems.DOCS + " for an example."));
    }

    @Override
    protected ResponseEntity<Object> handleHttpRequestMethodNotSupported(HttpRequestMethodNotSupportedException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = ApiProblems.problem(HttpStatus.METHOD_NOT_ALLOWED, e.getMethod() + " is not possible here;"
                + " this path takes " + String.join(", ", e.getSupportedMethods() == null ? new String[0] : e.getSupportedMethods())
                + ". See " + ApiProblems.DOCS + ".");
        return ResponseEntity.status(HttpStatus.METHOD_NOT_ALLOWED).headers(headers).body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMediaTypeNotSupported(HttpMediaTypeNotSupportedException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        // a plain body type first: it is the one to name in the header
        List<MediaType> supported = e.getSupportedMediaTypes().stream()
            .sorted(Comparator.comparing(MediaType.MULTIPART_FORM_DATA::includes)).toList();
        String fix = supported.isEmpty() || supported.contains(MediaType.APPLICATION_JSON)
                ? "Send the body as JSON, with the header \"Content-Type: application/json\"."
                : "Send the body as " + supported.stream().map(MediaType::toString).collect(Collectors.joining(" or "))
                        + ", with the header \"Content-Type: " + supported.get(0) + "\".";
        ProblemDetail problem = ApiProblems.problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, fix);
        return ResponseEntity.status(HttpStatus.UNSUPPORTED_MEDIA_TYPE).headers(headers).body(problem);
    }

    /** A query parameter of the wrong type, e.g. page=abc. */
    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException e, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        String field = e.getPropertyName();
        return problem(ApiProblems.invalidInput(field, "\"" + e.getValue() + "\" is not a valid " + field
                + (e.getRequiredType() == null ? "" : "; it must be a " + e.getRequiredType().getSimpleName().toLowerCase()) + "."));
    }

    private static ResponseEntity<Object> problem(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).body(problem);
    }

}
