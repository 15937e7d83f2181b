package cn.eduapp.registry.system.web;

import cn.eduapp.registry.system.web.ApiProblem;
import cn.eduapp.registry.system.web.JsonBody;
import cn.eduapp.registry.system.web.JsonBodyArgumentResolver;
import cn.eduapp.registry.system.web.Messages;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Validator;
import java.io.IOException;
import java.io.InputStream;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import tools.jackson.databind.json.JsonMapper;

/** Supplies {@link JsonBody} parameters; bodies are capped at 1 MiB (API.md). */
class JsonBodyArgumentResolver implements HandlerMethodArgumentResolver {

    static final int MAX_BYTES = 1024 * 1024;

    private final JsonMapper mapper;
    private final Validator validator;
    private final Messages messages;

    JsonBodyArgumentResolver(JsonMapper mapper, Validator validator, Messages messages) {
        this.mapper = mapper;
        this.validator = validator;
        this.messages = messages;
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == JsonBody.class;
    }

    @Override
    public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer mav, NativeWebRequest request,
                                  WebDataBinderFactory binderFactory) throws IOException {
        HttpServletRequest http = request.getNativeRequest(HttpServletRequest.class);
        if (http == null) {
            return new JsonBody(new byte[0], mapper, validator, messages);
        }
        if (http.getContentLengthLong() > MAX_BYTES) {
            throw tooLarge();
        }
        try (InputStream in = http.getInputStream()) {
            byte[] bytes = in.readNBytes(MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                throw tooLarge();
            }
            return new JsonBody(bytes, mapper, validator, messages);
        }
    }

    private ApiProblem tooLarge() {
        return new ApiProblem(HttpStatus.CONTENT_TOO_LARGE, "problem.tooLarge", java.util.List.of());
    }
}
