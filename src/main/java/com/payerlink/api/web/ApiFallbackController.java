package com.payerlink.api.web;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Any other path under /api/v1 is a 404 problem, not the portal's HTML "page not found". */
@Hidden
@RestController
class ApiFallbackController {

    @RequestMapping("/api/v1/**")
    void unknown(HttpServletRequest request) {
        throw new NoSuchEndpointException(request.getMethod(), request.getRequestURI());
    }

}
