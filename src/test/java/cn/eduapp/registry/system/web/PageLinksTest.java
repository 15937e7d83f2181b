package cn.eduapp.registry.system.web;

import cn.eduapp.registry.system.web.PageLinks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

class PageLinksTest {

    @AfterEach
    void forget() {
        RequestContextHolder.resetRequestAttributes();
    }

    static void current(String uri, String query) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", uri);
        request.setQueryString(query);
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
    }

    @Test
    void replacesOnlyThePageAndKeepsTheEncodedSearch() {
        current("/usage", "status=ACTIVE&q=%E4%B8%AD%E5%AD%A6&page=3");
        assertThat(new PageLinks().to(4)).isEqualTo("/usage?status=ACTIVE&q=%E4%B8%AD%E5%AD%A6&page=4");
    }

    @Test
    void addsThePageToAnAddressWithoutOne() {
        current("/public/announcements", null);
        assertThat(new PageLinks().to(1)).isEqualTo("/public/announcements?page=1");
        current("/outbox", "status=FAILED");
        assertThat(new PageLinks().to(-1)).isEqualTo("/outbox?status=FAILED&page=0");
    }
}
