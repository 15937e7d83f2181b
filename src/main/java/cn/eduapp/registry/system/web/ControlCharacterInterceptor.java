package cn.eduapp.registry.system.web;

import cn.eduapp.registry.system.web.ApiProblem;
import cn.eduapp.registry.system.web.ControlCharacterFilter;
import cn.eduapp.registry.system.web.ControlCharacterInterceptor;
import cn.eduapp.registry.system.web.ControlCharacters;
import cn.eduapp.registry.system.web.Messages;
import cn.eduapp.registry.system.web.ProblemError;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.servlet.HandlerInterceptor;

/** The multipart fields' half of {@link ControlCharacterFilter}: checked after Spring parsed the parts. */
class ControlCharacterInterceptor implements HandlerInterceptor {

    private final Messages messages;

    ControlCharacterInterceptor(Messages messages) {
        this.messages = messages;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (request instanceof MultipartHttpServletRequest multipart) {
            ControlCharacters.firstBadParameter(multipart.getParameterMap()).ifPresent(field -> {
                throw ApiProblem.badRequest(List.of(new ProblemError(field, "CONTROL_CHARACTER",
                        messages.get("problem.controlCharacter", field))));
            });
        }
        return true;
    }
}
