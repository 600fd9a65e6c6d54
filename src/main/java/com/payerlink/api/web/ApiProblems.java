package com.payerlink.api.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

import java.io.IOException;
import java.net.URI;
import java.util.List;

/** RFC 9457 problem details of the API, built in one place so that filters and controllers answer alike. */
final class ApiProblems {

    /** Where the API's endpoints are explained; every "how to fix it" may point there. */
    static final String DOCS = "/api/docs";

    private ApiProblems() {
    }

    static ProblemDetail problem(HttpStatus status, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(status.getReasonPhrase());
        return problem;
    }

    /** A problem a controller throws; the exception handler answers it as it is. */
    static ErrorResponseException error(HttpStatus status, String detail) {
        return new ErrorResponseException(status, problem(status, detail), null);
    }

    /** A 400 whose {@code errors} list names the field (as the JSON calls it) and what is wrong with it. */
    static ProblemDetail invalidInput(String field, String message) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, message);
        problem.setProperty("errors", List.of(new FieldError(field, message)));
        return problem;
    }

    /** Writes a problem from a servlet filter, before any controller runs. */
    static void write(HttpServletRequest request, HttpServletResponse response, ObjectMapper json, ProblemDetail problem)
            throws IOException {
        problem.setInstance(URI.create(request.getRequestURI()));
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), problem);
    }

    /** One entry of a problem's {@code errors} list; the field is null when the message concerns the whole request. */
    record FieldError(String field, String message) {
    }

}
