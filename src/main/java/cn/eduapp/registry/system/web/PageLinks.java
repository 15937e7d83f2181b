package cn.eduapp.registry.system.web;

import cn.eduapp.registry.system.web.PageLinks;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The pager's links ({@code @pageLinks.to(n)} in templates): the address of the page being shown with only its
 * {@code page} parameter replaced, so a list's search and filters carry over without each template building
 * the address by hand. Relative to the server (path and query only).
 */
@Component("pageLinks")
public class PageLinks {

    public String to(int page) {
        HttpServletRequest request = ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes()).getRequest();
        return UriComponentsBuilder.fromPath(request.getRequestURI())
                .query(request.getQueryString())
                .replaceQueryParam("page", Math.max(page, 0))
                .build()
                .toUriString();
    }
}
