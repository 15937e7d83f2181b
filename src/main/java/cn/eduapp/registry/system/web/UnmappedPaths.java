package cn.eduapp.registry.system.web;

import cn.eduapp.registry.system.web.UnmappedPaths;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Requests that no controller answers (any method): the page chain lets them through to the 404 page
 * instead of sending a signed-out visitor to the login page for a path that does not exist.
 */
@Component
@org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication(type = org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication.Type.SERVLET)
public class UnmappedPaths implements RequestMatcher {

    private final HandlerMapping controllers;

    public UnmappedPaths(@Qualifier("requestMappingHandlerMapping") HandlerMapping controllers) {
        this.controllers = controllers;
    }

    @Override
    public boolean matches(HttpServletRequest request) {
        try {
            return controllers.getHandler(request) == null;
        } catch (Exception mappedOtherwise) {
            // a known path with another method or media type: the controller's own refusal applies
            return false;
        }
    }
}
