package cn.eduapp.registry.system.web;

import cn.eduapp.registry.system.web.ApiProblem;
import cn.eduapp.registry.system.web.FormErrors;
import cn.eduapp.registry.system.web.Messages;
import cn.eduapp.registry.system.web.ProblemError;

import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.springframework.beans.BeanWrapperImpl;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;

/**
 * Pages use the same validation and refusals as the API; this puts their messages next to the form
 * field they concern (or at the top of the form when no field fits).
 */
@Component
public class FormErrors {

    private final Validator validator;
    private final Messages messages;

    FormErrors(Validator validator, Messages messages) {
        this.validator = validator;
        this.messages = messages;
    }

    public List<ProblemError> violations(Object target) {
        return validator.validate(target).stream()
                .sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
                .map(v -> new ProblemError(ProblemError.fieldOf(v.getPropertyPath().toString()), "INVALID_VALUE", v.getMessage()))
                .toList();
    }

    /** Runs an action; a refusal comes back as its errors (with the detail when it has none). */
    public List<ProblemError> problems(Runnable action) {
        try {
            action.run();
            return List.of();
        } catch (ApiProblem e) {
            return describe(e);
        }
    }

    /**
     * Post/redirect/get for an action button: runs it, then flashes the notice, or the refusal's reasons
     * as {@code actionErrors}, for the page the caller redirects to.
     */
    public void flash(org.springframework.web.servlet.mvc.support.RedirectAttributes redirect, String notice, Runnable action) {
        List<ProblemError> errors = problems(action);
        if (errors.isEmpty()) {
            redirect.addFlashAttribute("notice", notice);
        } else {
            redirect.addFlashAttribute("actionErrors", errors);
        }
    }

    public List<ProblemError> describe(ApiProblem e) {
        if (!e.errors().isEmpty()) {
            return e.errors();
        }
        return List.of(new ProblemError(null, e.status().name(), messages.get(e.messageKey(), e.args())));
    }

    /** Bean Validation of {@code target}, reported on {@code binding}; true when there were errors. */
    public boolean validate(Object target, BindingResult binding, Map<String, String> fieldMap) {
        return report(violations(target), binding, fieldMap);
    }

    /** Runs an action, reporting a refusal on {@code binding}; true when it was refused. */
    public boolean attempt(Runnable action, BindingResult binding, Map<String, String> fieldMap) {
        return report(problems(action), binding, fieldMap);
    }

    public boolean report(List<ProblemError> errors, BindingResult binding, Map<String, String> fieldMap) {
        BeanWrapperImpl wrapper = new BeanWrapperImpl(binding.getTarget());
        for (ProblemError e : new ArrayList<>(errors)) {
            String field = e.field() == null ? null : fieldMap.getOrDefault(e.field(), e.field());
            if (field != null && wrapper.isReadableProperty(field)) {
                binding.rejectValue(field, e.code(), e.message());
            } else {
                binding.reject(e.code(), e.message());
            }
        }
        return !errors.isEmpty();
    }
}
