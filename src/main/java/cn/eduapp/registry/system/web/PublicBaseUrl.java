package cn.eduapp.registry.system.web;

import cn.eduapp.registry.system.web.PublicBaseUrl;

import java.net.URI;
import cn.eduapp.registry.system.operations.RegistrySettings;
import org.springframework.stereotype.Component;

/**
 * The address the public knows the service by ({@code registry.public-base-url}), for every absolute
 * link the service writes (the Atom feed …). Never built from the request's Host header, which the
 * client chooses. Checked at start: an absolute http(s) URL without query or fragment.
 */
@Component
public class PublicBaseUrl {

    private final String value;

    PublicBaseUrl(RegistrySettings settings) {
        URI uri = settings.publicBaseUrl();
        String configured = uri.toString();
        if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null
                || uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw new IllegalStateException("registry.public-base-url must be an absolute http(s) URL such as "
                    + "https://edu-app.example.gov.cn, not " + configured);
        }
        String text = uri.toString();
        this.value = text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
    }

    /** The base without a trailing slash, e.g. {@code https://edu-app.example.gov.cn}. */
    public String value() {
        return value;
    }

    /** {@code path} (starting with /) made absolute. */
    public String resolve(String path) {
        return value + path;
    }
}
