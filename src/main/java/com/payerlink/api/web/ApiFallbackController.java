package com.payerlink.api.web;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Whatever no endpoint of /api/v1 takes becomes a problem, not the portal's HTML page: 404 for a path the
 * API does not have, else 405, 415 or 406 for the method, body type or answer type the path does not take.
 */
@Hidden
@RestController
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class ApiFallbackController {

    private final ApplicationContext context;

    @RequestMapping("/api/v1/**")
    void unmatched(HttpServletRequest request) throws Exception {
        if (!ServletRequestPathUtils.hasParsedRequestPath(request)) {
            ServletRequestPathUtils.parseAndCache(request);
        }
        List<RequestMappingInfo> samePath = endpoints().stream()
            .filter(info -> info.getPathPatternsCondition() != null
                    && info.getPathPatternsCondition().getMatchingCondition(request) != null)
            .toList();
        if (samePath.isEmpty()) {
            throw new NoSuchEndpointException(request.getMethod(), request.getRequestURI());
        }
        List<RequestMappingInfo> sameMethod = samePath.stream()
            .filter(info -> info.getMethodsCondition().getMatchingCondition(request) != null)
            .toList();
        if (sameMethod.isEmpty()) {
            Set<String> allowed = new LinkedHashSet<>();
            samePath.forEach(info -> info.getMethodsCondition().getMethods().forEach(m -> allowed.add(m.name())));
            throw new HttpRequestMethodNotSupportedException(request.getMethod(), allowed);
        }
        if (sameMethod.stream().noneMatch(info -> info.getConsumesCondition().getMatchingCondition(request) != null)) {
            Set<MediaType> consumable = new LinkedHashSet<>();
            sameMethod.forEach(info -> consumable.addAll(info.getConsumesCondition().getConsumableMediaTypes()));
            throw new HttpMediaTypeNotSupportedException(contentType(request), List.copyOf(consumable),
                    HttpMethod.valueOf(request.getMethod()));
        }
        Set<MediaType> producible = new LinkedHashSet<>();
        sameMethod.forEach(info -> producible.addAll(info.getProducesCondition().getProducibleMediaTypes()));
        throw new HttpMediaTypeNotAcceptableException(List.copyOf(producible));
    }

    /** The API's real endpoints, without this fallback. */
    private List<RequestMappingInfo> endpoints() {
        return context.getBean("requestMappingHandlerMapping", RequestMappingHandlerMapping.class)
            .getHandlerMethods().entrySet().stream()
            .filter(e -> e.getValue().getBeanType() != ApiFallbackController.class
                    && e.getValue().getBeanType().getPackageName().equals(getClass().getPackageName()))
            .map(Map.Entry::getKey)
            .toList();
    }

    private static @Nullable MediaType contentType(HttpServletRequest request) {
        try {
            return request.getContentType() == null ? null : MediaType.parseMediaType(request.getContentType());
        }
        catch (InvalidMediaTypeException e) {
            return null;
        }
    }

}
